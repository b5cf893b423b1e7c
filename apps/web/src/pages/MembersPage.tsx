import { ApiOutlined, DeleteOutlined, MailOutlined, SendOutlined, UserAddOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  Form,
  Input,
  Popconfirm,
  Result,
  Select,
  Space,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { organizationsApi } from '../api/endpoints';
import { memberRoles, type Invitation, type Member, type MemberRole } from '../api/types';
import { canManageMembers, useAuth } from '../auth/auth-context';
import { AsyncTable } from '../components/AsyncTable';
import { FormError } from '../components/FormError';
import { LinkButton } from '../components/LinkButton';
import { PageHeader } from '../components/PageHeader';
import { RoleTag } from '../components/StatusTags';
import { formatDateTime } from '../lib/format';
import { useAsync } from '../lib/use-async';
import { useFormSubmit } from '../lib/use-form-submit';
import { useRowAction } from '../lib/use-row-action';
import { FilesCard } from '../features/files/FilesCard';

interface InviteValues {
  email: string;
  role: MemberRole;
}

export default function MembersPage() {
  const { t } = useTranslation();
  const { me, currentMembership } = useAuth();
  const { message } = App.useApp();
  const orgId = currentMembership?.organizationId ?? null;
  const canManage = canManageMembers(currentMembership);

  const members = useAsync(() => organizationsApi.listMembers(orgId!), orgId);
  const invitations = useAsync(() => organizationsApi.listInvitations(orgId!), canManage ? orgId : null);

  const [inviteForm] = Form.useForm<InviteValues>();
  const inviting = useFormSubmit(inviteForm, ['email', 'role']);
  const { busy, run } = useRowAction();

  if (!currentMembership || !orgId) {
    return (
      <Result
        status="info"
        title={t('members.noOrg')}
        extra={
          <LinkButton type="primary" to="/organizations/new">
            {t('home.createOrgCta')}
          </LinkButton>
        }
      />
    );
  }

  const roleOptions = memberRoles
    .filter((role) => role !== 'owner' || currentMembership.role === 'owner')
    .map((role) => ({ value: role, label: t(`organization.roles.${role}`) }));

  const changeRole = (member: Member, role: MemberRole) =>
    run(member.userId, async () => {
      await organizationsApi.changeMemberRole(orgId, member.userId, role);
      void message.success(t('members.roleChanged'));
      members.reload();
    });

  const removeMember = (member: Member) =>
    run(member.userId, async () => {
      await organizationsApi.removeMember(orgId, member.userId);
      void message.success(t('members.removed'));
      members.reload();
    });

  const invite = (values: InviteValues) =>
    inviting.submit(async () => {
      const created = await organizationsApi.invite(orgId, { email: values.email.trim(), role: values.role });
      void message.success(t('members.invited', { email: created.email }));
      inviteForm.resetFields(['email']);
      invitations.reload();
    });

  const revoke = (invitation: Invitation) =>
    run(invitation.id, async () => {
      await organizationsApi.revokeInvitation(orgId, invitation.id);
      void message.success(t('members.revoked'));
      invitations.reload();
    });

  const memberColumns: TableColumnsType<Member> = [
    {
      title: t('members.name'),
      dataIndex: 'name',
      render: (name: string, member) => (
        <Space>
          <span>{name}</span>
          {member.userId === me?.id ? <Tag>{t('members.you')}</Tag> : null}
        </Space>
      ),
    },
    { title: t('members.email'), dataIndex: 'email' },
    {
      title: t('members.role'),
      dataIndex: 'role',
      width: 160,
      render: (role: MemberRole, member) =>
        canManage && member.userId !== me?.id ? (
          <Select<MemberRole>
            value={role}
            options={roleOptions}
            size="small"
            style={{ width: 120 }}
            disabled={busy === member.userId}
            aria-label={t('members.role')}
            onChange={(next) => void changeRole(member, next)}
          />
        ) : (
          <RoleTag role={role} />
        ),
    },
    { title: t('members.joinedAt'), dataIndex: 'joinedAt', render: (value: string) => formatDateTime(value) },
    ...(canManage
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 100,
            render: (_: unknown, member: Member) =>
              member.userId === me?.id ? null : (
                <Popconfirm
                  title={t('members.removeConfirm', { name: member.name })}
                  okText={t('common.confirm')}
                  cancelText={t('common.cancel')}
                  okButtonProps={{ danger: true }}
                  onConfirm={() => removeMember(member)}
                >
                  <Button
                    type="link"
                    danger
                    size="small"
                    icon={<DeleteOutlined />}
                    loading={busy === member.userId}
                  >
                    {t('members.remove')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]
      : []),
  ];

  const invitationColumns: TableColumnsType<Invitation> = [
    { title: t('members.email'), dataIndex: 'email' },
    { title: t('members.role'), dataIndex: 'role', render: (role: MemberRole) => <RoleTag role={role} /> },
    {
      title: t('members.expiresAt'),
      dataIndex: 'expiresAt',
      render: (value: string) => formatDateTime(value),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 100,
      render: (_: unknown, invitation) => (
        <Popconfirm
          title={t('members.revokeConfirm', { email: invitation.email })}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={() => revoke(invitation)}
        >
          <Button type="link" danger size="small" loading={busy === invitation.id}>
            {t('members.revoke')}
          </Button>
        </Popconfirm>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('members.title')}
        subtitle={t('members.subtitle', { name: currentMembership.organization.name })}
        extra={
          canManage ? (
            <LinkButton icon={<ApiOutlined />} to="/organization/webhooks">
              {t('webhooks.link')}
            </LinkButton>
          ) : null
        }
      />
      {orgId ? <FilesCard owners="organizations" id={orgId} licence /> : null}
      <Flex vertical gap={24}>
        {canManage ? (
          <Card
            title={
              <Space>
                <UserAddOutlined />
                {t('members.inviteTitle')}
              </Space>
            }
          >
            <Typography.Paragraph type="secondary">{t('members.inviteDescription')}</Typography.Paragraph>
            <FormError message={inviting.error} />
            <Form
              form={inviteForm}
              name="invite"
              layout="inline"
              initialValues={{ role: 'member' }}
              onFinish={invite}
              style={{ rowGap: 12 }}
            >
              <Form.Item
                name="email"
                label={t('members.inviteEmail')}
                rules={[
                  { required: true, message: t('fields.emailRequired') },
                  { type: 'email', message: t('fields.emailInvalid') },
                ]}
                style={{ minWidth: 320 }}
              >
                <Input
                  prefix={<MailOutlined />}
                  placeholder={t('members.inviteEmailPlaceholder')}
                  inputMode="email"
                />
              </Form.Item>
              <Form.Item name="role" label={t('members.inviteRole')}>
                <Select<MemberRole> options={roleOptions} style={{ width: 130 }} />
              </Form.Item>
              <Form.Item>
                <Button
                  type="primary"
                  htmlType="submit"
                  icon={<SendOutlined />}
                  loading={inviting.busy}
                  data-testid="invite-submit"
                >
                  {t('members.inviteSubmit')}
                </Button>
              </Form.Item>
            </Form>
          </Card>
        ) : (
          <Alert type="info" showIcon title={t('members.readOnlyHint')} />
        )}

        <Card
          title={t('members.listTitle')}
          extra={
            members.data ? (
              <Typography.Text type="secondary">
                {t('members.membersCount', { count: members.data.length })}
              </Typography.Text>
            ) : null
          }
        >
          <AsyncTable<Member>
            state={members}
            testId="members-table"
            rowKey="userId"
            columns={memberColumns}
          />
        </Card>

        {canManage ? (
          <Card title={t('members.pendingTitle')}>
            <AsyncTable<Invitation>
              state={invitations}
              testId="pending-invitations"
              rowKey="id"
              columns={invitationColumns}
              dataSource={(invitations.data ?? []).filter((i) => i.status === 'pending' || !i.status)}
              locale={{ emptyText: t('members.pendingEmpty') }}
            />
          </Card>
        ) : null}
      </Flex>
    </>
  );
}
