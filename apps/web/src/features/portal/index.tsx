import { ApartmentOutlined, TrophyOutlined, UserOutlined } from '@ant-design/icons';
import { defineFeature, type MenuContext } from '../feature';
import { portalEn } from './i18n.en';
import { portalZhCN } from './i18n.zh-CN';
import { portalRoutes } from './routes';

const platformAdmin = ({ me }: MenuContext) => me?.platformRole === 'admin';

/** 门户: the public home, the 揭榜挂帅 board, organizations' pages and directory, onboarding, user admin. */
export const portalFeature = defineFeature({
  name: 'portal',
  routes: portalRoutes,
  menu: [
    {
      path: '/challenges',
      icon: <TrophyOutlined />,
      label: 'challengeBoard.menu',
      place: 'demands',
      when: () => true,
    },
    {
      path: '/directory',
      icon: <ApartmentOutlined />,
      label: 'directory.menu',
      place: 'supply',
      when: () => true,
    },
    {
      path: '/admin/users',
      icon: <UserOutlined />,
      label: 'adminUsers.menu',
      place: 'platform',
      when: platformAdmin,
    },
  ],
  messages: { 'zh-CN': portalZhCN, en: portalEn },
});
