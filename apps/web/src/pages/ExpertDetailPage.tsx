import { MailOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { expertsApi } from '../api/catalogue';
import type { Expert } from '../api/catalogue-types';
import { useAuth } from '../auth/auth-context';
import { errorMessage } from '../lib/errors';
import { formatDateTime } from '../lib/format';
import CatalogueDetailPage from './CatalogueDetailPage';

/** An expert's page: the generic detail, plus the claim card (邀请认领 for the society, a note for the expert). */
export default function ExpertDetailPage() {
  return <CatalogueDetailPage kind="expert" extras={(item) => <ClaimCard expert={item as Expert} />} />;
}

function ClaimCard({ expert }: { expert: Expert }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { currentMembership } = useAuth();
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState<{ email: string; expiresAt: string } | null>(null);

  if (expert.claimedByMe) {
    return (
      <Alert type="success" showIcon title={t('expert.claimedByMe')} data-testid="expert-claimed-by-me" />
    );
  }
  const society = expert.canEdit && currentMembership?.organizationId === expert.organizationId;
  if (!society || expert.claimed) return null;

  const invite = async () => {
    setBusy(true);
    try {
      const invitation = await expertsApi.inviteClaim(expert.id);
      setSent(invitation);
    } catch (cause) {
      void message.error(errorMessage(cause, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('expert.invite')}>
      <Flex vertical gap={12} align="flex-start">
        <Typography.Text type="secondary">{t('expert.inviteHint')}</Typography.Text>
        {sent ? (
          <Alert
            type="success"
            showIcon
            title={t('expert.invited', { email: sent.email, date: formatDateTime(sent.expiresAt) })}
            data-testid="claim-invited"
          />
        ) : (
          <Button
            icon={<MailOutlined />}
            loading={busy}
            onClick={() => void invite()}
            data-testid="expert-invite-claim"
          >
            {t('expert.invite')}
          </Button>
        )}
      </Flex>
    </Card>
  );
}
