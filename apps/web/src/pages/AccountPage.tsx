import { BellOutlined, KeyOutlined, LockOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Row,
  Select,
  Table,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { authApi, meApi } from '../api/endpoints';
import type { AccessToken, CreatedAccessToken } from '../api/types';
import { useAuth } from '../auth/auth-context';
import { FormError } from '../components/FormError';
import { LinkButton } from '../components/LinkButton';
import { NewPasswordFields } from '../components/NewPasswordFields';
import { PageHeader } from '../components/PageHeader';
import { applyServerErrors, errorMessage } from '../lib/errors';
import { formatDate, formatDateTime } from '../lib/format';
import { useAsync } from '../lib/use-async';
import { schemaRules } from '../api/generated/rules';

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

interface TokenValues {
  name: string;
  expiresInDays: number | 0;
}

const EXPIRY_CHOICES = [30, 90, 365];
const TOKEN_NAME_MAX = schemaRules.CreatePersonalTokenDto.name.maxLength;

function ChangePasswordCard() {
  const { t } = useTranslation();
  const { adoptToken } = useAuth();
  const { message } = App.useApp();
  const [form] = Form.useForm<PasswordValues>();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const onFinish = async (values: PasswordValues) => {
    setSubmitting(true);
    setError(null);
    try {
      const token = await authApi.changePassword({
        currentPassword: values.currentPassword,
        newPassword: values.newPassword,
      });
      adoptToken(token);
      form.resetFields();
      void message.success(t('account.passwordChanged'));
    } catch (cause) {
      setError(applyServerErrors(form, cause, t, ['currentPassword', 'newPassword']));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Card
      title={
        <Flex gap={8}>
          <LockOutlined />
          {t('account.passwordTitle')}
        </Flex>
      }
    >
      <Typography.Paragraph type="secondary">{t('account.passwordDescription')}</Typography.Paragraph>
      <FormError message={error} />
      <Form form={form} name="change-password" layout="vertical" requiredMark={false} onFinish={onFinish}>
        <Form.Item
          name="currentPassword"
          label={t('account.currentPassword')}
          rules={[{ required: true, message: t('account.currentPasswordRequired') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <NewPasswordFields
          name="newPassword"
          label={t('account.newPassword')}
          confirmLabel={t('account.confirmNewPassword')}
        />
        <Button type="primary" htmlType="submit" loading={submitting} data-testid="change-password-submit">
          {t('account.changePasswordSubmit')}
        </Button>
      </Form>
    </Card>
  );
}

function AccessTokensCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const tokens = useAsync(() => meApi.listTokens(), 'tokens');
  const [form] = Form.useForm<TokenValues>();
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<CreatedAccessToken | null>(null);
  const [revoking, setRevoking] = useState<string | null>(null);

  const onFinish = async (values: TokenValues) => {
    setCreating(true);
    setError(null);
    try {
      const token = await meApi.createToken({
        name: values.name.trim(),
        ...(values.expiresInDays ? { expiresInDays: values.expiresInDays } : {}),
      });
      setCreated(token);
      form.resetFields(['name']);
      tokens.reload();
    } catch (cause) {
      setError(applyServerErrors(form, cause, t, ['name', 'expiresInDays']));
    } finally {
      setCreating(false);
    }
  };

  const revoke = async (token: AccessToken) => {
    setRevoking(token.id);
    try {
      await meApi.revokeToken(token.id);
      void message.success(t('account.revoked'));
      tokens.reload();
    } catch (cause) {
      void message.error(errorMessage(cause, t));
    } finally {
      setRevoking(null);
    }
  };

  const columns: TableColumnsType<AccessToken> = [
    { title: t('account.tokenName'), dataIndex: 'name' },
    {
      title: t('account.tokenPrefix'),
      dataIndex: 'prefix',
      render: (prefix: string) => <Typography.Text code>{prefix}…</Typography.Text>,
    },
    { title: t('account.tokenCreatedAt'), dataIndex: 'createdAt', render: (v: string) => formatDate(v) },
    {
      title: t('account.tokenLastUsedAt'),
      dataIndex: 'lastUsedAt',
      render: (v: string | null) => formatDateTime(v, t('common.never')),
    },
    {
      title: t('account.tokenExpiresAt'),
      dataIndex: 'expiresAt',
      render: (v: string | null) => formatDate(v, t('account.noExpiry')),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 90,
      render: (_: unknown, token) => (
        <Popconfirm
          title={t('account.revokeConfirm', { name: token.name })}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={() => revoke(token)}
        >
          <Button type="link" danger size="small" loading={revoking === token.id}>
            {t('account.revoke')}
          </Button>
        </Popconfirm>
      ),
    },
  ];

  return (
    <Card
      title={
        <Flex gap={8}>
          <KeyOutlined />
          {t('account.tokensTitle')}
        </Flex>
      }
    >
      <Typography.Paragraph type="secondary">{t('account.tokensDescription')}</Typography.Paragraph>
      <FormError message={error} />
      <Form
        form={form}
        name="create-token"
        layout="inline"
        initialValues={{ expiresInDays: 90 }}
        onFinish={onFinish}
        style={{ rowGap: 12, marginBottom: 16 }}
      >
        <Form.Item
          name="name"
          label={t('account.tokenName')}
          rules={[
            { required: true, whitespace: true, message: t('account.tokenNameRequired') },
            { max: TOKEN_NAME_MAX, message: t('fields.nameTooLong', { max: TOKEN_NAME_MAX }) },
          ]}
        >
          <Input placeholder={t('account.tokenNamePlaceholder')} style={{ width: 220 }} />
        </Form.Item>
        <Form.Item name="expiresInDays" label={t('account.tokenExpiresIn')}>
          <Select<number>
            style={{ width: 140 }}
            options={[
              ...EXPIRY_CHOICES.map((days) => ({ value: days, label: t('account.days', { count: days }) })),
              { value: 0, label: t('account.noExpiry') },
            ]}
          />
        </Form.Item>
        <Form.Item>
          <Button
            htmlType="submit"
            icon={<PlusOutlined />}
            loading={creating}
            data-testid="create-token-submit"
          >
            {t('account.createToken')}
          </Button>
        </Form.Item>
      </Form>
      {tokens.error ? <FormError message={errorMessage(tokens.error, t)} /> : null}
      <div data-testid="tokens-table">
        <Table<AccessToken>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={tokens.data ?? []}
          loading={tokens.loading}
          pagination={false}
          locale={{ emptyText: t('account.tokensEmpty') }}
          scroll={{ x: 'max-content' }}
        />
      </div>
      <Modal
        open={created !== null}
        title={t('account.tokenCreatedTitle')}
        onCancel={() => setCreated(null)}
        footer={
          <Button type="primary" onClick={() => setCreated(null)}>
            {t('account.done')}
          </Button>
        }
        mask={{ closable: false }}
        destroyOnHidden
      >
        <Alert
          type="warning"
          showIcon
          title={t('account.tokenCreatedWarning')}
          style={{ marginBottom: 16 }}
        />
        <Typography.Paragraph
          copyable={{ text: created?.token ?? '', tooltips: [t('common.copy'), t('common.copied')] }}
          className="dj-secret"
          data-testid="created-token"
        >
          {created?.token}
        </Typography.Paragraph>
      </Modal>
    </Card>
  );
}

export default function AccountPage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  return (
    <>
      <PageHeader title={t('account.title')} />
      <Row gutter={[24, 24]}>
        <Col xs={24} xl={9}>
          <Flex vertical gap={24}>
            <Card title={t('account.profile')}>
              <Descriptions
                column={1}
                size="small"
                items={[
                  { key: 'name', label: t('fields.name'), children: me?.name },
                  { key: 'email', label: t('fields.email'), children: me?.email },
                ]}
              />
            </Card>
            <Card title={t('notificationSettings.title')}>
              <Typography.Paragraph type="secondary">
                {t('notificationSettings.description')}
              </Typography.Paragraph>
              <LinkButton to="/account/notifications" icon={<BellOutlined />}>
                {t('notificationSettings.open')}
              </LinkButton>
            </Card>
            <ChangePasswordCard />
          </Flex>
        </Col>
        <Col xs={24} xl={15}>
          <AccessTokensCard />
        </Col>
      </Row>
    </>
  );
}
