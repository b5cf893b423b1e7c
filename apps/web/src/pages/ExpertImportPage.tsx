import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Progress, Result, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { expertsApi } from '../api/catalogue';
import type { ExpertImport, ImportRowError } from '../api/catalogue-types';
import { useAuth } from '../auth/auth-context';
import { catalogueKinds } from '../catalogue/kinds';
import { canCreate } from '../catalogue/permissions';
import { FormError } from '../components/FormError';
import { LinkButton } from '../components/LinkButton';
import { PageHeader } from '../components/PageHeader';
import { SheetDropzone } from '../components/SheetDropzone';
import { errorMessage } from '../lib/errors';
import { saveFile } from '../lib/save-file';

const POLL_MS = 800;
const TEMPLATE_NAME = 'experts-import-template.xlsx';

/** The expert form's label of each import column, so a row error names the field as the form does. */
const FIELD_LABEL_KEYS = {
  name: 'catalogue.expert.titleLabel',
  title: 'expert.title',
  affiliation: 'expert.affiliation',
  fields: 'posting.fields',
  keywords: 'posting.keywords',
  regionCode: 'posting.region',
  regionCodesServed: 'expert.regionsServed',
  serviceModes: 'expert.serviceModes',
  availability: 'expert.availability',
  isCommissioner: 'expert.commissioner',
  bio: 'expert.bio',
  email: 'posting.contactEmail',
  phone: 'posting.contactPhone',
  visibility: 'posting.visibility',
} as const;

const isImportColumn = (field: string): field is keyof typeof FIELD_LABEL_KEYS =>
  Object.hasOwn(FIELD_LABEL_KEYS, field);

const finished = (job: ExpertImport | null) => job?.status === 'completed' || job?.status === 'failed';

/** 批量导入专家: template, upload, a progress bar while the worker runs, then the outcome or the row errors. */
export default function ExpertImportPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { currentMembership } = useAuth();
  const [file, setFile] = useState<File | null>(null);
  const [downloading, setDownloading] = useState(false);
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [job, setJob] = useState<ExpertImport | null>(null);
  const jobId = job?.id ?? null;
  const polling = jobId !== null && !finished(job);

  useEffect(() => {
    if (!polling || !jobId) return;
    let active = true;
    const timer = setInterval(() => {
      expertsApi.getImport(jobId).then(
        (next) => {
          if (active) setJob(next);
        },
        (cause: unknown) => {
          if (active) setError(errorMessage(cause, t));
        },
      );
    }, POLL_MS);
    return () => {
      active = false;
      clearInterval(timer);
    };
  }, [polling, jobId, t]);

  if (!canCreate(catalogueKinds.expert, currentMembership)) {
    return <Result status="403" title={t('admin.forbiddenTitle')} subTitle={t('expertImport.noSociety')} />;
  }

  const download = async () => {
    setDownloading(true);
    try {
      saveFile(await expertsApi.importTemplate(), TEMPLATE_NAME);
    } catch (cause) {
      void message.error(errorMessage(cause, t));
    } finally {
      setDownloading(false);
    }
  };

  const start = async () => {
    if (!file) return;
    setStarting(true);
    setError(null);
    try {
      // The 202 answers the queued job itself, which the page then polls.
      setJob(await expertsApi.startImport(file));
    } catch (cause) {
      setError(errorMessage(cause, t));
    } finally {
      setStarting(false);
    }
  };

  const reset = () => {
    setJob(null);
    setFile(null);
    setError(null);
  };

  const percent =
    job?.status === 'completed'
      ? 100
      : job?.totalRows
        ? Math.floor(((job.processedRows ?? 0) / job.totalRows) * 100)
        : 0;

  return (
    <>
      <PageHeader title={t('expertImport.title')} subtitle={t('expertImport.subtitle')} />
      <Flex vertical gap={16} style={{ maxWidth: 860 }}>
        <FormError message={error} />
        <Card title={`1. ${t('expertImport.step1')}`}>
          <Button
            icon={<DownloadOutlined />}
            loading={downloading}
            onClick={() => void download()}
            data-testid="import-template"
          >
            {t('expertImport.download')}
          </Button>
        </Card>
        <Card title={`2. ${t('expertImport.step2')}`}>
          {job ? (
            <ImportProgress job={job} percent={percent} onAgain={reset} />
          ) : (
            <Flex vertical gap={16}>
              <SheetDropzone
                file={file}
                onChange={setFile}
                text={t('expertImport.upload')}
                hint={t('expertImport.uploadHint')}
              />
              <Button
                type="primary"
                icon={<UploadOutlined />}
                disabled={!file}
                loading={starting}
                onClick={() => void start()}
                data-testid="import-start"
              >
                {t('expertImport.start')}
              </Button>
            </Flex>
          )}
        </Card>
      </Flex>
    </>
  );
}

function ImportProgress({
  job,
  percent,
  onAgain,
}: {
  job: ExpertImport;
  percent: number;
  onAgain: () => void;
}) {
  const { t } = useTranslation();
  const columns = [
    { title: t('expertImport.row'), dataIndex: 'row', width: 80 },
    {
      title: t('expertImport.field'),
      dataIndex: 'field',
      width: 160,
      render: (field: string) => (isImportColumn(field) ? t(FIELD_LABEL_KEYS[field]) : field),
    },
    { title: t('expertImport.message'), dataIndex: 'message' },
  ];
  return (
    <Flex vertical gap={16} data-testid="import-progress">
      <Space>
        <Tag
          color={job.status === 'failed' ? 'red' : job.status === 'completed' ? 'green' : 'blue'}
          data-testid="import-status"
        >
          {t(`expertImport.statuses.${job.status}`)}
        </Tag>
        {job.totalRows ? (
          <Typography.Text type="secondary">
            {t('expertImport.progress', { processed: job.processedRows ?? 0, total: job.totalRows })}
          </Typography.Text>
        ) : null}
      </Space>
      <Progress
        percent={percent}
        status={job.status === 'failed' ? 'exception' : job.status === 'completed' ? 'success' : 'active'}
      />
      {job.status === 'completed' ? (
        <Alert
          type="success"
          showIcon
          title={t('expertImport.completed', { count: job.importedCount ?? 0 })}
          data-testid="import-completed"
        />
      ) : null}
      {job.status === 'failed' ? (
        <>
          <Alert
            type="error"
            showIcon
            title={t('expertImport.failed', { count: job.errors.length })}
            data-testid="import-failed"
          />
          <div data-testid="import-errors">
            <Table<ImportRowError>
              rowKey={(row) => `${row.row}:${row.field}:${row.code}`}
              columns={columns}
              dataSource={job.errors}
              pagination={job.errors.length > 20 ? { pageSize: 20 } : false}
              size="small"
            />
          </div>
        </>
      ) : null}
      {job.status === 'completed' || job.status === 'failed' ? (
        <Space>
          <Button onClick={onAgain} data-testid="import-again">
            {t('expertImport.again')}
          </Button>
          <LinkButton type="primary" to="/my/experts">
            {t('expertImport.viewMine')}
          </LinkButton>
        </Space>
      ) : null}
    </Flex>
  );
}
