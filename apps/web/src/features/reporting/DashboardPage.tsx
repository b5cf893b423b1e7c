import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Row, Skeleton, Space, Statistic, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import ReactECharts from 'echarts-for-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/auth-context';
import { FormError } from '../../components/FormError';
import { PageHeader } from '../../components/PageHeader';
import { errorMessage } from '../../lib/errors';
import { formatAmountWan } from '../../lib/format';
import { saveFile } from '../../lib/save-file';
import { BreakdownCharts, DeclineReasonChart } from './BreakdownCharts';
import { DashboardFilters, type DashboardFilter } from './DashboardFilters';
import { useAsync } from '../../lib/use-async';
import {
  reportingApi,
  type ExportFormat,
  type Figure,
  type FigureName,
  type Overview,
  type PeriodQuery,
} from './api';

const DAY = 'YYYY-MM-DD';

/** Figures whose value is a median of hours, shown as such (their count is the demands measured). */
/** How soon the overview is asked again while its medians and distinct counts are still being counted. */
const PENDING_RECHECK_MS = 3_000;

const MEDIANS: readonly FigureName[] = ['time-to-first-match', 'time-to-first-contact'];
/** Figures left out of the monthly chart: amounts and medians have their own scale. */
const OFF_CHART: readonly FigureName[] = ['contract-value', 'financing-raised', ...MEDIANS];

/** The monthly series of every figure but the amounts and medians, which have their own scale. */
function chartOption(overview: Overview, name: (figure: FigureName) => string) {
  const series = overview.figures
    .filter((figure) => !OFF_CHART.includes(figure.figure))
    .map((figure) => ({
      name: name(figure.figure),
      type: 'bar' as const,
      data: overview.monthly[figure.figure] ?? [],
    }));
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 20, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: overview.months },
    yAxis: { type: 'value', minInterval: 1 },
    series,
  };
}

/**
 * 数据看板: the acting organization's (or the platform's) figures for a period, default this year, with a
 * monthly chart; a figure's card opens the records behind it; the 信息报送 report downloads as Excel or PDF.
 */
export default function DashboardPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { currentMembership } = useAuth();
  const [filter, setFilter] = useState<DashboardFilter>({
    period: [dayjs().startOf('year'), dayjs()],
    region: [],
  });
  const [figure, setFigure] = useState<FigureName | null>(null);
  const [exporting, setExporting] = useState<ExportFormat | null>(null);
  const query: PeriodQuery = {
    from: filter.period[0].format(DAY),
    to: filter.period[1].format(DAY),
    regionCode: filter.region.at(-1),
    industryCode: filter.industryCode,
    techField: filter.techField,
    organizationId: filter.organizationId,
  };
  const key = `${currentMembership?.organizationId}:${JSON.stringify(query)}`;
  const overview = useAsync(() => reportingApi.overview(query), `overview:${key}`);
  // The worker counts a write into the medians and distinct counts within seconds: asked again until it
  // has, so the hint goes and the figures catch up without the viewer reloading.
  const { data: shown, reload } = overview;
  useEffect(() => {
    if (!shown?.measuresPending) return;
    const timer = setTimeout(reload, PENDING_RECHECK_MS);
    return () => clearTimeout(timer);
  }, [shown, reload]);
  const records = useAsync(
    () => reportingApi.records(figure!, query),
    figure ? `records:${figure}:${key}` : null,
  );
  const figureName = (name: FigureName) => t(`reporting.figures.${name}`);

  const download = async (format: ExportFormat) => {
    setExporting(format);
    try {
      saveFile(await reportingApi.export(query, format), `report-${query.from}-${query.to}.${format}`);
    } catch (error) {
      message.error(errorMessage(error, t));
    } finally {
      setExporting(null);
    }
  };

  const amountText = (item: Figure) =>
    MEDIANS.includes(item.figure)
      ? t('reporting.measured', { count: item.count })
      : item.amount === null
        ? null
        : item.figure === 'ratings'
          ? t('reporting.score', { amount: item.amount })
          : t('reporting.amount', { amount: formatAmountWan(item.amount) });

  return (
    <>
      <PageHeader title={t('reporting.title')} subtitle={t('reporting.subtitle')} />
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Space wrap>
          <DashboardFilters value={filter} onChange={setFilter} />
          <Button icon={<DownloadOutlined />} loading={exporting === 'xlsx'} onClick={() => download('xlsx')}>
            {t('reporting.exportXlsx')}
          </Button>
          <Button icon={<DownloadOutlined />} loading={exporting === 'pdf'} onClick={() => download('pdf')}>
            {t('reporting.exportPdf')}
          </Button>
        </Space>
        {overview.error ? <FormError message={errorMessage(overview.error, t)} /> : null}
        {!overview.data ? (
          overview.loading ? (
            <Skeleton active />
          ) : null
        ) : (
          <>
            <Row gutter={[16, 16]}>
              {overview.data.figures.map((item) => (
                <Col key={item.figure} xs={12} md={8} lg={6}>
                  <Card
                    hoverable
                    data-figure={item.figure}
                    onClick={() => setFigure(item.figure)}
                    style={item.figure === figure ? { borderColor: '#1677ff' } : undefined}
                  >
                    {MEDIANS.includes(item.figure) ? (
                      <Statistic
                        title={figureName(item.figure)}
                        value={item.amount ?? '—'}
                        suffix={t('reporting.hours')}
                      />
                    ) : (
                      <Statistic title={figureName(item.figure)} value={item.count} />
                    )}
                    <Typography.Text type="secondary">{amountText(item)}</Typography.Text>
                  </Card>
                </Col>
              ))}
            </Row>
            {overview.data.measuresPending ? (
              <Typography.Text type="secondary" data-testid="measures-pending">
                {t('reporting.measuresPending')}
              </Typography.Text>
            ) : null}
            <Card title={t('reporting.monthly')}>
              <ReactECharts
                option={chartOption(overview.data, figureName)}
                style={{ height: 320 }}
                notMerge
              />
            </Card>
            <BreakdownCharts breakdowns={overview.data.breakdowns} />
            <DeclineReasonChart
              reasons={overview.data.declineReasons}
              onOpen={() => setFigure('matches-declined')}
            />
          </>
        )}
        {figure ? (
          <Card
            title={t('reporting.records', { figure: figureName(figure), total: records.data?.total ?? 0 })}
          >
            {records.error ? <FormError message={errorMessage(records.error, t)} /> : null}
            <Table
              rowKey="id"
              size="small"
              loading={records.loading}
              dataSource={records.data?.records ?? []}
              pagination={{ pageSize: 20 }}
              columns={[
                { title: t('reporting.day'), dataIndex: 'day', width: 120 },
                {
                  title: t('reporting.label'),
                  dataIndex: 'label',
                  // A declined match's label is its reason code.
                  render: (label: string | null) =>
                    figure === 'matches-declined' && label
                      ? t(`matches.reasons.${label}` as 'matches.reasons.other')
                      : label,
                },
                { title: t('reporting.regionCode'), dataIndex: 'regionCode', width: 100 },
                { title: t('reporting.value'), dataIndex: 'amount', width: 120 },
              ]}
            />
          </Card>
        ) : null}
      </Space>
    </>
  );
}
