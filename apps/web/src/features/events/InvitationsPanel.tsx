import { App, Button, Input, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/FormError';
import { errorMessage } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { useAsync } from '../../lib/use-async';
import { eventsApi, type EventItem, type Invitation } from './api';

/** Addresses typed one a line (or separated by commas, semicolons or spaces), as the organizer pastes them. */
const addressesIn = (text: string) => text.split(/[\s,;，；]+/).filter(Boolean);

/** The organizer invites organizations by email to register, and sees who was invited and who registered. */
export function InvitationsPanel({ event }: { event: EventItem }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const invitations = useAsync(() => eventsApi.invitations(event.id), `invitations:${event.id}`);
  const [emails, setEmails] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const invite = async () => {
    setError(null);
    setBusy(true);
    try {
      const run = await eventsApi.invite(event.id, {
        emails: addressesIn(emails),
        ...(note.trim() ? { message: note.trim() } : {}),
      });
      void message.success(
        t('events.invitations.sent', { count: run.invited.length, already: run.alreadyInvited.length }),
      );
      setEmails('');
      invitations.reload();
    } catch (caught) {
      setError(errorMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="event-invitations">
      <FormError message={error} />
      <Input.TextArea
        rows={3}
        value={emails}
        placeholder={t('events.invitations.emails')}
        onChange={(e) => setEmails(e.target.value)}
        data-testid="event-invite-emails"
      />
      <Input.TextArea
        rows={2}
        maxLength={1000}
        value={note}
        placeholder={t('events.invitations.message')}
        onChange={(e) => setNote(e.target.value)}
      />
      <Button
        type="primary"
        loading={busy}
        disabled={addressesIn(emails).length === 0}
        onClick={() => void invite()}
        data-testid="event-invite"
      >
        {t('events.invitations.submit')}
      </Button>
      <Table<Invitation>
        rowKey="id"
        dataSource={invitations.data ?? []}
        pagination={false}
        size="small"
        columns={[
          { title: t('events.invitations.email'), dataIndex: 'email' },
          { title: t('events.invitations.at'), render: (_, row) => formatDateTime(row.createdAt) },
          {
            title: t('events.status'),
            render: (_, row) =>
              row.registered ? (
                <Tag color="green">{t('events.registered')}</Tag>
              ) : (
                <Tag>{t('events.invitations.invited')}</Tag>
              ),
          },
        ]}
      />
    </Space>
  );
}
