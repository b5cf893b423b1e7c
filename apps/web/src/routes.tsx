import { lazy } from 'react';
import { Outlet, Route, Routes } from 'react-router';
import { RequireAuth } from './auth/RequireAuth';
import { AppLayout } from './layout/AppLayout';
import { AuthLayout } from './layout/AuthLayout';
import { featureRoutes } from './features/routes';

// One chunk per page, fetched when first visited.
const LoginPage = lazy(() => import('./pages/LoginPage'));
const RegisterPage = lazy(() => import('./pages/RegisterPage'));
const ForgotPasswordPage = lazy(() => import('./pages/ForgotPasswordPage'));
const ResetPasswordPage = lazy(() => import('./pages/ResetPasswordPage'));
const VerifyEmailPage = lazy(() => import('./pages/VerifyEmailPage'));
const InvitationPage = lazy(() => import('./pages/InvitationPage'));
const NotificationsPage = lazy(() => import('./pages/NotificationsPage'));
const ConversationsPage = lazy(() => import('./pages/ConversationsPage'));
const MatchesPage = lazy(() => import('./pages/MatchesPage'));
const MatchPage = lazy(() => import('./pages/MatchPage'));
const ConversationPage = lazy(() => import('./pages/ConversationPage'));
const NotificationSettingsPage = lazy(() => import('./pages/NotificationSettingsPage'));
const UnsubscribePage = lazy(() => import('./pages/UnsubscribePage'));
const SubscriptionsPage = lazy(() => import('./pages/SubscriptionsPage'));
const CreateOrganizationPage = lazy(() => import('./pages/CreateOrganizationPage'));
const MembersPage = lazy(() => import('./pages/MembersPage'));
const WebhooksPage = lazy(() => import('./pages/WebhooksPage'));
const AccountPage = lazy(() => import('./pages/AccountPage'));
const AdminOrganizationsPage = lazy(() => import('./pages/AdminOrganizationsPage'));
const DemandListPage = lazy(() => import('./pages/DemandListPage'));
const DemandDetailPage = lazy(() => import('./pages/DemandDetailPage'));
const DemandFormPage = lazy(() => import('./pages/DemandFormPage'));
const MyDemandsPage = lazy(() => import('./pages/MyDemandsPage'));
const DemandReviewPage = lazy(() => import('./pages/DemandReviewPage'));
const CatalogueListPage = lazy(() => import('./pages/CatalogueListPage'));
const CatalogueDetailPage = lazy(() => import('./pages/CatalogueDetailPage'));
const CatalogueFormPage = lazy(() => import('./pages/CatalogueFormPage'));
const MyCataloguePage = lazy(() => import('./pages/MyCataloguePage'));
const CatalogueReviewPage = lazy(() => import('./pages/CatalogueReviewPage'));
const ExpertDetailPage = lazy(() => import('./pages/ExpertDetailPage'));
const ExpertClaimPage = lazy(() => import('./pages/ExpertClaimPage'));
const ExpertImportPage = lazy(() => import('./pages/ExpertImportPage'));
const MyExpertsPage = lazy(() => import('./pages/MyExpertsPage'));
const ClaimedExpertsPage = lazy(() => import('./pages/ClaimedExpertsPage'));
const SocietyListPage = lazy(() => import('./pages/SocietyListPage'));
const SocietyDetailPage = lazy(() => import('./pages/SocietyDetailPage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));
const SearchPage = lazy(() => import('./pages/SearchPage'));

/** The catalogue kinds whose pages are all generic, by web path. */
const genericKinds = [
  { kind: 'achievement', path: 'achievements', review: 'achievements' },
  { kind: 'project', path: 'projects', review: 'projects' },
  { kind: 'offer', path: 'financing-offers', review: 'financing-offers' },
] as const;

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AuthLayout />}>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/register" element={<RegisterPage />} />
        <Route path="/forgot-password" element={<ForgotPasswordPage />} />
        <Route path="/reset-password" element={<ResetPasswordPage />} />
        <Route path="/verify-email" element={<VerifyEmailPage />} />
        <Route path="/invitations/:id" element={<InvitationPage />} />
        <Route path="/unsubscribe" element={<UnsubscribePage />} />
      </Route>
      <Route element={<AppLayout />}>
        {/* Public: the 难题榜 and a demand's page are open to signed-out visitors too. */}
        <Route path="/demands" element={<DemandListPage />} />
        <Route path="/demands/:id" element={<DemandDetailPage />} />
        {genericKinds.map(({ kind, path }) => [
          <Route key={`${kind}-list`} path={`/${path}`} element={<CatalogueListPage kind={kind} />} />,
          <Route
            key={`${kind}-detail`}
            path={`/${path}/:id`}
            element={<CatalogueDetailPage kind={kind} />}
          />,
        ])}
        <Route path="/experts" element={<CatalogueListPage kind="expert" />} />
        <Route path="/experts/:id" element={<ExpertDetailPage />} />
        <Route path="/societies" element={<SocietyListPage />} />
        <Route path="/societies/:id" element={<SocietyDetailPage />} />
        <Route path="/search" element={<SearchPage />} />
        {featureRoutes('public')}
        <Route
          element={
            <RequireAuth>
              <Outlet />
            </RequireAuth>
          }
        >
          <Route path="/organizations/new" element={<CreateOrganizationPage />} />
          <Route path="/organization/members" element={<MembersPage />} />
          <Route path="/organization/webhooks" element={<WebhooksPage />} />
          <Route path="/account" element={<AccountPage />} />
          <Route path="/account/notifications" element={<NotificationSettingsPage />} />
          <Route path="/notifications" element={<NotificationsPage />} />
          <Route path="/matches" element={<MatchesPage />} />
          <Route path="/matches/:id" element={<MatchPage />} />
          <Route path="/conversations" element={<ConversationsPage />} />
          <Route path="/conversations/:id" element={<ConversationPage />} />
          <Route path="/subscriptions" element={<SubscriptionsPage />} />
          <Route path="/admin/organizations" element={<AdminOrganizationsPage />} />
          <Route path="/demands/new" element={<DemandFormPage />} />
          <Route path="/demands/:id/edit" element={<DemandFormPage />} />
          <Route path="/my/demands" element={<MyDemandsPage />} />
          <Route path="/moderation/demands" element={<DemandReviewPage />} />
          {genericKinds.map(({ kind, path, review }) => [
            <Route key={`${kind}-new`} path={`/${path}/new`} element={<CatalogueFormPage kind={kind} />} />,
            <Route
              key={`${kind}-edit`}
              path={`/${path}/:id/edit`}
              element={<CatalogueFormPage kind={kind} />}
            />,
            <Route key={`${kind}-mine`} path={`/my/${path}`} element={<MyCataloguePage kind={kind} />} />,
            <Route
              key={`${kind}-review`}
              path={`/moderation/${review}`}
              element={<CatalogueReviewPage kind={kind} />}
            />,
          ])}
          <Route path="/experts/new" element={<CatalogueFormPage kind="expert" />} />
          <Route path="/experts/:id/edit" element={<CatalogueFormPage kind="expert" />} />
          <Route path="/experts/claim" element={<ExpertClaimPage />} />
          <Route path="/experts/import" element={<ExpertImportPage />} />
          <Route path="/my/experts" element={<MyExpertsPage />} />
          <Route path="/my/expert-profile" element={<ClaimedExpertsPage />} />
          <Route path="/moderation/experts" element={<CatalogueReviewPage kind="expert" />} />
          {featureRoutes('signed-in')}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
