import { Button, Card, Checkbox, Descriptions, Modal, Skeleton, Space, Tag, Typography, App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useAuth } from '../../auth/auth-context';
import { FormError } from '../../components/FormError';
import { PageHeader } from '../../components/PageHeader';
import { errorMessage } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { useAsync } from '../../lib/use-async';
import { eventsApi, myPostings, type EventItem } from './api';
import { EventFormModal } from './EventFormModal';
import { OrganizerPanels } from './OrganizerPanels';
import { ParticipantPanels } from './ParticipantPanels';

/** One event: its facts for everyone, registration for a signed-in organization, then the participant's or the organizer's tabs. */
export default function EventPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { status, currentMembership } = useAuth();
  const signedIn = status === 'authenticated';
  const loaded = useAsync(
    () => eventsApi.one(id, signedIn ? 'session' : 'public'),
    status === 'loading' ? null : `event:${id}:${currentMembership?.organizationId}`,
  );
  const [editing, setEditing] = useState(false);
  const [registering, setRegistering] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const event = loaded.data;
  if (!event)
    return loaded.error ? <FormError message={errorMessage(loaded.error, t)} /> : <Skeleton active />;

  const act = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
      loaded.reload();
    } catch (caught) {
      setError(errorMessage(caught, t));
    }
  };

  return (
    <>
      <PageHeader
        title={event.title}
        subtitle={event.description}
        extra={
          <Space>
            <Tag>{t(`events.statuses.${event.status}`)}</Tag>
            {event.manages ? <Button onClick={() => setEditing(true)}>{t('events.edit')}</Button> : null}
            {event.manages && event.status === 'draft' ? (
              <Button type="primary" onClick={() => void act(() => eventsApi.transition(id, 'published'))}>
                {t('events.publishEvent')}
              </Button>
            ) : null}
            {signedIn && currentMembership && !event.manages && event.status === 'published' ? (
              event.myRegistrationId ? (
                <Tag color="green">{t('events.registered')}</Tag>
              ) : (
                <Button type="primary" onClick={() => setRegistering(true)} data-testid="event-register">
                  {t('events.register')}
                </Button>
              )
            ) : null}
          </Space>
        }
      />
      <FormError message={error} />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('events.organizer')}>{event.organizerName}</Descriptions.Item>
          <Descriptions.Item label={t('events.when')}>
            {event.days
              .map(
                (day) => `${day.date} ${day.sessions.map((span) => `${span.start}–${span.end}`).join(', ')}`,
              )
              .join('；')}
          </Descriptions.Item>
          <Descriptions.Item label={t('events.where')}>
            {t(`events.formats.${event.format}`)} {event.venueName ?? ''} {event.venueAddress ?? ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('events.fields.deadline')}>
            {formatDateTime(event.registrationDeadline)}
          </Descriptions.Item>
        </Descriptions>
        {!signedIn ? (
          <Typography.Text type="secondary">{t('events.signInToRegister')}</Typography.Text>
        ) : null}
      </Card>
      {event.manages ? (
        <OrganizerPanels event={event} />
      ) : event.myRegistrationId ? (
        <ParticipantPanels event={event} />
      ) : null}
      {editing ? (
        <EventFormModal
          event={event}
          onClose={() => setEditing(false)}
          onDone={() => {
            setEditing(false);
            loaded.reload();
          }}
        />
      ) : null}
      {registering ? (
        <RegisterModal
          event={event}
          onClose={() => setRegistering(false)}
          onDone={() => {
            setRegistering(false);
            loaded.reload();
          }}
        />
      ) : null}
    </>
  );
}

/** Registers the acting organization with the postings it picks among its own. */
function RegisterModal({
  event,
  onClose,
  onDone,
}: {
  event: EventItem;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const postings = useAsync(myPostings, 'mine');
  const [chosen, setChosen] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    try {
      const picked = (postings.data ?? []).filter((posting) => chosen.includes(posting.id));
      await eventsApi.register(event.id, { postings: picked.map(({ kind, id }) => ({ kind, id })) });
      void message.success(t('events.registered'));
      onDone();
    } catch (caught) {
      setError(errorMessage(caught, t));
    }
  };
  return (
    <Modal open title={t('events.registerTitle')} onCancel={onClose} onOk={() => void submit()}>
      <FormError message={error} />
      {postings.loading ? (
        <Skeleton active />
      ) : (postings.data ?? []).length === 0 ? (
        <Typography.Text type="secondary">{t('events.noPostings')}</Typography.Text>
      ) : (
        <Checkbox.Group
          value={chosen}
          onChange={(values) => setChosen(values)}
          options={(postings.data ?? []).map((posting) => ({ value: posting.id, label: posting.title }))}
          style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
        />
      )}
    </Modal>
  );
}
