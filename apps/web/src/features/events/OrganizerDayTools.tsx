import { App, Button, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/FormError';
import { errorMessage } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { eventsApi, type EventItem, type Meeting, type Registration } from './api';

/** Moves one meeting to a slot and table by hand (pinned); the server refuses a taken or invalid one. */
export function MoveMeetingForm({
  event,
  meetings,
  onMoved,
}: {
  event: EventItem;
  meetings: Meeting[];
  onMoved: () => void;
}) {
  const { t } = useTranslation();
  const [meetingId, setMeetingId] = useState<string>();
  const [slotId, setSlotId] = useState<string>();
  const [tableId, setTableId] = useState<string>();
  const [error, setError] = useState<string | null>(null);
  const move = async () => {
    setError(null);
    try {
      await eventsApi.move(event.id, meetingId!, { slotId: slotId!, tableId: tableId! });
      onMoved();
    } catch (caught) {
      setError(errorMessage(caught, t));
    }
  };
  return (
    <Space direction="vertical" data-testid="event-move-form">
      <Space wrap>
        <Select
          style={{ minWidth: 280 }}
          placeholder={t('events.move.meeting')}
          value={meetingId}
          onChange={setMeetingId}
          options={meetings
            .filter((m) => m.status === 'scheduled')
            .map((m) => ({ value: m.id, label: `${m.organizationAName} × ${m.organizationBName}` }))}
        />
        <Select
          style={{ minWidth: 180 }}
          placeholder={t('events.slot')}
          value={slotId}
          onChange={setSlotId}
          options={event.slots.map((s) => ({ value: s.id, label: formatDateTime(s.start) }))}
        />
        <Select
          style={{ minWidth: 140 }}
          placeholder={t('events.fields.tables')}
          value={tableId}
          onChange={setTableId}
          options={event.tables.map((table) => ({ value: table.id, label: table.name }))}
        />
        <Button disabled={!meetingId || !slotId || !tableId} onClick={() => void move()}>
          {t('events.move.submit')}
        </Button>
      </Space>
      <FormError message={error} />
    </Space>
  );
}

/** The token of a scanned check-in QR code: it encodes the check-in page's URL, `…/check-in#token=…`. */
export function scannedToken(scanned: string): string {
  const value = scanned.trim();
  const marker = value.indexOf('#token=');
  return marker === -1 ? value : value.slice(marker + '#token='.length);
}

/** The staff's check-in: a QR code's token (scanned into the field) or a registration picked by hand. */
export function CheckInPanel({
  event,
  registrations,
  onCheckedIn,
}: {
  event: EventItem;
  registrations: Registration[];
  onCheckedIn: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const checkIn = async (body: Parameters<typeof eventsApi.checkIn>[1]) => {
    setError(null);
    try {
      const registration = await eventsApi.checkIn(event.id, body);
      void message.success(t('events.checkIn.done', { name: registration.organizationName }));
      setToken('');
      onCheckedIn();
    } catch (caught) {
      setError(errorMessage(caught, t));
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="event-check-in">
      <Input.Search
        placeholder={t('events.checkIn.token')}
        enterButton={t('events.checkIn.submit')}
        value={token}
        onChange={(e) => setToken(e.target.value)}
        onSearch={(value) => value && void checkIn({ method: 'qr', token: scannedToken(value) })}
      />
      <Select
        showSearch
        style={{ width: '100%' }}
        placeholder={t('events.checkIn.byHand')}
        optionFilterProp="label"
        value={null}
        onChange={(registrationId: string) => void checkIn({ method: 'hand', registrationId })}
        options={registrations
          .filter((r) => r.status === 'approved')
          .map((r) => ({
            value: r.id,
            label: r.checkedInAt ? `${r.organizationName} ✓` : r.organizationName,
          }))}
      />
      <FormError message={error} />
    </Space>
  );
}
