import { Card, Col, Row, Space, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { PieChart } from '../../components/PieChart';
import { namesToCode } from '../../lib/tree';
import { useReferenceData } from '../../lib/use-reference';
import type { EventCounts } from './api';

const COUNTS = [
  'registrations',
  'approved',
  'checkedIn',
  'meetingsPlaced',
  'meetingsUnplaced',
  'meetingsHeld',
  'meetingsNoShow',
] as const;

/** The organizers' 统计: the counts (check-ins per day of an event of several), the acceptance rate, and who registered, requests and outcomes as charts. */
export function EventDashboard({ counts }: { counts: EventCounts | undefined }) {
  const { t } = useTranslation();
  const reference = useReferenceData();
  const rows = (values: Record<string, number> | undefined, label: (key: string) => string) =>
    Object.entries(values ?? {}).map(([key, value]) => ({ name: label(key), value }));
  const charts = [
    {
      key: 'byOrganizationType',
      rows: rows(counts?.byOrganizationType, (type) =>
        t(`organization.types.${type}` as 'organization.types.enterprise'),
      ),
    },
    {
      key: 'byRegion',
      rows: rows(counts?.byRegion, (code) => namesToCode(reference.regions.data ?? [], code).at(-1) ?? code),
    },
    {
      key: 'requests',
      rows: rows(counts?.requests, (status) =>
        t(`events.requestStatuses.${status}` as 'events.requestStatuses.pending'),
      ),
    },
    {
      key: 'outcomes',
      rows: rows(counts?.outcomes, (outcome) =>
        t(`events.outcome.values.${outcome}` as 'events.outcome.values.held'),
      ),
    },
  ] as const;
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="event-dashboard">
      <Space size="large" wrap>
        {COUNTS.map((key) => (
          <Statistic key={key} title={t(`events.counts.${key}`)} value={counts?.[key] ?? 0} />
        ))}
        {Object.keys(counts?.checkedInByDay ?? {}).length > 1 &&
          Object.entries(counts!.checkedInByDay)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([day, n]) => (
              <Statistic key={day} title={t('events.counts.checkedInOn', { day })} value={n} />
            ))}
        <Statistic
          title={t('events.counts.acceptanceRate')}
          value={counts?.acceptanceRate == null ? '—' : Math.round(counts.acceptanceRate * 100)}
          suffix={counts?.acceptanceRate == null ? undefined : '%'}
        />
      </Space>
      <Row gutter={[16, 16]}>
        {charts.map((chart) => (
          <Col key={chart.key} xs={24} md={12}>
            <Card size="small" title={t(`events.charts.${chart.key}`)}>
              <PieChart rows={chart.rows} />
            </Card>
          </Col>
        ))}
      </Row>
    </Space>
  );
}
