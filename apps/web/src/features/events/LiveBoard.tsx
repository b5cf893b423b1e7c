import { Card, Col, Empty, Row, Space, Statistic, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { useAsync } from '../../lib/use-async';
import { eventsApi, type LiveBoard as Board } from './api';

/** On the day the board changes by the minute (meetings start, people arrive): read it again this often. */
const REFRESH_MS = 15_000;

/** The organizers' 现场看板: the meetings running now by table, the free tables now and next, who came. */
export function LiveBoard({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const board = useAsync(() => eventsApi.live(eventId), `live:${eventId}`);
  const { reload } = board;
  useEffect(() => {
    const timer = setInterval(reload, REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);
  const live = board.data;
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="event-live-board">
      <Space size="large" wrap>
        <Statistic
          title={t('events.live.checkedIn')}
          value={live?.checkedIn ?? 0}
          suffix={`/ ${live?.approved ?? 0}`}
        />
        <Statistic title={t('events.live.running')} value={live?.running.length ?? 0} />
        <Typography.Text type="secondary">
          {t('events.live.updated', { at: live ? formatDateTime(live.at) : '—' })}
        </Typography.Text>
      </Space>
      <Card size="small" title={slotTitle(t('events.live.now'), live?.currentSlot)}>
        {live?.running.length ? (
          <Row gutter={[8, 8]}>
            {live.running.map((meeting) => (
              <Col key={meeting.id} xs={24} md={12} lg={8}>
                <Card size="small" title={meeting.tableName} data-testid="live-meeting">
                  {meeting.sides.map((side) => (
                    <div key={side.registrationId}>
                      {side.organizationName}{' '}
                      <Tag color={side.checkedIn ? 'green' : 'orange'}>
                        {t(side.checkedIn ? 'events.live.arrived' : 'events.live.notArrived')}
                      </Tag>
                    </div>
                  ))}
                </Card>
              </Col>
            ))}
          </Row>
        ) : (
          <Empty description={t('events.live.nothingRunning')} />
        )}
        <FreeTables label={t('events.live.freeNow')} tables={live?.freeNow ?? []} />
      </Card>
      <Card size="small" title={slotTitle(t('events.live.next'), live?.nextSlot)}>
        <FreeTables label={t('events.live.freeNext')} tables={live?.freeNext ?? []} />
      </Card>
      <Card size="small" title={t('events.live.participants')}>
        <Space wrap>
          {(live?.participants ?? []).map((participant) => (
            <Tag key={participant.registrationId} color={participant.checkedIn ? 'green' : 'default'}>
              {participant.organizationName}
              {participant.noShows > 0
                ? ` · ${t('events.live.noShows', { count: participant.noShows })}`
                : ''}
            </Tag>
          ))}
        </Space>
      </Card>
    </Space>
  );
}

function FreeTables({ label, tables }: { label: string; tables: Board['freeNow'] }) {
  return (
    <div style={{ marginTop: 8 }}>
      <Typography.Text strong>{label}: </Typography.Text>
      {tables.length ? tables.map((table) => <Tag key={table.id}>{table.name}</Tag>) : '—'}
    </div>
  );
}

const slotTitle = (label: string, slot: Board['currentSlot'] | undefined) =>
  slot ? `${label} · ${formatDateTime(slot.start)}` : label;
