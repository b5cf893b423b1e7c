import type { ReactNode } from 'react';
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { withRedirect } from '../lib/redirect';
import { FullPageSpin } from '../components/FullPageSpin';
import { useAuth } from './auth-context';

/** Shown when the session could not be checked (server down, network), with a retry. */
export function SessionError() {
  const { t } = useTranslation();
  const { retry } = useAuth();
  return (
    <Result
      status="warning"
      title={t('common.loadFailed')}
      subTitle={t('common.networkError')}
      extra={
        <Button type="primary" onClick={retry}>
          {t('common.retry')}
        </Button>
      }
    />
  );
}

/**
 * Renders its children for a signed-in user who confirmed their address; sends anyone else to /login,
 * or to /verify-email to confirm, and back afterwards.
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { status, me } = useAuth();
  const location = useLocation();
  if (status === 'loading') return <FullPageSpin />;
  if (status === 'error') return <SessionError />;
  const here = `${location.pathname}${location.search}`;
  if (status !== 'authenticated') return <Navigate to={withRedirect('/login', here)} replace />;
  if (me && !me.emailVerified) return <Navigate to={withRedirect('/verify-email', here)} replace />;
  return children;
}
