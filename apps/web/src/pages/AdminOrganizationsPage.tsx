import { CheckOutlined, CloseOutlined, DashboardOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal, Popconfirm, Space, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { adminApi } from '../api/endpoints';
import type { Organization } from '../api/types';
import { isPlatformStaff, useAuth } from '../auth/auth-context';
import { FormError } from '../components/FormError';
import { ForbiddenResult } from '../components/ListParts';
import { ReviewQueue } from '../components/ReviewQueue';
import { VerificationTag } from '../components/StatusTags';
import { applyServerErrors, errorMessage } from '../lib/errors';
import { formatDateTime } from '../lib/format';
import { useAsync } from '../lib/use-async';
import { FilesCard } from '../features/files/FilesCard';
import { schemaRules } from '../api/generated/rules';

const NOTE_MAX = schemaRules.VerificationDecisionDto.note.maxLength;

export default function AdminOrganizationsPage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const { message } = App.useApp();
  const allowed = isPlatformStaff(me);
  const pending = useAsync(() => adminApi.listOrganizations('pending'), allowed ? 'pending' : null);
  const [busy, setBusy] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState<Organization | null>(null);
  const [rejectError, setRejectError] = useState<string | null>(null);
  const [rejectForm] = Form.useForm<{ note: string }>();

  if (!allowed) {
    return <ForbiddenResult />;
  }

  const verify = async (org: Organization) => {
    setBusy(org.id);
    try {
      await adminApi.setVerification(org.id, { status: 'verified' });
      void message.success(t('admin.verified', { name: org.name }));
      pending.reload();
    } catch (cause) {
      void message.error(errorMessage(cause, t));
    } finally {
      setBusy(null);
    }
  };

  const reject = async ({ note }: { note: string }) => {
    if (!rejecting) return;
    setBusy(rejecting.id);
    setRejectError(null);
    try {
      await adminApi.setVerification(rejecting.id, { status: 'rejected', note: note.trim() });
      void message.success(t('admin.rejected', { name: rejecting.name }));
      setRejecting(null);
      pending.reload();
    } catch (cause) {
      setRejectError(applyServerErrors(rejectForm, cause, t, ['note']));
    } finally {
      setBusy(null);
    }
  };

  // The dashboard is a server page, not part of this app: it needs its cookie before the browser goes there.
  const openQueueBoard = async () => {
    try {
      await adminApi.openQueueBoard();
      window.location.assign('/admin/queues');
    } catch (cause) {
      void message.error(errorMessage(cause, t));
    }
  };

  const columns: TableColumnsType<Organization> = [
    { title: t('organization.name'), dataIndex: 'name' },
    {
      title: t('organization.type'),
      dataIndex: 'type',
      render: (type: Organization['type']) => t(`organization.types.${type}`),
    },
    { title: t('organization.creditCode'), dataIndex: 'creditCode' },
    { title: t('organization.region'), dataIndex: 'regionName' },
    {
      title: t('organization.verificationStatus'),
      dataIndex: 'verificationStatus',
      render: (status: Organization['verificationStatus']) => <VerificationTag status={status} />,
    },
    { title: t('organization.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v) },
    {
      title: t('common.actions'),
      key: 'actions',
      // Pinned: on a laptop (1440 px) the wide table scrolls, and its actions must stay in view.
      fixed: 'right',
      render: (_: unknown, org) => (
        <Space>
          <Popconfirm
            title={t('admin.verifyConfirm', { name: org.name })}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            onConfirm={() => verify(org)}
          >
            <Button type="primary" size="small" icon={<CheckOutlined />} loading={busy === org.id}>
              {t('admin.verify')}
            </Button>
          </Popconfirm>
          <Button
            danger
            size="small"
            icon={<CloseOutlined />}
            disabled={busy === org.id}
            onClick={() => {
              rejectForm.resetFields();
              setRejectError(null);
              setRejecting(org);
            }}
          >
            {t('admin.reject')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <>
      {me?.platformRole === 'admin' && (
        <Button icon={<DashboardOutlined />} onClick={() => void openQueueBoard()} data-testid="queue-board">
          {t('admin.queueBoard')}
        </Button>
      )}
      <ReviewQueue<Organization>
        title={t('admin.title')}
        subtitle={t('admin.subtitle')}
        emptyText={t('admin.empty')}
        testId="pending-organizations"
        queue={pending}
        columns={columns}
        detail={(org) => org.description}
        expanded={(org) => <FilesCard owners="organizations" id={org.id} licence />}
      />
      <Modal
        open={rejecting !== null}
        title={rejecting ? t('admin.rejectTitle', { name: rejecting.name }) : ''}
        okText={t('admin.reject')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: true, loading: busy !== null && busy === rejecting?.id }}
        onOk={() => rejectForm.submit()}
        onCancel={() => setRejecting(null)}
        destroyOnHidden
      >
        <FormError message={rejectError} />
        <Form form={rejectForm} name="reject-organization" layout="vertical" onFinish={reject}>
          <Form.Item
            name="note"
            label={t('admin.note')}
            rules={[
              { required: true, whitespace: true, message: t('admin.noteRequired') },
              { max: NOTE_MAX, message: t('admin.noteTooLong', { max: NOTE_MAX }) },
            ]}
          >
            <Input.TextArea
              rows={4}
              showCount
              maxLength={NOTE_MAX}
              placeholder={t('admin.notePlaceholder')}
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
