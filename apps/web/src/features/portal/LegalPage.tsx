import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAsync } from '../../lib/use-async';
import { portalApi } from './api';
import { CONSENT_VERSION } from './consent';
import { fillLegalDocument, LEGAL_DOCUMENTS } from './legal';

/**
 * 用户协议 / 隐私政策: the texts registration asks consent to, with their version and effective date,
 * naming the operator and the privacy contact this deployment is configured with.
 */
export default function LegalPage({ document }: { document: 'terms' | 'privacy' }) {
  const { t, i18n } = useTranslation();
  const operator = useAsync(() => portalApi.operator(), 'operator');
  if (!operator.data) return <Card loading={operator.loading} style={{ maxWidth: 880, margin: '0 auto' }} />;
  const text = fillLegalDocument(
    LEGAL_DOCUMENTS[document][i18n.language === 'en' ? 'en' : 'zh-CN'],
    operator.data,
  );
  return (
    <Card data-testid={`legal-${document}`} style={{ maxWidth: 880, margin: '0 auto' }}>
      <Typography.Title level={2}>{text.title}</Typography.Title>
      <Typography.Text type="secondary" data-testid="legal-version">
        {t('legal.version', { version: CONSENT_VERSION })} · {t('legal.effective', { date: text.effective })}
      </Typography.Text>
      <Typography.Paragraph style={{ marginTop: 16 }}>{text.preamble}</Typography.Paragraph>
      {text.sections.map((section) => (
        <section key={section.heading}>
          <Typography.Title level={4}>{section.heading}</Typography.Title>
          {section.paragraphs.map((paragraph) => (
            <Typography.Paragraph key={paragraph}>{paragraph}</Typography.Paragraph>
          ))}
        </section>
      ))}
    </Card>
  );
}
