import { lazy } from 'react';
import type { FeatureRoutes } from '../feature';

// Their own chunks, fetched when first visited.
const EventsPage = lazy(() => import('./EventsPage'));
const EventPage = lazy(() => import('./EventPage'));
const CheckInPage = lazy(() => import('./CheckInPage'));

export const eventsRoutes: FeatureRoutes = [
  { path: '/events', element: <EventsPage />, access: 'public' },
  { path: '/events/mine', element: <EventsPage mine /> },
  { path: '/events/:id', element: <EventPage />, access: 'public' },
  { path: '/events/:id/check-in', element: <CheckInPage /> },
];
