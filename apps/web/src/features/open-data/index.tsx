import { CloudUploadOutlined, KeyOutlined } from '@ant-design/icons';
import { canManageMembers } from '../../auth/auth-context';
import { defineFeature, type MenuContext } from '../feature';
import { openDataEn } from './i18n.en';
import { openDataZhCN } from './i18n.zh-CN';
import { openDataRoutes } from './routes';

const organizationAdmin = ({ membership }: MenuContext) => canManageMembers(membership);

/** 数据交换: API keys for integrators and Excel imports of demand and achievement lists (docs/OPEN_DATA.md). */
export const openDataFeature = defineFeature({
  name: 'open-data',
  routes: openDataRoutes,
  menu: [
    {
      path: '/organization/imports',
      icon: <CloudUploadOutlined />,
      label: 'postingImports.menu',
      place: 'organization',
      when: organizationAdmin,
    },
    {
      path: '/organization/api-keys',
      icon: <KeyOutlined />,
      label: 'apiKeys.menu',
      place: 'organization',
      when: organizationAdmin,
    },
  ],
  messages: { 'zh-CN': openDataZhCN, en: openDataEn },
});
