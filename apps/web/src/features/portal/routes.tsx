import { lazy } from 'react';
import type { FeatureRoutes } from '../feature';

const HomeSwitch = lazy(() => import('./HomeSwitch'));
const ChallengeBoardPage = lazy(() => import('./ChallengeBoardPage'));
const OrganizationPage = lazy(() => import('./OrganizationPage'));
const DirectoryPage = lazy(() => import('./DirectoryPage'));
const AdminUsersPage = lazy(() => import('./AdminUsersPage'));
const WelcomePage = lazy(() => import('./WelcomePage'));
const VerificationPendingPage = lazy(() =>
  import('./WelcomePage').then((module) => ({ default: module.VerificationPendingPage })),
);
const LegalPage = lazy(() => import('./LegalPage'));

export const portalRoutes: FeatureRoutes = [
  { path: '/', element: <HomeSwitch />, access: 'public' },
  { path: '/challenges', element: <ChallengeBoardPage />, access: 'public' },
  { path: '/organizations/:id', element: <OrganizationPage />, access: 'public' },
  { path: '/directory', element: <DirectoryPage />, access: 'public' },
  { path: '/legal/terms', element: <LegalPage document="terms" />, access: 'public' },
  { path: '/legal/privacy', element: <LegalPage document="privacy" />, access: 'public' },
  { path: '/welcome', element: <WelcomePage /> },
  { path: '/welcome/verification', element: <VerificationPendingPage /> },
  { path: '/admin/users', element: <AdminUsersPage /> },
];
