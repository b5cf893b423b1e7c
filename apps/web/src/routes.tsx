import { lazy } from 'react';
import { Outlet, Route, Routes } from 'react-router';
import { RequireAuth } from './auth/RequireAuth';
import { AppLayout } from './layout/AppLayout';
import { AuthLayout } from './layout/AuthLayout';

// One chunk per page, fetched when first visited.
const LoginPage = lazy(() => import('./pages/LoginPage'));
const RegisterPage = lazy(() => import('./pages/RegisterPage'));
const ForgotPasswordPage = lazy(() => import('./pages/ForgotPasswordPage'));
const ResetPasswordPage = lazy(() => import('./pages/ResetPasswordPage'));
const InvitationPage = lazy(() => import('./pages/InvitationPage'));
const HomePage = lazy(() => import('./pages/HomePage'));
const CreateOrganizationPage = lazy(() => import('./pages/CreateOrganizationPage'));
const MembersPage = lazy(() => import('./pages/MembersPage'));
const AccountPage = lazy(() => import('./pages/AccountPage'));
const AdminOrganizationsPage = lazy(() => import('./pages/AdminOrganizationsPage'));
const DemandListPage = lazy(() => import('./pages/DemandListPage'));
const DemandDetailPage = lazy(() => import('./pages/DemandDetailPage'));
const DemandFormPage = lazy(() => import('./pages/DemandFormPage'));
const MyDemandsPage = lazy(() => import('./pages/MyDemandsPage'));
const DemandReviewPage = lazy(() => import('./pages/DemandReviewPage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));
const SearchPage = lazy(() => import('./pages/SearchPage'));

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AuthLayout />}>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/register" element={<RegisterPage />} />
        <Route path="/forgot-password" element={<ForgotPasswordPage />} />
        <Route path="/reset-password" element={<ResetPasswordPage />} />
        <Route path="/invitations/:id" element={<InvitationPage />} />
      </Route>
      <Route element={<AppLayout />}>
        {/* Public: the 难题榜 and a demand's page are open to signed-out visitors too. */}
        <Route path="/demands" element={<DemandListPage />} />
        <Route path="/demands/:id" element={<DemandDetailPage />} />
        <Route path="/search" element={<SearchPage />} />
        <Route
          element={
            <RequireAuth>
              <Outlet />
            </RequireAuth>
          }
        >
          <Route index element={<HomePage />} />
          <Route path="/organizations/new" element={<CreateOrganizationPage />} />
          <Route path="/organization/members" element={<MembersPage />} />
          <Route path="/account" element={<AccountPage />} />
          <Route path="/admin/organizations" element={<AdminOrganizationsPage />} />
          <Route path="/demands/new" element={<DemandFormPage />} />
          <Route path="/demands/:id/edit" element={<DemandFormPage />} />
          <Route path="/my/demands" element={<MyDemandsPage />} />
          <Route path="/moderation/demands" element={<DemandReviewPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
