import { lazy } from 'react';
import type { FeatureRoutes } from '../feature';

const ApiKeysPage = lazy(() => import('./ApiKeysPage'));
const ImportsPage = lazy(() => import('./ImportsPage'));

export const openDataRoutes: FeatureRoutes = [
  { path: '/organization/api-keys', element: <ApiKeysPage /> },
  { path: '/organization/imports', element: <ImportsPage /> },
];
