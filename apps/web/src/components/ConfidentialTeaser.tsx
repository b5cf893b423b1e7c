import { LockOutlined, LoginOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Result, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { AccessPath } from '../api/access-requests';
import type { AccessRequestStatus, CreatedAccessRequest } from '../api/types';
import { useAuth } from '../auth/auth-context';
import { formatDateTime } from '../lib/format';
import { withRedirect } from '../lib/redirect';
import { AccessStatusTag } from './DemandTags';
import { LinkButton } from './LinkButton';
import { RequestAccessModal } from './RequestAccessModal';

/** A confidential posting as a stranger reads it, and what the access flow needs of it. */
export interface TeaserPosting {
  id: string;
  /** A demand's title; other kinds show their teaser as the modal's heading. */
  title?: string;
  teaser: string | null;
  ndaText: string | null;
  accessRequest: CreatedAccessRequest | null;
}

/** Whose words: a demand's page speaks of 需求方, every other kind's of the publisher. */
type Texts = 'demandDetail' | 'accessRequest.posting';

/**
 * A confidential posting seen without a grant, of any kind: the teaser, 申请查看 with the NDA, and the
 * caller's own request and its status. Signed-out visitors are sent to sign in; a user without an
 * organization to create or join one (requests are an organization's).
 */
export function ConfidentialTeaser({
  kind,
  texts,
  posting,
  teaserTestId,
  onRequested,
  onReload,
}: {
  kind: AccessPath;
  texts: Texts;
  posting: TeaserPosting;
  teaserTestId: string;
  onRequested: (created: CreatedAccessRequest) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { status, currentMembership } = useAuth();
  const location = useLocation();
  const [requesting, setRequesting] = useState(false);
  const request = posting.accessRequest;
  const mayRequest = !request || request.status === 'refused' || request.status === 'revoked';
  const hint: Record<
    AccessRequestStatus,
    `${Texts}.${'requestPending' | 'requestGranted' | 'requestRefused' | 'requestRevoked'}`
  > = {
    pending: `${texts}.requestPending`,
    granted: `${texts}.requestGranted`,
    refused: `${texts}.requestRefused`,
    revoked: `${texts}.requestRevoked`,
  };

  let action = null;
  if (status !== 'authenticated') {
    action = (
      <LinkButton
        type="primary"
        icon={<LoginOutlined />}
        to={withRedirect('/login', `${location.pathname}${location.search}`)}
        data-testid="login-to-request"
      >
        {t('demandDetail.loginToRequest')}
      </LinkButton>
    );
  } else if (!currentMembership) {
    action = (
      <Flex vertical align="center" gap={8}>
        <Typography.Text type="secondary">{t('demandDetail.needOrganization')}</Typography.Text>
        <LinkButton to="/organizations/new">{t('demandDetail.createOrganization')}</LinkButton>
      </Flex>
    );
  } else if (mayRequest) {
    action = (
      <Button
        type="primary"
        icon={<LockOutlined />}
        onClick={() => setRequesting(true)}
        data-testid="request-access"
      >
        {t('demandDetail.requestAccess')}
      </Button>
    );
  }

  return (
    <>
      <Result
        icon={<LockOutlined style={{ color: '#722ed1' }} />}
        title={t(`${texts}.confidentialTitle`)}
        subTitle={t(`${texts}.confidentialHint`)}
        extra={action}
      >
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }} data-testid={teaserTestId}>
          {posting.teaser || t(`${texts}.noTeaser`)}
        </Typography.Paragraph>
      </Result>
      {request ? (
        <Alert
          type={request.status === 'pending' ? 'info' : request.status === 'granted' ? 'success' : 'warning'}
          showIcon
          data-testid="my-access-request"
          title={
            <Space wrap>
              {t('demandDetail.myRequest')}
              <AccessStatusTag status={request.status} />
              <Typography.Text type="secondary">
                {t('demandDetail.requestedAt', { date: formatDateTime(request.createdAt) })}
              </Typography.Text>
            </Space>
          }
          description={t(hint[request.status])}
          action={
            request.status === 'granted' ? (
              <Button size="small" icon={<ReloadOutlined />} onClick={onReload}>
                {t('demandDetail.refresh')}
              </Button>
            ) : undefined
          }
        />
      ) : null}
      <RequestAccessModal
        kind={kind}
        posting={{ id: posting.id, title: posting.title ?? posting.teaser ?? '', ndaText: posting.ndaText }}
        open={requesting}
        onClose={() => setRequesting(false)}
        onRequested={(created) => {
          setRequesting(false);
          void message.success(
            t(kind === 'demands' ? 'accessRequest.submitted' : 'accessRequest.posting.submitted'),
          );
          onRequested(created);
        }}
      />
    </>
  );
}
