import { CheckOutlined, TeamOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Flex, Result, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { invitationsApi } from '../api/endpoints';
import { useAuth } from '../auth/auth-context';
import { FormError } from '../components/FormError';
import { LinkButton } from '../components/LinkButton';
import { RoleTag } from '../components/StatusTags';
import { errorMessage } from '../lib/errors';
import { withRedirect } from '../lib/redirect';
import { useAsync } from '../lib/use-async';

export default function InvitationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const location = useLocation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { status, me, logout, reloadMe, switchOrganization } = useAuth();
  const preview = useAsync(() => invitationsApi.preview(id, token), id && token ? `${id}:${token}` : null);
  const [accepting, setAccepting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const here = `${location.pathname}${location.search}`;

  if (!id || !token) {
    return <Result status="error" title={t('invitation.title')} subTitle={t('invitation.invalidLink')} />;
  }
  if (preview.loading || status === 'loading') {
    return (
      <Flex justify="center" style={{ padding: 48 }}>
        <Spin description={t('invitation.loading')} />
      </Flex>
    );
  }
  if (preview.error || !preview.data) {
    return <Result status="error" title={t('invitation.title')} subTitle={errorMessage(preview.error, t)} />;
  }

  const invitation = preview.data;
  if (invitation.status !== 'pending') {
    return (
      <Result
        status="warning"
        title={invitation.organizationName}
        subTitle={t('invitation.notPending', { status: t(`invitation.statuses.${invitation.status}`) })}
        extra={
          <LinkButton type="primary" to="/">
            {t('common.backHome')}
          </LinkButton>
        }
      />
    );
  }

  const signedIn = status === 'authenticated' && me;
  const emailMismatch = signedIn && me.email.toLowerCase() !== invitation.email.toLowerCase();
  const emailQuery = `email=${encodeURIComponent(invitation.email)}`;

  const accept = async () => {
    setAccepting(true);
    setError(null);
    try {
      const accepted = await invitationsApi.accept(id, token);
      await reloadMe();
      switchOrganization(accepted.organizationId);
      void message.success(t('invitation.accepted', { name: invitation.organizationName }));
      void navigate('/', { replace: true });
    } catch (cause) {
      setError(errorMessage(cause, t));
      setAccepting(false);
    }
  };

  const switchAccount = async () => {
    await logout();
    void navigate(withRedirect(`/login?${emailQuery}`, here));
  };

  return (
    <Flex vertical gap={16} data-testid="invitation-preview">
      <Flex vertical align="center" gap={8} style={{ textAlign: 'center' }}>
        <TeamOutlined style={{ fontSize: 40, color: '#1554ad' }} />
        <Typography.Text type="secondary">{t('invitation.intro')}</Typography.Text>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="invitation-organization">
          {invitation.organizationName}
        </Typography.Title>
      </Flex>
      <Descriptions
        column={1}
        size="small"
        bordered
        items={[
          { key: 'role', label: t('invitation.asRole'), children: <RoleTag role={invitation.role} /> },
          { key: 'email', label: t('invitation.sentTo'), children: invitation.email },
        ]}
      />
      <FormError message={error} />
      {signedIn ? (
        <>
          {emailMismatch ? (
            <Alert
              type="warning"
              showIcon
              title={t('invitation.emailMismatch', { invited: invitation.email, current: me.email })}
              action={
                <Button size="small" onClick={() => void switchAccount()}>
                  {t('invitation.switchAccount')}
                </Button>
              }
            />
          ) : null}
          <Button
            type="primary"
            size="large"
            block
            icon={<CheckOutlined />}
            loading={accepting}
            onClick={() => void accept()}
            data-testid="accept-invitation"
          >
            {t('invitation.accept')}
          </Button>
        </>
      ) : (
        <>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t('invitation.signInHint')}
          </Typography.Paragraph>
          <Flex gap={12}>
            <LinkButton
              type="primary"
              size="large"
              style={{ flex: 1 }}
              to={withRedirect(`/register?${emailQuery}`, here)}
              data-testid="invitation-register"
            >
              {t('invitation.registerToAccept')}
            </LinkButton>
            <LinkButton
              size="large"
              style={{ flex: 1 }}
              to={withRedirect(`/login?${emailQuery}`, here)}
              data-testid="invitation-login"
            >
              {t('invitation.loginToAccept')}
            </LinkButton>
          </Flex>
        </>
      )}
    </Flex>
  );
}
