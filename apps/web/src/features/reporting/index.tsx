import { BarChartOutlined, FileDoneOutlined, TeamOutlined } from '@ant-design/icons';
import { actingFor, defineFeature, platformStaff, type MenuContext } from '../feature';
import { reportingEn } from './i18n.en';
import { reportingZhCN } from './i18n.zh-CN';
import { reportingRoutes } from './routes';

// The statistics API's scopes (docs/REPORTING.md): the platform, organizers, societies and service agencies,
// and enterprises (their own records); saved reports are for all but enterprises.
const scoped = actingFor('organizer', 'society', 'service_agency');
const ownDashboard = actingFor('enterprise');
const seesStatistics = (context: MenuContext) =>
  platformStaff(context) || scoped(context) || ownDashboard(context);

/**
 * 数据看板 (figures, charts, drill-down, export), 信息报送 (saved period reports and their review) and the
 * public evaluation of service organizations.
 */
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
    // The evaluation of service organizations is public (issue 18): anyone may compare them.
    {
      path: '/service-organizations',
      icon: <TeamOutlined />,
      label: 'reporting.directory.menu',
      place: 'supply',
      when: () => true,
    },
    // Reports are an organization's: the platform's staff read them through the API only.
    {
      path: '/reports',
      icon: <FileDoneOutlined />,
      label: 'reporting.reports.menu',
      place: 'main',
      when: scoped,
    },
  ],
  messages: { 'zh-CN': reportingZhCN, en: reportingEn },
});
