import { lazy } from 'react';
import type { FeatureRoutes } from '../feature';

// Its own chunk (with echarts), fetched when first visited.
const DashboardPage = lazy(() => import('./DashboardPage'));
const ReportsPage = lazy(() => import('./ReportsPage'));
const ServiceOrganizationsPage = lazy(() => import('./ServiceOrganizationsPage'));

export const reportingRoutes: FeatureRoutes = [
  { path: '/dashboard', element: <DashboardPage /> },
  { path: '/reports', element: <ReportsPage /> },
  { path: '/service-organizations', element: <ServiceOrganizationsPage />, access: 'public' },
];
