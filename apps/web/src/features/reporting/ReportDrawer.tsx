import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Drawer, Input, Modal, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/FormError';
import { errorMessage } from '../../lib/errors';
import { formatDateTime, formatDay } from '../../lib/format';
import { saveFile } from '../../lib/save-file';
import { useAsync } from '../../lib/use-async';
import { reportingApi, type ExportFormat, type PeriodReport } from './api';
import { BreakdownCharts } from './BreakdownCharts';

export const STATUS_COLORS = {
  draft: 'default',
  submitted: 'processing',
  returned: 'warning',
  accepted: 'success',
};

/**
 * One 信息报送 report: its figures as sent beside today's, breakdowns and typical cases; the reporter
 * submits it, the recipient returns it with a comment or accepts it; both download it as Excel or PDF.
 */
export function ReportDrawer({
  id,
  onChanged,
  onClose,
}: {
  id: string;
  onChanged: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const loaded = useAsync(() => reportingApi.report(id), `report:${id}`);
  const [changed, setChanged] = useState<PeriodReport | null>(null);
  const [reviewing, setReviewing] = useState<'return' | 'accept' | null>(null);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const report = changed ?? loaded.data;

  const act = async (call: () => Promise<PeriodReport>) => {
    setBusy(true);
    try {
      setChanged(await call());
      setReviewing(null);
      onChanged();
    } catch (error) {
      message.error(errorMessage(error, t));
    } finally {
      setBusy(false);
    }
  };
  const download = async (format: ExportFormat) => {
    try {
      saveFile(await reportingApi.exportReport(id, format), `${report!.number}.${format}`);
    } catch (error) {
      message.error(errorMessage(error, t));
    }
  };

  return (
    <Drawer open width={880} title={report?.title} onClose={onClose} loading={!report && loaded.loading}>
      {loaded.error ? <FormError message={errorMessage(loaded.error, t)} /> : null}
      {report ? (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label={t('reporting.reports.number')}>{report.number}</Descriptions.Item>
            <Descriptions.Item label={t('reporting.reports.status')}>
              <Tag color={STATUS_COLORS[report.status]}>
                {t(`reporting.reports.statuses.${report.status}`)}
              </Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('reporting.reports.reporter')}>
              {report.organizationName}
            </Descriptions.Item>
            <Descriptions.Item label={t('reporting.reports.recipient')}>
              {report.recipientName}
            </Descriptions.Item>
            <Descriptions.Item label={t('reporting.period')}>
              {`${formatDay(report.from)} ~ ${formatDay(report.to)}`}
            </Descriptions.Item>
            <Descriptions.Item label={t('reporting.reports.readAt')}>
              {formatDateTime(report.readAt)}
            </Descriptions.Item>
            <Descriptions.Item label={t('reporting.reports.note')} span={2}>
              {report.note || '—'}
            </Descriptions.Item>
          </Descriptions>
          {report.reviewComment ? (
            <Alert
              type={report.status === 'returned' ? 'warning' : 'success'}
              message={t('reporting.reports.reviewComment')}
              description={report.reviewComment}
            />
          ) : null}
          {report.changedSinceSubmission ? (
            <Alert type="info" message={t('reporting.reports.changed')} />
          ) : null}
          <Space wrap>
            {report.canSubmit ? (
              <Button type="primary" loading={busy} onClick={() => act(() => reportingApi.submitReport(id))}>
                {t('reporting.reports.submit')}
              </Button>
            ) : null}
            {report.canReview ? (
              <>
                <Button onClick={() => setReviewing('return')}>{t('reporting.reports.return')}</Button>
                <Button type="primary" onClick={() => setReviewing('accept')}>
                  {t('reporting.reports.accept')}
                </Button>
              </>
            ) : null}
            <Button icon={<DownloadOutlined />} onClick={() => download('xlsx')}>
              {t('reporting.exportXlsx')}
            </Button>
            <Button icon={<DownloadOutlined />} onClick={() => download('pdf')}>
              {t('reporting.exportPdf')}
            </Button>
          </Space>
          <Table
            rowKey="figure"
            size="small"
            pagination={false}
            dataSource={report.figures}
            columns={[
              { title: t('reporting.reports.figure'), render: (_, f) => t(`reporting.figures.${f.figure}`) },
              {
                title: t('reporting.reports.sent'),
                render: (_, f) => `${f.count}${f.amount === null ? '' : `（${f.amount}）`}`,
              },
              {
                title: t('reporting.reports.current'),
                render: (_, f) =>
                  `${f.currentCount}${f.currentAmount === null ? '' : `（${f.currentAmount}）`}`,
              },
            ]}
          />
          <BreakdownCharts breakdowns={report.breakdowns} />
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            title={() => t('reporting.reports.cases')}
            dataSource={report.cases}
            columns={[
              { title: t('reporting.day'), dataIndex: 'day', width: 120 },
              { title: t('reporting.label'), dataIndex: 'label' },
              { title: t('reporting.value'), dataIndex: 'amountWan', width: 120 },
            ]}
          />
        </Space>
      ) : null}
      <Modal
        open={reviewing !== null}
        title={t(reviewing === 'return' ? 'reporting.reports.return' : 'reporting.reports.accept')}
        okButtonProps={{ loading: busy, disabled: reviewing === 'return' && !comment.trim() }}
        onOk={() =>
          act(() =>
            reviewing === 'return'
              ? reportingApi.returnReport(id, comment.trim())
              : reportingApi.acceptReport(id, comment.trim() || undefined),
          )
        }
        onCancel={() => setReviewing(null)}
        destroyOnHidden
      >
        <Input.TextArea
          aria-label={t('reporting.reports.reviewComment')}
          rows={4}
          maxLength={2000}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
        />
      </Modal>
    </Drawer>
  );
}
