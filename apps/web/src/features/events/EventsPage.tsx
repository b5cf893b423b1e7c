import { Button, Card, Empty, List, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAuth } from '../../auth/auth-context';
import { FormError } from '../../components/FormError';
import { PageHeader } from '../../components/PageHeader';
import { errorMessage } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { useAsync } from '../../lib/use-async';
import { eventsApi } from './api';
import { EventFormModal } from './EventFormModal';

/**
 * 活动: the events anyone can read; with `mine` the acting organizer's own events in every status, with the
 * form that creates one.
 */
export default function EventsPage({ mine = false }: { mine?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { status, currentMembership } = useAuth();
  const signedIn = status === 'authenticated';
  const [creating, setCreating] = useState(false);
  const events = useAsync(
    () => eventsApi.list(signedIn ? 'session' : 'public'),
    status === 'loading' ? null : `events:${currentMembership?.organizationId}`,
  );
  const items = (events.data ?? []).filter((event) => !mine || event.manages);

  return (
    <>
      <PageHeader
        title={t(mine ? 'events.mineTitle' : 'events.title')}
        subtitle={mine ? undefined : t('events.subtitle')}
        extra={
          mine ? (
            <Button type="primary" onClick={() => setCreating(true)} data-testid="event-create">
              {t('events.create')}
            </Button>
          ) : null
        }
      />
      {events.error ? <FormError message={errorMessage(events.error, t)} /> : null}
      {events.loading && !events.data ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        <Empty description={t('events.empty')} />
      ) : (
        <List
          dataSource={items}
          renderItem={(event) => (
            <Card style={{ marginBottom: 12 }}>
              <Space direction="vertical" size={4}>
                <Space>
                  <Link to={`/events/${event.id}`}>
                    <Typography.Text strong>{event.title}</Typography.Text>
                  </Link>
                  <Tag>{t(`events.statuses.${event.status}`)}</Tag>
                  <Tag>{t(`events.formats.${event.format}`)}</Tag>
                </Space>
                <Typography.Text type="secondary">
                  {event.organizerName} · {event.days.map((day) => day.date).join('、')} ·{' '}
                  {event.venueName ?? ''}
                </Typography.Text>
                <Typography.Text type="secondary">
                  {t('events.fields.deadline')}: {formatDateTime(event.registrationDeadline)}
                </Typography.Text>
              </Space>
            </Card>
          )}
        />
      )}
      {creating ? (
        <EventFormModal
          onClose={() => setCreating(false)}
          onDone={(event) => void navigate(`/events/${event.id}`)}
        />
      ) : null}
    </>
  );
}
