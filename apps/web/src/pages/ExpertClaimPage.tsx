import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Card, Result } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { expertsApi } from '../api/catalogue';
import { FormError } from '../components/FormError';
import { errorMessage } from '../lib/errors';

/** /experts/claim?claim=…&token=…: the emailed link by which an expert takes over their profile. */
export default function ExpertClaimPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const claimId = params.get('claim') ?? '';
  const token = params.get('token') ?? '';
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (!claimId || !token) {
    return <Result status="warning" title={t('expert.claimTitle')} subTitle={t('expert.claimInvalid')} />;
  }

  const claim = async () => {
    setBusy(true);
    setError(null);
    try {
      const expert = await expertsApi.claim({ claimId, token });
      void navigate(`/experts/${expert.id}`, { replace: true });
    } catch (cause) {
      setError(errorMessage(cause, t));
      setBusy(false);
    }
  };

  return (
    <Card style={{ maxWidth: 640 }}>
      <FormError message={error} />
      <Result
        icon={<SafetyCertificateOutlined />}
        title={t('expert.claimTitle')}
        subTitle={t('expert.claimSubtitle')}
        extra={
          <Button type="primary" loading={busy} onClick={() => void claim()} data-testid="expert-claim">
            {t('expert.claimButton')}
          </Button>
        }
      />
    </Card>
  );
}
