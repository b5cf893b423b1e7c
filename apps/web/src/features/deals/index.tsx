import { TrophyOutlined } from '@ant-design/icons';
import { defineFeature } from '../feature';
import { dealsEn } from './i18n.en';
import { dealsZhCN } from './i18n.zh-CN';
import { dealsRoutes } from './routes';

/** 成交: deals recorded by one party and confirmed by the other (docs/DEALS.md). */
export const dealsFeature = defineFeature({
  name: 'deals',
  routes: dealsRoutes,
  menu: [{ path: '/deals', icon: <TrophyOutlined />, label: 'deals.menu', place: 'main' }],
  messages: { 'zh-CN': dealsZhCN, en: dealsEn },
});
