import {
  ApiOutlined,
  DeleteOutlined,
  EditOutlined,
  KeyOutlined,
  PlusOutlined,
  SendOutlined,
} from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  Modal,
  Popconfirm,
  Result,
  Space,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { webhooksApi, type Webhook, type WebhookInput, type WebhookWithSecret } from '../api/webhooks';
import { canManageMembers, useAuth } from '../auth/auth-context';
import { AsyncTable } from '../components/AsyncTable';
import { PageHeader } from '../components/PageHeader';
import { WebhookDeliveryLog } from '../components/WebhookDeliveryLog';
import { WebhookFormModal } from '../components/WebhookFormModal';
import { useAsync } from '../lib/use-async';
import { useRowAction } from '../lib/use-row-action';

/** The acting organization's webhooks, for its owners and admins: settings, tests and the delivery log. */
export default function WebhooksPage() {
  const { t } = useTranslation();
  const { currentMembership } = useAuth();
  const { message } = App.useApp();
  const orgId = currentMembership?.organizationId ?? null;
  const canManage = canManageMembers(currentMembership);
  const webhooks = useAsync(() => webhooksApi.list(), canManage ? orgId : null);
  const [editing, setEditing] = useState<Webhook | 'new' | null>(null);
  const [secret, setSecret] = useState<WebhookWithSecret | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const { busy, run } = useRowAction();
  const [logVersion, setLogVersion] = useState(0);

  if (!currentMembership || !canManage) {
    return <Result status="info" title={t('webhooks.adminOnly')} />;
  }

  const save = async (input: WebhookInput) => {
    if (editing === 'new') {
      const created = await webhooksApi.create(input);
      void message.success(t('webhooks.created'));
      setSecret(created);
      setSelected(created.id);
    } else if (editing) {
      await webhooksApi.update(editing.id, input);
      void message.success(t('webhooks.saved'));
    }
    setEditing(null);
    webhooks.reload();
  };

  const test = (webhook: Webhook) =>
    run(webhook.id, async () => {
      await webhooksApi.test(webhook.id);
      void message.success(t('webhooks.testSent'));
      setSelected(webhook.id);
      setLogVersion((v) => v + 1);
    });

  const rotate = (webhook: Webhook) =>
    run(webhook.id, async () => setSecret(await webhooksApi.rotateSecret(webhook.id)));

  const remove = (webhook: Webhook) =>
    run(webhook.id, async () => {
      await webhooksApi.remove(webhook.id);
      void message.success(t('webhooks.deleted'));
      if (selected === webhook.id) setSelected(null);
      webhooks.reload();
    });

  const columns: TableColumnsType<Webhook> = [
    {
      title: t('webhooks.url'),
      dataIndex: 'url',
      render: (url: string) => <Typography.Text style={{ wordBreak: 'break-all' }}>{url}</Typography.Text>,
    },
    {
      title: t('webhooks.format'),
      dataIndex: 'format',
      render: (f: Webhook['format']) => t(`webhooks.formats.${f}`),
    },
    {
      title: t('webhooks.events'),
      dataIndex: 'events',
      render: (events: Webhook['events']) =>
        events.map((e) => <Tag key={e}>{t(`webhooks.eventKinds.${e}`)}</Tag>),
    },
    {
      title: t('webhooks.active'),
      dataIndex: 'active',
      render: (active: boolean) =>
        active ? <Tag color="green">{t('webhooks.activeOn')}</Tag> : <Tag>{t('webhooks.activeOff')}</Tag>,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_: unknown, webhook) => (
        <Space size={0} wrap>
          <Button
            type="link"
            size="small"
            icon={<SendOutlined />}
            loading={busy === webhook.id}
            onClick={() => void test(webhook)}
          >
            {t('webhooks.test')}
          </Button>
          <Button type="link" size="small" onClick={() => setSelected(webhook.id)}>
            {t('webhooks.deliveries')}
          </Button>
          <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing(webhook)}>
            {t('webhooks.edit')}
          </Button>
          <Popconfirm
            title={t('webhooks.rotateConfirm')}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            onConfirm={() => rotate(webhook)}
          >
            <Button type="link" size="small" icon={<KeyOutlined />}>
              {t('webhooks.rotate')}
            </Button>
          </Popconfirm>
          <Popconfirm
            title={t('webhooks.deleteConfirm')}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => remove(webhook)}
          >
            <Button type="link" size="small" danger icon={<DeleteOutlined />}>
              {t('common.delete')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  const shown = webhooks.data?.find((w) => w.id === selected) ?? null;

  return (
    <>
      <PageHeader
        title={t('webhooks.title')}
        subtitle={t('webhooks.subtitle', { name: currentMembership.organization.name })}
      />
      <Flex vertical gap={24}>
        <Card
          title={
            <Space>
              <ApiOutlined />
              {t('webhooks.listTitle')}
            </Space>
          }
          extra={
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('webhooks.add')}
            </Button>
          }
        >
          <AsyncTable<Webhook>
            state={webhooks}
            testId="webhooks-table"
            rowKey="id"
            columns={columns}
            locale={{ emptyText: t('webhooks.empty') }}
          />
        </Card>
        {shown ? (
          <WebhookDeliveryLog key={`${shown.id}-${logVersion}`} webhook={shown} />
        ) : (
          <Alert type="info" showIcon title={t('webhooks.pickHint')} />
        )}
      </Flex>
      <WebhookFormModal
        open={editing !== null}
        webhook={editing === 'new' ? null : editing}
        onSubmit={save}
        onClose={() => setEditing(null)}
      />
      <Modal
        open={secret !== null}
        title={t('webhooks.secretTitle')}
        onOk={() => setSecret(null)}
        onCancel={() => setSecret(null)}
        okText={t('common.confirm')}
        cancelButtonProps={{ style: { display: 'none' } }}
      >
        <Alert type="warning" showIcon title={t('webhooks.secretOnce')} style={{ marginBottom: 16 }} />
        <Typography.Paragraph code copyable data-testid="webhook-secret">
          {secret?.secret}
        </Typography.Paragraph>
      </Modal>
    </>
  );
}
