import { App, Button, Result, Spin } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { authApi } from '../api/endpoints';
import { useAuth } from '../auth/auth-context';
import { FullPageSpin } from '../components/FullPageSpin';
import { safeRedirect, withRedirect } from '../lib/redirect';

type Confirmation = 'checking' | 'done' | 'invalid';

/**
 * /verify-email: with the emailed link's parameters it confirms the address (no sign-in needed);
 * without them it tells a signed-in, unconfirmed user to check their inbox and offers to send again.
 */
export default function VerifyEmailPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const link = { userId: params.get('id'), requestedAt: params.get('at'), token: params.get('token') };
  const hasLink = Boolean(link.userId && link.requestedAt && link.token);
  const redirect = safeRedirect(params.get('redirect'));
  if (hasLink) return <ConfirmLink link={link as Record<keyof typeof link, string>} redirect={redirect} />;
  return <CheckInbox redirect={redirect} title={t('auth.verifyTitle')} />;
}

function ConfirmLink({
  link,
  redirect,
}: {
  link: { userId: string; requestedAt: string; token: string };
  redirect: string;
}) {
  const { t } = useTranslation();
  const { status, reloadMe } = useAuth();
  const navigate = useNavigate();
  const [state, setState] = useState<Confirmation>('checking');
  const sent = useRef(false);

  useEffect(() => {
    // Once, even when React mounts the effect twice in development.
    if (sent.current) return;
    sent.current = true;
    authApi.confirmEmail(link).then(
      () => setState('done'),
      () => setState('invalid'),
    );
  }, [link]);

  useEffect(() => {
    if (state === 'done' && status === 'authenticated') void reloadMe();
  }, [state, status, reloadMe]);

  if (state === 'checking') return <Spin tip={t('auth.verifyChecking')} fullscreen />;
  if (state === 'invalid') {
    return (
      <Result
        status="error"
        title={t('auth.verifyTitle')}
        subTitle={t('auth.verifyInvalid')}
        extra={
          <Button type="primary" onClick={() => void navigate(withRedirect('/verify-email', redirect))}>
            {t('auth.verifyResend')}
          </Button>
        }
      />
    );
  }
  return (
    <Result
      status="success"
      title={t('auth.verifyDoneTitle')}
      subTitle={t('auth.verifyDone')}
      extra={
        <Button
          type="primary"
          onClick={() =>
            void navigate(status === 'authenticated' ? redirect : withRedirect('/login', redirect))
          }
        >
          {t('auth.verifyContinue')}
        </Button>
      }
    />
  );
}

function CheckInbox({ redirect, title }: { redirect: string; title: string }) {
  const { t } = useTranslation();
  const { status, me } = useAuth();
  const { message } = App.useApp();
  const [sending, setSending] = useState(false);

  if (status === 'loading') return <FullPageSpin />;
  if (status !== 'authenticated' || !me) {
    return <Navigate to={withRedirect('/login', withRedirect('/verify-email', redirect))} replace />;
  }
  if (me.emailVerified) return <Navigate to={redirect} replace />;

  const resend = async () => {
    setSending(true);
    try {
      await authApi.resendVerification();
      void message.success(t('auth.verifyResent'));
    } catch {
      void message.error(t('common.networkError'));
    } finally {
      setSending(false);
    }
  };

  return (
    <Result
      status="info"
      title={title}
      subTitle={t('auth.verifyPending', { email: me.email })}
      extra={
        <Button loading={sending} onClick={() => void resend()}>
          {t('auth.verifyResend')}
        </Button>
      }
    />
  );
}
