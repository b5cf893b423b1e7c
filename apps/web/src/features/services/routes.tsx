import { lazy } from 'react';
import type { FeatureRoutes } from '../feature';

// Its own chunk, fetched when first visited.
const ServicesPage = lazy(() => import('./ServicesPage'));

export const servicesRoutes: FeatureRoutes = [{ path: '/services', element: <ServicesPage /> }];
