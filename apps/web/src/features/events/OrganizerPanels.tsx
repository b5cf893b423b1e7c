import { App, Button, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/FormError';
import { errorMessage } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { useAsync } from '../../lib/use-async';
import {
  downloadAgendasPdf,
  downloadExport,
  eventsApi,
  type EventItem,
  type Meeting,
  type Registration,
  type ScheduleRun,
} from './api';
import { EventDashboard } from './EventDashboard';
import { InvitationsPanel } from './InvitationsPanel';
import { LiveBoard } from './LiveBoard';
import { hasRoadshow, RoadshowOrganizerPanel } from './RoadshowPanels';
import { CheckInPanel, MoveMeetingForm } from './OrganizerDayTools';
import { SuggestionsTable } from './SuggestionsTable';

/** The organizer's side: who registered, which pairs the matcher suggests, the schedule and the counts. */
export function OrganizerPanels({ event }: { event: EventItem }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const registrations = useAsync(() => eventsApi.registrations(event.id), `registrations:${event.id}`);
  const suggestions = useAsync(() => eventsApi.suggestions(event.id), `suggestions:${event.id}`);
  const meetings = useAsync(() => eventsApi.meetings(event.id), `meetings:${event.id}`);
  const dashboard = useAsync(() => eventsApi.dashboard(event.id), `dashboard:${event.id}`);
  const [run, setRun] = useState<ScheduleRun | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const act = async (action: () => Promise<unknown>) => {
    setError(null);
    setBusy(true);
    try {
      await action();
    } catch (caught) {
      setError(errorMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };
  const placed = run?.placed ?? (meetings.data ?? []).filter((meeting) => meeting.slotId);
  const unplaced = run?.unplaced ?? (meetings.data ?? []).filter((meeting) => !meeting.slotId);

  return (
    <>
      <FormError message={error} />
      <Tabs
        items={[
          {
            key: 'participants',
            label: t('events.tabs.participants'),
            children: (
              <Table<Registration>
                rowKey="id"
                dataSource={registrations.data ?? []}
                pagination={false}
                size="small"
                columns={[
                  { title: t('events.organization'), dataIndex: 'organizationName' },
                  {
                    title: t('events.tabs.pairs'),
                    render: (_, registration) =>
                      registration.postings.map((posting) => posting.title).join('、'),
                  },
                  {
                    title: t('events.status'),
                    render: (_, registration) =>
                      registration.status === 'pending' ? (
                        <Space>
                          {(['approved', 'refused'] as const).map((status) => (
                            <Button
                              key={status}
                              size="small"
                              type={status === 'approved' ? 'primary' : 'default'}
                              onClick={() =>
                                void act(async () => {
                                  await eventsApi.decide(event.id, registration.id, status);
                                  registrations.reload();
                                  dashboard.reload();
                                })
                              }
                            >
                              {t(status === 'approved' ? 'events.approve' : 'events.refuse')}
                            </Button>
                          ))}
                        </Space>
                      ) : (
                        <Tag>{t(`events.registrationStatuses.${registration.status}`)}</Tag>
                      ),
                  },
                ]}
              />
            ),
          },
          {
            key: 'invitations',
            label: t('events.tabs.invitations'),
            children: <InvitationsPanel event={event} />,
          },
          ...(hasRoadshow(event)
            ? [
                {
                  key: 'roadshow',
                  label: t('events.tabs.roadshow'),
                  children: <RoadshowOrganizerPanel event={event} />,
                },
              ]
            : []),
          {
            key: 'pairs',
            label: t('events.tabs.pairs'),
            children: <SuggestionsTable suggestions={suggestions.data ?? []} />,
          },
          {
            key: 'schedule',
            label: t('events.tabs.schedule'),
            children: (
              <Space direction="vertical" style={{ width: '100%' }}>
                <Space wrap>
                  <Button
                    type="primary"
                    loading={busy}
                    data-testid="event-run-schedule"
                    onClick={() =>
                      void act(async () => {
                        setRun(await eventsApi.schedule(event.id));
                        dashboard.reload();
                      })
                    }
                  >
                    {t('events.runSchedule')}
                  </Button>
                  <Button
                    disabled={placed.length === 0}
                    onClick={() =>
                      void act(async () => {
                        await eventsApi.publish(event.id);
                        void message.success(t('events.agendaPublished'));
                      })
                    }
                  >
                    {t('events.publishAgenda')}
                  </Button>
                  {(['participant', 'table'] as const).map((by) => (
                    <Button
                      key={by}
                      disabled={placed.length === 0}
                      onClick={() => void act(() => downloadAgendasPdf(event.id, by))}
                    >
                      {t(`events.printAgendas.${by}`)}
                    </Button>
                  ))}
                  <Typography.Text data-testid="event-placed">
                    {t('events.placed', { count: placed.length })}
                    {run ? ` · ${t('events.upperBound', { bound: run.upperBound })}` : ''}
                  </Typography.Text>
                </Space>
                <ScheduleGrid
                  event={event}
                  placed={placed}
                  onMove={(meetingId, slotId, tableId) =>
                    void act(async () => {
                      await eventsApi.move(event.id, meetingId, { slotId, tableId });
                      setRun(null);
                      meetings.reload();
                    })
                  }
                />
                <MoveMeetingForm
                  event={event}
                  meetings={meetings.data ?? []}
                  onMoved={() => {
                    setRun(null);
                    meetings.reload();
                  }}
                />
                {unplaced.length > 0 ? (
                  <Table<Meeting>
                    title={() => t('events.unplaced')}
                    rowKey="id"
                    dataSource={unplaced}
                    pagination={false}
                    size="small"
                    columns={[
                      {
                        title: t('events.organization'),
                        render: (_, meeting) => `${meeting.organizationAName} × ${meeting.organizationBName}`,
                      },
                      {
                        title: t('events.reason'),
                        render: (_, meeting) => meeting.unplacedText ?? meeting.unplacedReason,
                      },
                    ]}
                  />
                ) : null}
              </Space>
            ),
          },
          {
            key: 'check-in',
            label: t('events.tabs.checkIn'),
            children: (
              <CheckInPanel
                event={event}
                registrations={registrations.data ?? []}
                onCheckedIn={() => {
                  registrations.reload();
                  dashboard.reload();
                }}
              />
            ),
          },
          {
            key: 'live',
            label: t('events.tabs.live'),
            // Mounted only while shown: the board polls while someone looks at it, not from a tab left behind.
            destroyOnHidden: true,
            children: <LiveBoard eventId={event.id} />,
          },
          {
            key: 'dashboard',
            label: t('events.tabs.dashboard'),
            children: (
              <Space direction="vertical" style={{ width: '100%' }}>
                <EventDashboard counts={dashboard.data} />
                <Button data-testid="event-export" onClick={() => void act(() => downloadExport(event.id))}>
                  {t('events.export')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}

/** The placed meetings as a grid: one row a slot, one column a table. Drag a meeting to another cell to move and pin it there. */
function ScheduleGrid({
  event,
  placed,
  onMove,
}: {
  event: EventItem;
  placed: Meeting[];
  onMove: (meetingId: string, slotId: string, tableId: string) => void;
}) {
  const { t } = useTranslation();
  const at = new Map(placed.map((meeting) => [`${meeting.slotId}:${meeting.tableId}`, meeting]));
  return (
    <Table
      rowKey="id"
      dataSource={event.slots}
      pagination={false}
      size="small"
      scroll={{ x: true }}
      data-testid="event-schedule-grid"
      columns={[
        { title: t('events.slot'), fixed: 'left', render: (_, slot) => formatDateTime(slot.start) },
        ...event.tables.map((table) => ({
          title: table.name,
          key: table.id,
          // Every cell takes a dropped meeting; the server refuses a taken slot or table (shown above the tabs).
          onCell: (slot: EventItem['slots'][number]) => ({
            'data-testid': `event-cell-${slot.id}-${table.id}`,
            onDragOver: (e: DragEvent<HTMLElement>) => e.preventDefault(),
            onDrop: (e: DragEvent<HTMLElement>) => {
              e.preventDefault();
              const meetingId = e.dataTransfer.getData('text/plain');
              if (meetingId) onMove(meetingId, slot.id, table.id);
            },
          }),
          render: (_: unknown, slot: EventItem['slots'][number]) => {
            const meeting = at.get(`${slot.id}:${table.id}`);
            return meeting ? (
              <div
                draggable
                style={{ cursor: 'grab' }}
                title={t('events.dragToMove')}
                data-testid={`event-grid-meeting-${meeting.id}`}
                onDragStart={(e) => e.dataTransfer.setData('text/plain', meeting.id)}
              >
                {`${meeting.organizationAName} × ${meeting.organizationBName}`}
              </div>
            ) : null;
          },
        })),
      ]}
    />
  );
}
