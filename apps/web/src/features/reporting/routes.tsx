import { lazy } from 'react';
import type { FeatureRoutes } from '../feature';

// Its own chunk (with echarts), fetched when first visited.
const DashboardPage = lazy(() => import('./DashboardPage'));
const ReportsPage = lazy(() => import('./ReportsPage'));

export const reportingRoutes: FeatureRoutes = [
  { path: '/dashboard', element: <DashboardPage /> },
  { path: '/reports', element: <ReportsPage /> },
];
