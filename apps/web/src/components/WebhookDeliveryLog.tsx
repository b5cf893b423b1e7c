import { ReloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { webhooksApi, type Webhook, type WebhookDelivery, type WebhookDeliveryStatus } from '../api/webhooks';
import { errorMessage } from '../lib/errors';
import { formatDateTime } from '../lib/format';
import { useAsync } from '../lib/use-async';
import { FormError } from './FormError';

const STATUS_COLORS: Record<WebhookDeliveryStatus, string> = {
  pending: 'gold',
  delivering: 'blue',
  delivered: 'green',
  failed: 'red',
};
/** While something is still on its way, the log refreshes itself this often. */
const REFRESH_MS = 2_000;

/** One webhook's deliveries, newest first, with each attempt's outcome and a retry for failed ones. */
export function WebhookDeliveryLog({ webhook }: { webhook: Webhook }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const log = useAsync(() => webhooksApi.deliveries(webhook.id), webhook.id);
  const unsettled = (log.data?.items ?? []).some((d) => d.status === 'pending' || d.status === 'delivering');

  useEffect(() => {
    if (!unsettled) return;
    const timer = setTimeout(log.reload, REFRESH_MS);
    return () => clearTimeout(timer);
  }, [unsettled, log.data, log.reload]);

  const retry = async (delivery: WebhookDelivery) => {
    setBusy(delivery.id);
    try {
      await webhooksApi.retry(webhook.id, delivery.id);
      void message.success(t('webhooks.retried'));
      log.reload();
    } catch (cause) {
      void message.error(errorMessage(cause, t));
    } finally {
      setBusy(null);
    }
  };

  const columns: TableColumnsType<WebhookDelivery> = [
    { title: t('webhooks.time'), dataIndex: 'createdAt', render: (value: string) => formatDateTime(value) },
    {
      title: t('webhooks.event'),
      dataIndex: 'eventKind',
      render: (kind: string) => t(`webhooks.eventKinds.${kind as 'ping'}`, { defaultValue: kind }),
    },
    {
      title: t('webhooks.status'),
      dataIndex: 'status',
      render: (status: WebhookDeliveryStatus) => (
        <Tag color={STATUS_COLORS[status]} data-testid="delivery-status">
          {t(`webhooks.statuses.${status}`)}
        </Tag>
      ),
    },
    { title: t('webhooks.attempts'), dataIndex: 'attempts' },
    {
      title: t('webhooks.statusCode'),
      dataIndex: 'lastStatusCode',
      render: (code: number | null) => code ?? '—',
    },
    {
      title: t('webhooks.error'),
      dataIndex: 'lastError',
      render: (error: string | null) =>
        error ? (
          <Typography.Text type="danger" ellipsis={{ tooltip: error }} style={{ maxWidth: 280 }}>
            {error}
          </Typography.Text>
        ) : (
          '—'
        ),
    },
    {
      title: t('webhooks.nextAttempt'),
      dataIndex: 'nextAttemptAt',
      render: (value: string | null, delivery) =>
        delivery.status === 'pending' ? formatDateTime(value) : '—',
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_: unknown, delivery) =>
        delivery.status === 'failed' ? (
          <Button
            type="link"
            size="small"
            loading={busy === delivery.id}
            onClick={() => void retry(delivery)}
          >
            {t('webhooks.retry')}
          </Button>
        ) : null,
    },
  ];

  return (
    <Card
      title={t('webhooks.deliveriesOf', { url: webhook.url })}
      extra={
        <Button icon={<ReloadOutlined />} onClick={log.reload}>
          {t('common.refresh')}
        </Button>
      }
    >
      {log.error ? <FormError message={errorMessage(log.error, t)} /> : null}
      <div data-testid="webhook-deliveries">
        <Table<WebhookDelivery>
          rowKey="id"
          columns={columns}
          dataSource={log.data?.items ?? []}
          loading={log.loading && !log.data}
          pagination={false}
          locale={{ emptyText: t('webhooks.deliveriesEmpty') }}
          scroll={{ x: 'max-content' }}
          expandable={{
            rowExpandable: (delivery) => delivery.requestBody !== null,
            expandedRowRender: (delivery) => (
              <Flex vertical gap={4}>
                <Typography.Text type="secondary">{t('webhooks.body')}</Typography.Text>
                <Typography.Paragraph
                  code
                  copyable
                  style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}
                >
                  {delivery.requestBody}
                </Typography.Paragraph>
              </Flex>
            ),
          }}
        />
      </div>
    </Card>
  );
}
