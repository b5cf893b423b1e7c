import { DeleteOutlined, KeyOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Result,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canManageMembers, useAuth } from '../../auth/auth-context';
import { AsyncTable } from '../../components/AsyncTable';
import { FormError } from '../../components/FormError';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../lib/format';
import { useAsync } from '../../lib/use-async';
import { useFormSubmit } from '../../lib/use-form-submit';
import { useRowAction } from '../../lib/use-row-action';
import { openDataApi, type ApiKey, type CreatedApiKey } from './api';

interface KeyForm {
  name: string;
  rateLimitPerMinute?: number;
}

/** 接口密钥: the acting organization's API keys for integrators, for its owners and admins. */
export default function ApiKeysPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { currentMembership } = useAuth();
  const canManage = canManageMembers(currentMembership);
  const keys = useAsync(
    () => openDataApi.keys(),
    canManage ? (currentMembership?.organizationId ?? null) : null,
  );
  const [form] = Form.useForm<KeyForm>();
  const creating = useFormSubmit(form);
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const revoking = useRowAction();

  if (!currentMembership || !canManage) return <Result status="info" title={t('apiKeys.adminOnly')} />;

  const create = (values: KeyForm) =>
    creating.submit(async () => {
      setCreated(await openDataApi.createKey(values));
      form.resetFields();
      keys.reload();
    });

  const revoke = (key: ApiKey) =>
    revoking.run(key.id, async () => {
      await openDataApi.revokeKey(key.id);
      void message.success(t('apiKeys.revoked'));
      if (created?.id === key.id) setCreated(null);
      keys.reload();
    });

  const columns: TableColumnsType<ApiKey> = [
    { title: t('apiKeys.name'), dataIndex: 'name' },
    { title: t('apiKeys.prefix'), dataIndex: 'prefix', render: (prefix: string) => <code>{prefix}…</code> },
    { title: t('apiKeys.rateLimit'), dataIndex: 'rateLimitPerMinute' },
    { title: t('apiKeys.createdAt'), dataIndex: 'createdAt', render: (at: string) => formatDateTime(at) },
    {
      title: t('apiKeys.lastUsedAt'),
      dataIndex: 'lastUsedAt',
      render: (at: string | null) => formatDateTime(at, t('apiKeys.neverUsed')),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_: unknown, key) => (
        <Popconfirm
          title={t('apiKeys.revokeConfirm')}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          onConfirm={() => revoke(key)}
        >
          <Button
            type="link"
            size="small"
            danger
            icon={<DeleteOutlined />}
            loading={revoking.busy === key.id}
          >
            {t('apiKeys.revoke')}
          </Button>
        </Popconfirm>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('apiKeys.title')} subtitle={t('apiKeys.subtitle')} />
      <Flex vertical gap={16}>
        <Card title={t('apiKeys.create')}>
          <FormError message={creating.error} />
          <Form
            form={form}
            layout="inline"
            onFinish={(values) => void create(values)}
            data-testid="api-key-form"
          >
            <Form.Item
              name="name"
              label={t('apiKeys.name')}
              rules={[{ required: true, whitespace: true, message: t('apiKeys.nameRequired') }]}
            >
              <Input maxLength={100} placeholder={t('apiKeys.namePlaceholder')} style={{ width: 240 }} />
            </Form.Item>
            <Form.Item
              name="rateLimitPerMinute"
              label={t('apiKeys.rateLimit')}
              tooltip={t('apiKeys.rateLimitHelp')}
            >
              <InputNumber min={1} max={10_000} precision={0} />
            </Form.Item>
            <Form.Item>
              <Button type="primary" htmlType="submit" icon={<KeyOutlined />} loading={creating.busy}>
                {t('apiKeys.createButton')}
              </Button>
            </Form.Item>
          </Form>
          {created ? (
            <Alert
              style={{ marginTop: 16 }}
              type="warning"
              showIcon
              closable
              onClose={() => setCreated(null)}
              title={t('apiKeys.shownOnce', { name: created.name })}
              description={
                <Typography.Paragraph copyable={{ text: created.key }} style={{ marginBottom: 0 }}>
                  <code data-testid="api-key-secret">{created.key}</code>
                </Typography.Paragraph>
              }
              data-testid="api-key-created"
            />
          ) : null}
        </Card>
        <Card title={t('apiKeys.list')}>
          <AsyncTable<ApiKey> state={keys} testId="api-keys" rowKey="id" columns={columns} size="small" />
        </Card>
      </Flex>
    </>
  );
}
