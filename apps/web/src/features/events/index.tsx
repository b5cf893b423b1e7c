import { CalendarOutlined, ScheduleOutlined } from '@ant-design/icons';
import { actingFor, defineFeature } from '../feature';
import { eventsEn } from './i18n.en';
import { eventsZhCN } from './i18n.zh-CN';
import { eventsRoutes } from './routes';

/** 活动/对接会: matchmaking fairs with registration, meeting requests and a scheduled agenda (docs/EVENTS.md). */
export const eventsFeature = defineFeature({
  name: 'events',
  routes: eventsRoutes,
  menu: [
    { path: '/events', icon: <CalendarOutlined />, label: 'events.menu', place: 'main', when: () => true },
    {
      path: '/events/mine',
      icon: <ScheduleOutlined />,
      label: 'events.mineMenu',
      place: 'mine',
      when: actingFor('organizer'),
    },
  ],
  messages: { 'zh-CN': eventsZhCN, en: eventsEn },
});
