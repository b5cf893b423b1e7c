import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CONSENT_VERSION } from './consent';

/** 用户协议 / 隐私政策: the texts registration asks consent to, with their version. */
export default function LegalPage({ document }: { document: 'terms' | 'privacy' }) {
  const { t } = useTranslation();
  return (
    <Card data-testid={`legal-${document}`}>
      <Typography.Title level={3}>
        {t(document === 'terms' ? 'legal.termsTitle' : 'legal.privacyTitle')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('legal.version', { version: CONSENT_VERSION })}</Typography.Text>
      <Typography.Paragraph style={{ marginTop: 16 }}>
        {t(document === 'terms' ? 'legal.termsBody' : 'legal.privacyBody')}
      </Typography.Paragraph>
    </Card>
  );
}
