import { Button, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/FormError';
import { errorMessage } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { useAsync } from '../../lib/use-async';
import {
  downloadAgenda,
  downloadAgendaPdf,
  eventsApi,
  type EventItem,
  type Meeting,
  type MeetingRequest,
} from './api';
import type { Schemas } from '../../api/client';
import { hasRoadshow, RoadshowMarksPanel } from './RoadshowPanels';
import { SuggestionsTable } from './SuggestionsTable';

type Outcome = Schemas['OutcomeDto']['outcome'];
const OUTCOMES: Outcome[] = ['held', 'no-show', 'follow-up', 'deal'];

/** A registered organization's side: pairs to ask for, requests to answer, and the published agenda. */
export function ParticipantPanels({ event }: { event: EventItem }) {
  const { t } = useTranslation();
  const suggestions = useAsync(() => eventsApi.suggestions(event.id), `suggestions:${event.id}`);
  const requests = useAsync(() => eventsApi.requests(event.id), `requests:${event.id}`);
  const meetings = useAsync(
    () => eventsApi.meetings(event.id),
    `meetings:${event.id}:${event.agendaVersion}`,
  );
  const [error, setError] = useState<string | null>(null);
  const [slotFor, setSlotFor] = useState<Record<string, string>>({});
  // In events whose accepting side picks a slot, accepting takes one.
  const picksSlot = event.schedulingMode === 'accepting-side';
  const act = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
      suggestions.reload();
      requests.reload();
      meetings.reload();
    } catch (caught) {
      setError(errorMessage(caught, t));
    }
  };
  const mine = event.myRegistrationId;

  return (
    <>
      <FormError message={error} />
      <Tabs
        items={[
          {
            key: 'requests',
            label: t('events.tabs.requests'),
            children: (
              <Space direction="vertical" style={{ width: '100%' }}>
                <Typography.Title level={5}>{t('events.suggested')}</Typography.Title>
                <SuggestionsTable
                  suggestions={suggestions.data ?? []}
                  onSend={(pair) =>
                    void act(() =>
                      eventsApi.send(event.id, {
                        toRegistrationId: pair.toRegistrationId,
                        fromPosting: { kind: pair.from.kind, id: pair.from.id },
                        toPosting: { kind: pair.to.kind, id: pair.to.id },
                      }),
                    )
                  }
                />
                <Table<MeetingRequest>
                  rowKey="id"
                  dataSource={requests.data ?? []}
                  pagination={false}
                  size="small"
                  columns={[
                    { title: t('events.from'), dataIndex: 'fromOrganizationName' },
                    { title: t('events.to'), dataIndex: 'toOrganizationName' },
                    {
                      title: t('events.status'),
                      render: (_, request) =>
                        request.status === 'pending' && request.toRegistrationId === mine ? (
                          <Space>
                            {picksSlot ? (
                              <Select
                                size="small"
                                style={{ minWidth: 160 }}
                                placeholder={t('events.pickSlot')}
                                value={slotFor[request.id]}
                                onChange={(slotId: string) =>
                                  setSlotFor({ ...slotFor, [request.id]: slotId })
                                }
                                options={event.slots.map((s) => ({
                                  value: s.id,
                                  label: formatDateTime(s.start),
                                }))}
                              />
                            ) : null}
                            <Button
                              size="small"
                              type="primary"
                              disabled={picksSlot && !slotFor[request.id]}
                              onClick={() =>
                                void act(() => eventsApi.accept(event.id, request.id, slotFor[request.id]))
                              }
                            >
                              {t('events.accept')}
                            </Button>
                            <Button
                              size="small"
                              onClick={() => void act(() => eventsApi.decline(event.id, request.id))}
                            >
                              {t('events.decline')}
                            </Button>
                          </Space>
                        ) : (
                          <Tag>{t(`events.requestStatuses.${request.status}`)}</Tag>
                        ),
                    },
                  ]}
                />
              </Space>
            ),
          },
          ...(hasRoadshow(event)
            ? [
                {
                  key: 'roadshow',
                  label: t('events.tabs.roadshow'),
                  children: <RoadshowMarksPanel event={event} />,
                },
              ]
            : []),
          {
            key: 'agenda',
            label: t('events.tabs.agenda'),
            children:
              event.agendaVersion > 0 ? (
                <Space direction="vertical" style={{ width: '100%' }}>
                  <Button
                    onClick={() =>
                      void downloadAgenda(event.id).catch((caught) => setError(errorMessage(caught, t)))
                    }
                  >
                    {t('events.downloadIcs')}
                  </Button>
                  <Button
                    onClick={() =>
                      void downloadAgendaPdf(event.id).catch((caught) => setError(errorMessage(caught, t)))
                    }
                  >
                    {t('events.printAgenda')}
                  </Button>
                  <Table<Meeting>
                    rowKey="id"
                    dataSource={(meetings.data ?? []).filter((meeting) => meeting.start)}
                    pagination={false}
                    size="small"
                    columns={[
                      { title: t('events.slot'), render: (_, meeting) => formatDateTime(meeting.start) },
                      { title: t('events.fields.tables'), dataIndex: 'tableName' },
                      {
                        title: t('events.organization'),
                        render: (_, meeting) => `${meeting.organizationAName} × ${meeting.organizationBName}`,
                      },
                      {
                        title: t('events.outcome.title'),
                        render: (_, meeting) => (
                          <Select
                            size="small"
                            style={{ minWidth: 140 }}
                            placeholder={t('events.outcome.record')}
                            data-testid={`event-outcome-${meeting.id}`}
                            onChange={(outcome: Outcome) =>
                              void act(() => eventsApi.outcome(event.id, meeting.id, { outcome }))
                            }
                            options={OUTCOMES.map((value) => ({
                              value,
                              label: t(`events.outcome.values.${value}`),
                            }))}
                          />
                        ),
                      },
                    ]}
                  />
                </Space>
              ) : (
                <Typography.Text type="secondary">{t('events.noAgenda')}</Typography.Text>
              ),
          },
        ]}
      />
    </>
  );
}
