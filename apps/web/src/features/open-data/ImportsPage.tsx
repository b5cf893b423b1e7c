import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  Radio,
  Result,
  Space,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { canManageMembers, useAuth } from '../../auth/auth-context';
import { FormError } from '../../components/FormError';
import { PageHeader } from '../../components/PageHeader';
import { SheetDropzone } from '../../components/SheetDropzone';
import { errorMessage } from '../../lib/errors';
import { saveFile } from '../../lib/save-file';
import { openDataApi, type ImportKind, type ImportRow, type PostingImport } from './api';

const OUTCOME_COLORS: Record<ImportRow['outcome'], string> = {
  created: 'green',
  duplicate: 'gold',
  error: 'red',
};
const DETAIL_PATHS: Record<ImportKind, string> = { demand: '/demands', achievement: '/achievements' };

/** 数据导入: a demand or achievement list from Excel into drafts, with the outcome of every row. */
export default function ImportsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { currentMembership } = useAuth();
  const [kind, setKind] = useState<ImportKind>('demand');
  const [file, setFile] = useState<File | null>(null);
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<PostingImport | null>(null);

  if (!currentMembership || !canManageMembers(currentMembership))
    return <Result status="info" title={t('postingImports.adminOnly')} />;

  const download = async () => {
    try {
      saveFile(await openDataApi.importTemplate(kind), `${kind}s-import-template.xlsx`);
    } catch (cause) {
      void message.error(errorMessage(cause, t));
    }
  };

  const upload = async () => {
    if (!file) return;
    setUploading(true);
    setError(null);
    try {
      setReport(await openDataApi.importSheet(kind, file));
      setFile(null);
    } catch (cause) {
      setError(errorMessage(cause, t));
    } finally {
      setUploading(false);
    }
  };

  return (
    <>
      <PageHeader title={t('postingImports.title')} subtitle={t('postingImports.subtitle')} />
      <Flex vertical gap={16} style={{ maxWidth: 960 }}>
        <Card title={`1. ${t('postingImports.step1')}`}>
          <Space wrap>
            <Radio.Group
              value={kind}
              onChange={(event) => {
                setKind(event.target.value as ImportKind);
                setReport(null);
              }}
              optionType="button"
              options={[
                { value: 'demand', label: t('postingImports.kinds.demand') },
                { value: 'achievement', label: t('postingImports.kinds.achievement') },
              ]}
              data-testid="import-kind"
            />
            <Button icon={<DownloadOutlined />} onClick={() => void download()} data-testid="import-template">
              {t('postingImports.download')}
            </Button>
          </Space>
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {t('postingImports.templateHelp')}
          </Typography.Paragraph>
        </Card>
        <Card title={`2. ${t('postingImports.step2')}`}>
          <Flex vertical gap={16}>
            <FormError message={error} />
            <SheetDropzone
              file={file}
              onChange={setFile}
              text={t('postingImports.upload')}
              hint={t('postingImports.uploadHint')}
            />
            <Button
              type="primary"
              icon={<UploadOutlined />}
              disabled={!file}
              loading={uploading}
              onClick={() => void upload()}
              data-testid="import-start"
            >
              {t('postingImports.start')}
            </Button>
          </Flex>
        </Card>
        {report ? <ImportReport report={report} /> : null}
      </Flex>
    </>
  );
}

function ImportReport({ report }: { report: PostingImport }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<ImportRow> = [
    { title: t('postingImports.row'), dataIndex: 'row', width: 80 },
    {
      title: t('postingImports.outcome'),
      dataIndex: 'outcome',
      width: 110,
      render: (outcome: ImportRow['outcome']) => (
        <Tag color={OUTCOME_COLORS[outcome]}>{t(`postingImports.outcomes.${outcome}`)}</Tag>
      ),
    },
    {
      title: t('postingImports.details'),
      key: 'details',
      render: (_: unknown, row) => {
        if (row.outcome === 'created' && row.id)
          return <Link to={`${DETAIL_PATHS[report.kind]}/${row.id}`}>{t('postingImports.openDraft')}</Link>;
        if (row.outcome === 'duplicate' && row.duplicateOf)
          return (
            <span>
              {t('postingImports.duplicateOf')}{' '}
              <Link to={`${DETAIL_PATHS[report.kind]}/${row.duplicateOf.id}`}>{row.duplicateOf.title}</Link>
            </span>
          );
        return (
          <Flex vertical>
            {(row.errors ?? []).map((problem) => (
              <Typography.Text key={`${problem.field}:${problem.code}`} type="danger">
                {problem.message}
              </Typography.Text>
            ))}
          </Flex>
        );
      },
    },
  ];
  return (
    <Card title={t('postingImports.report')} data-testid="import-report">
      <Alert
        type={report.errorCount > 0 ? 'warning' : 'success'}
        showIcon
        style={{ marginBottom: 16 }}
        title={t('postingImports.summary', {
          total: report.totalRows,
          created: report.createdCount,
          duplicates: report.duplicateCount,
          errors: report.errorCount,
        })}
      />
      <Table<ImportRow>
        rowKey="row"
        columns={columns}
        dataSource={report.rows}
        pagination={report.rows.length > 20 ? { pageSize: 20 } : false}
        size="small"
      />
    </Card>
  );
}
