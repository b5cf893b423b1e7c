import { SolutionOutlined } from '@ant-design/icons';
import { actingFor, defineFeature } from '../feature';
import { servicesEn } from './i18n.en';
import { servicesZhCN } from './i18n.zh-CN';
import { servicesRoutes } from './routes';

/** 服务记录: the visits, service logs and follow-up tasks of service agencies and societies (docs/SERVICES.md). */
export const servicesFeature = defineFeature({
  name: 'services',
  routes: servicesRoutes,
  menu: [
    {
      path: '/services',
      icon: <SolutionOutlined />,
      label: 'services.menu',
      place: 'main',
      when: actingFor('service_agency', 'society'),
    },
  ],
  messages: { 'zh-CN': servicesZhCN, en: servicesEn },
});
