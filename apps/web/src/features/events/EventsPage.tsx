import { Button, Calendar, Card, Empty, List, Segmented, Skeleton, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAuth } from '../../auth/auth-context';
import { FormError } from '../../components/FormError';
import { PageHeader } from '../../components/PageHeader';
import { errorMessage } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { useAsync } from '../../lib/use-async';
import { eventsApi, type EventItem } from './api';
import { EventFilters, eventQuery, type EventFilter } from './EventFilters';
import { EventFormModal } from './EventFormModal';

/**
 * 活动: the events anyone can read, narrowed by region, field, kind and dates, as a list or a month
 * calendar; with `mine` the acting organizer's own events in every status, with the form that creates one.
 */
export default function EventsPage({ mine = false }: { mine?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { status, currentMembership } = useAuth();
  const signedIn = status === 'authenticated';
  const [creating, setCreating] = useState(false);
  const [filter, setFilter] = useState<EventFilter>({ region: [] });
  const [view, setView] = useState<'list' | 'calendar'>('list');
  const query = eventQuery(filter);
  const events = useAsync(
    () => eventsApi.list(signedIn ? 'session' : 'public', query),
    status === 'loading' ? null : `events:${currentMembership?.organizationId}:${JSON.stringify(query)}`,
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
      <Space wrap align="start">
        <EventFilters value={filter} onChange={setFilter} />
        <Segmented
          data-testid="event-view"
          value={view}
          onChange={(next) => setView(next as typeof view)}
          options={[
            { value: 'list', label: t('events.views.list') },
            { value: 'calendar', label: t('events.views.calendar') },
          ]}
        />
      </Space>
      {events.error ? <FormError message={errorMessage(events.error, t)} /> : null}
      {events.loading && !events.data ? (
        <Skeleton active />
      ) : view === 'calendar' ? (
        <div data-testid="event-calendar">
          <EventCalendar events={items} />
        </div>
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

/** A month calendar with each event's title on each of its days, linking to the event. */
function EventCalendar({ events }: { events: EventItem[] }) {
  const byDay = new Map<string, EventItem[]>();
  for (const event of events)
    for (const day of event.days) byDay.set(day.date, [...(byDay.get(day.date) ?? []), event]);
  return (
    <Calendar
      cellRender={(date: Dayjs, info) =>
        info.type === 'date'
          ? (byDay.get(date.format('YYYY-MM-DD')) ?? []).map((event) => (
              <div key={event.id}>
                <Link to={`/events/${event.id}`}>{event.title}</Link>
              </div>
            ))
          : info.originNode
      }
    />
  );
}
