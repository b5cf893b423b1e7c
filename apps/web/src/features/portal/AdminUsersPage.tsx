import { App, Button, Card, Input, Popconfirm, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/auth-context';
import { FormError } from '../../components/FormError';
import { ForbiddenResult } from '../../components/ListParts';
import { PageHeader } from '../../components/PageHeader';
import { errorMessage } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { useAsync } from '../../lib/use-async';
import { portalApi, type AdminUser } from './api';
import { useRowAction } from '../../lib/use-row-action';

/** 用户管理: platform admins find accounts and disable or restore them. */
export default function AdminUsersPage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const { message } = App.useApp();
  const [q, setQ] = useState<string | undefined>(undefined);
  const admin = me?.platformRole === 'admin';
  const users = useAsync(() => portalApi.users(q), admin ? `users:${q ?? ''}` : null);
  const { busy, run } = useRowAction();

  if (!admin) return <ForbiddenResult />;

  const setStatus = (user: AdminUser, status: AdminUser['status']) =>
    run(user.id, async () => {
      await portalApi.setUserStatus(user.id, status);
      void message.success(t('adminUsers.updated'));
      users.reload();
    });

  return (
    <>
      <PageHeader title={t('adminUsers.title')} subtitle={t('adminUsers.subtitle')} />
      <Card>
        <Input.Search
          allowClear
          placeholder={t('adminUsers.searchPlaceholder')}
          aria-label={t('adminUsers.searchPlaceholder')}
          maxLength={100}
          onSearch={(value) => setQ(value.trim() || undefined)}
          style={{ marginBottom: 16, maxWidth: 360 }}
        />
        {users.error ? <FormError message={errorMessage(users.error, t)} /> : null}
        <Table<AdminUser>
          rowKey="id"
          size="middle"
          loading={users.loading}
          dataSource={users.data ?? []}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          data-testid="admin-users-table"
          columns={[
            { key: 'name', title: t('adminUsers.name'), dataIndex: 'name' },
            {
              key: 'email',
              title: t('adminUsers.email'),
              render: (_, user) => (
                <>
                  {user.email} {user.emailVerified ? null : <Tag>{t('adminUsers.unverifiedEmail')}</Tag>}
                </>
              ),
            },
            {
              key: 'role',
              title: t('adminUsers.role'),
              render: (_, user) => (user.platformRole ? <Tag color="blue">{user.platformRole}</Tag> : '—'),
            },
            {
              key: 'status',
              title: t('adminUsers.status'),
              render: (_, user) =>
                user.status === 'active' ? (
                  <Tag color="green">{t('adminUsers.active')}</Tag>
                ) : (
                  <Tag color="red">{t('adminUsers.disabled')}</Tag>
                ),
            },
            {
              key: 'createdAt',
              title: t('adminUsers.createdAt'),
              render: (_, user) => formatDate(user.createdAt),
            },
            {
              key: 'actions',
              title: t('adminUsers.actions'),
              fixed: 'right',
              render: (_, user) =>
                user.id === me?.id ? null : user.status === 'active' ? (
                  <Popconfirm
                    title={t('adminUsers.disableConfirm')}
                    onConfirm={() => setStatus(user, 'disabled')}
                  >
                    <Button danger size="small" loading={busy === user.id}>
                      {t('adminUsers.disable')}
                    </Button>
                  </Popconfirm>
                ) : (
                  <Button
                    size="small"
                    loading={busy === user.id}
                    onClick={() => void setStatus(user, 'active')}
                  >
                    {t('adminUsers.enable')}
                  </Button>
                ),
            },
          ]}
        />
      </Card>
    </>
  );
}
