import { lazy } from 'react';
import type { FeatureRoutes } from '../feature';

// Its own chunk, fetched when first visited.
const DealsPage = lazy(() => import('./DealsPage'));

export const dealsRoutes: FeatureRoutes = [{ path: '/deals', element: <DealsPage /> }];
