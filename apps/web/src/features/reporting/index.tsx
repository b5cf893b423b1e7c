import { BarChartOutlined } from '@ant-design/icons';
import { actingFor, defineFeature, platformStaff, type MenuContext } from '../feature';
import { reportingEn } from './i18n.en';
import { reportingZhCN } from './i18n.zh-CN';
import { reportingRoutes } from './routes';

// The statistics API's scopes (docs/REPORTING.md): the platform, organizers, societies and service agencies.
const scoped = actingFor('organizer', 'society', 'service_agency');
const seesStatistics = (context: MenuContext) => platformStaff(context) || scoped(context);

/** 数据看板: the period's figures, monthly chart, drill-down and 信息报送 export. */
export const reportingFeature = defineFeature({
  name: 'reporting',
  routes: reportingRoutes,
  menu: [
    {
      path: '/dashboard',
      icon: <BarChartOutlined />,
      label: 'reporting.menu',
      place: 'main',
      when: seesStatistics,
    },
  ],
  messages: { 'zh-CN': reportingZhCN, en: reportingEn },
});
