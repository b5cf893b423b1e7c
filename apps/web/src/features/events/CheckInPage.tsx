import { Input, Result, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { errorMessage } from '../../lib/errors';
import { eventsApi } from './api';
import { scannedToken } from './OrganizerDayTools';
import { QrScanner } from './QrScanner';

type Outcome = { ok: true; name: string } | { ok: false; message: string };

/**
 * The staff's phone page for check-in (`/events/:id/check-in`). A participant's QR code encodes this
 * page's URL with its token in the fragment (`#token=…`), so scanning it with the phone's own camera
 * opens the page and checks the participant in at once; the page's own scanner reads one code after
 * another without leaving it; a code can also be typed or pasted.
 */
export default function CheckInPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { hash } = useLocation();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const checkIn = async (token: string) => {
    try {
      const registration = await eventsApi.checkIn(id, { method: 'qr', token });
      setOutcome({ ok: true, name: registration.organizationName });
    } catch (caught) {
      setOutcome({ ok: false, message: errorMessage(caught, t) });
    }
  };
  useEffect(() => {
    if (hash.startsWith('#token=')) void checkIn(scannedToken(hash));
    // Only a newly opened URL (a new scan) checks in again.
  }, [hash]);

  return (
    <Space
      direction="vertical"
      style={{ width: '100%', maxWidth: 420, margin: '0 auto' }}
      data-testid="check-in-page"
    >
      <Typography.Title level={3}>{t('events.checkInPage.title')}</Typography.Title>
      {outcome ? (
        <Result
          status={outcome.ok ? 'success' : 'error'}
          title={outcome.ok ? t('events.checkIn.done', { name: outcome.name }) : outcome.message}
        />
      ) : (
        <Typography.Paragraph type="secondary">{t('events.checkInPage.hint')}</Typography.Paragraph>
      )}
      <QrScanner onScan={(text) => void checkIn(scannedToken(text))} />
      <Input.Search
        size="large"
        placeholder={t('events.checkIn.token')}
        enterButton={t('events.checkIn.submit')}
        onSearch={(value) => value && void checkIn(scannedToken(value))}
      />
    </Space>
  );
}
