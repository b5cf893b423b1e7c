import { App, Button, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/FormError';
import { errorMessage } from '../../lib/errors';
import { useAsync } from '../../lib/use-async';
import { eventsApi, type EventItem, type InvestorMark, type Pitch, type PitchRanking } from './api';

const MARKS: InvestorMark[] = ['interested', 'meeting', 'not-interested'];

/** Whether the event has a 路演 (its tabs show only then). */
export const hasRoadshow = (event: EventItem) => event.kind !== 'one-to-one';

/** A project the organizer may put on the programme: an approved participant's project. */
interface Candidate {
  projectId: string;
  title: string;
  organizationName: string;
}

/**
 * The organizer's 路演 tab: the programme in pitching order (add the approved participants' projects, move
 * them up or down, save) and the projects ranked by the investors' marks.
 */
export function RoadshowOrganizerPanel({ event }: { event: EventItem }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const programme = useAsync(() => eventsApi.roadshow(event.id), `roadshow:${event.id}`);
  const registrations = useAsync(() => eventsApi.registrations(event.id), `registrations:${event.id}`);
  const ranking = useAsync(() => eventsApi.ranking(event.id), `roadshow-ranking:${event.id}`);
  const [order, setOrder] = useState<Candidate[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const current: Candidate[] = order ?? programme.data ?? [];
  const candidates: Candidate[] = (registrations.data ?? [])
    .filter((registration) => registration.status === 'approved')
    .flatMap((registration) =>
      registration.postings
        .filter((posting) => posting.kind === 'project')
        .map((posting) => ({
          projectId: posting.id,
          title: posting.title,
          organizationName: registration.organizationName,
        })),
    )
    .filter((candidate) => !current.some((pitch) => pitch.projectId === candidate.projectId));
  const moved = (from: number, to: number) => {
    const next = [...current];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    setOrder(next);
  };
  const save = async () => {
    setError(null);
    try {
      await eventsApi.setRoadshow(
        event.id,
        current.map((pitch) => pitch.projectId),
      );
      setOrder(null);
      programme.reload();
      ranking.reload();
      void message.success(t('events.roadshow.saved'));
    } catch (caught) {
      setError(errorMessage(caught, t));
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="event-roadshow">
      <FormError message={error} />
      <Typography.Title level={5}>{t('events.roadshow.programme')}</Typography.Title>
      <Table<Candidate>
        rowKey="projectId"
        dataSource={current}
        pagination={false}
        size="small"
        columns={[
          { title: '#', render: (_, __, index) => index + 1 },
          { title: t('events.roadshow.project'), dataIndex: 'title' },
          { title: t('events.organization'), dataIndex: 'organizationName' },
          {
            render: (_, __, index) => (
              <Space>
                <Button size="small" disabled={index === 0} onClick={() => moved(index, index - 1)}>
                  ↑
                </Button>
                <Button
                  size="small"
                  disabled={index === current.length - 1}
                  onClick={() => moved(index, index + 1)}
                >
                  ↓
                </Button>
                <Button size="small" danger onClick={() => setOrder(current.filter((_, i) => i !== index))}>
                  {t('events.roadshow.remove')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {candidates.length > 0 ? (
        <Space wrap>
          {candidates.map((candidate) => (
            <Button key={candidate.projectId} onClick={() => setOrder([...current, candidate])}>
              + {candidate.title}（{candidate.organizationName}）
            </Button>
          ))}
        </Space>
      ) : null}
      <Button
        type="primary"
        disabled={order === null}
        onClick={() => void save()}
        data-testid="roadshow-save"
      >
        {t('events.roadshow.save')}
      </Button>
      <Typography.Title level={5}>{t('events.roadshow.ranking')}</Typography.Title>
      <Table<PitchRanking>
        rowKey="projectId"
        dataSource={ranking.data ?? []}
        pagination={false}
        size="small"
        columns={[
          { title: t('events.roadshow.project'), dataIndex: 'title' },
          { title: t('events.organization'), dataIndex: 'organizationName' },
          { title: t('events.roadshow.marks.meeting'), dataIndex: 'meeting' },
          { title: t('events.roadshow.marks.interested'), dataIndex: 'interested' },
          { title: t('events.roadshow.marks.not-interested'), dataIndex: 'notInterested' },
        ]}
      />
    </Space>
  );
}

/** A participant's 路演 tab: the programme, with 感兴趣 / 约谈 / 不感兴趣 buttons for investors. */
export function RoadshowMarksPanel({ event }: { event: EventItem }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const programme = useAsync(() => eventsApi.roadshow(event.id), `roadshow:${event.id}`);
  const [error, setError] = useState<string | null>(null);
  const markAs = async (pitch: Pitch, mark: InvestorMark) => {
    setError(null);
    try {
      const marked = await eventsApi.mark(event.id, pitch.projectId, mark);
      if (marked.meetingRequestId) void message.success(t('events.roadshow.followUpSent'));
      programme.reload();
    } catch (caught) {
      setError(errorMessage(caught, t));
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="event-roadshow-marks">
      <FormError message={error} />
      <Table<Pitch>
        rowKey="projectId"
        dataSource={programme.data ?? []}
        pagination={false}
        size="small"
        columns={[
          { title: '#', dataIndex: 'position' },
          { title: t('events.roadshow.project'), dataIndex: 'title' },
          { title: t('events.organization'), dataIndex: 'organizationName' },
          {
            title: t('events.roadshow.yourMark'),
            render: (_, pitch) => (
              <Space>
                {MARKS.map((mark) => (
                  <Button
                    key={mark}
                    size="small"
                    type={pitch.myMark === mark ? 'primary' : 'default'}
                    onClick={() => void markAs(pitch, mark)}
                  >
                    {t(`events.roadshow.marks.${mark}`)}
                  </Button>
                ))}
              </Space>
            ),
          },
        ]}
      />
    </Space>
  );
}
