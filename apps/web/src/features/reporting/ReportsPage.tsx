import { PlusOutlined } from '@ant-design/icons';
import { Button, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/auth-context';
import { FormError } from '../../components/FormError';
import { PageHeader } from '../../components/PageHeader';
import { errorMessage } from '../../lib/errors';
import { useAsync } from '../../lib/use-async';
import { reportingApi } from './api';
import { NewReportModal } from './NewReportModal';
import { ReportDrawer, STATUS_COLORS } from './ReportDrawer';

/** 信息报送: the acting organization's period reports and those submitted to it; one opens in a drawer. */
export default function ReportsPage() {
  const { t } = useTranslation();
  const { currentMembership } = useAuth();
  const reports = useAsync(() => reportingApi.reports(), `reports:${currentMembership?.organizationId}`);
  const [creating, setCreating] = useState(false);
  const [open, setOpen] = useState<string | null>(null);

  return (
    <>
      <PageHeader
        title={t('reporting.reports.title')}
        subtitle={t('reporting.reports.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('reporting.reports.new')}
          </Button>
        }
      />
      {reports.error ? <FormError message={errorMessage(reports.error, t)} /> : null}
      <Table
        rowKey="id"
        loading={reports.loading}
        dataSource={reports.data ?? []}
        onRow={(report) => ({ onClick: () => setOpen(report.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('reporting.reports.number'), dataIndex: 'number', width: 170 },
          { title: t('reporting.reports.titleColumn'), dataIndex: 'title' },
          { title: t('reporting.reports.reporter'), dataIndex: 'organizationName' },
          { title: t('reporting.reports.recipient'), dataIndex: 'recipientName' },
          {
            title: t('reporting.reports.status'),
            dataIndex: 'status',
            width: 100,
            render: (status: keyof typeof STATUS_COLORS) => (
              <Tag color={STATUS_COLORS[status]}>{t(`reporting.reports.statuses.${status}`)}</Tag>
            ),
          },
        ]}
      />
      {creating ? (
        <NewReportModal
          onClose={() => setCreating(false)}
          onDone={(report) => {
            setCreating(false);
            reports.reload();
            setOpen(report.id);
          }}
        />
      ) : null}
      {open ? <ReportDrawer id={open} onChanged={reports.reload} onClose={() => setOpen(null)} /> : null}
    </>
  );
}
