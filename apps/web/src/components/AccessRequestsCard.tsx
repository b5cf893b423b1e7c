import { CheckOutlined, CloseOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accessRequestsApi, type AccessPath } from '../api/access-requests';
import type { DemandAccessRequest } from '../api/types';
import { errorMessage } from '../lib/errors';
import { formatDateTime } from '../lib/format';
import { useAsync } from '../lib/use-async';
import { AccessStatusTag } from './DemandTags';
import { FormError } from './FormError';
import { ReasonModal } from './ReasonModal';
import { schemaRules } from '../api/generated/rules';
import { useRowAction } from '../lib/use-row-action';

const REASON_MAX = schemaRules.RefuseAccessDto.reason.maxLength;

/** The owner's view of who asked to read a confidential posting (any kind): grant, refuse or revoke. */
export function AccessRequestsCard({ kind, postingId }: { kind: AccessPath; postingId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const calls = accessRequestsApi(kind);
  const requests = useAsync(() => calls.list(postingId), `access-requests:${kind}:${postingId}`);
  const { busy, run } = useRowAction();
  const [refusing, setRefusing] = useState<DemandAccessRequest | null>(null);

  const grant = (request: DemandAccessRequest) =>
    run(request.id, async () => {
      await calls.grant(postingId, request.id);
      void message.success(t('accessRequest.granted', { name: request.organizationName }));
      requests.reload();
    });

  const revoke = (request: DemandAccessRequest) =>
    run(request.id, async () => {
      await calls.revoke(postingId, request.id);
      void message.success(t('accessRequest.revoked', { name: request.organizationName }));
      requests.reload();
    });

  const refuse = async (reason: string | undefined) => {
    if (!refusing) return;
    await calls.refuse(postingId, refusing.id, reason);
    void message.success(t('accessRequest.refused', { name: refusing.organizationName }));
    setRefusing(null);
    requests.reload();
  };

  const columns: TableColumnsType<DemandAccessRequest> = [
    { title: t('accessRequest.organization'), dataIndex: 'organizationName' },
    {
      title: t('accessRequest.status'),
      dataIndex: 'status',
      render: (status: DemandAccessRequest['status']) => <AccessStatusTag status={status} />,
    },
    {
      title: t('accessRequest.message'),
      dataIndex: 'message',
      render: (value: string | null) =>
        value ? (
          <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{value}</Typography.Paragraph>
        ) : (
          '—'
        ),
    },
    {
      title: t('accessRequest.createdAt'),
      dataIndex: 'createdAt',
      render: (value: string) => formatDateTime(value),
    },
    {
      title: t('accessRequest.decidedAt'),
      dataIndex: 'decidedAt',
      render: (value: string | null) => formatDateTime(value),
    },
    {
      title: t('accessRequest.reason'),
      dataIndex: 'reason',
      render: (value: string | null) => value || '—',
    },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      render: (_: unknown, request) => (
        <Space>
          {request.status === 'pending' ? (
            <>
              <Button
                type="primary"
                size="small"
                icon={<CheckOutlined />}
                loading={busy === request.id}
                onClick={() => void grant(request)}
                data-testid="grant-access"
              >
                {t('accessRequest.grant')}
              </Button>
              <Button
                danger
                size="small"
                icon={<CloseOutlined />}
                disabled={busy === request.id}
                onClick={() => setRefusing(request)}
                data-testid="refuse-access"
              >
                {t('accessRequest.refuse')}
              </Button>
            </>
          ) : null}
          {request.status === 'granted' ? (
            <Popconfirm
              title={t('accessRequest.revokeConfirm', { name: request.organizationName })}
              okText={t('common.confirm')}
              cancelText={t('common.cancel')}
              onConfirm={() => revoke(request)}
            >
              <Button
                danger
                size="small"
                icon={<StopOutlined />}
                loading={busy === request.id}
                data-testid="revoke-access"
              >
                {t('accessRequest.revoke')}
              </Button>
            </Popconfirm>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <Card
      title={t('accessRequest.listTitle')}
      extra={
        <Button size="small" onClick={requests.reload}>
          {t('common.refresh')}
        </Button>
      }
    >
      {requests.error ? <FormError message={errorMessage(requests.error, t)} /> : null}
      <div data-testid="access-requests">
        <Table<DemandAccessRequest>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={requests.data ?? []}
          loading={requests.loading}
          pagination={false}
          locale={{ emptyText: t('accessRequest.listEmpty') }}
          scroll={{ x: 'max-content' }}
        />
      </div>
      <ReasonModal
        open={refusing !== null}
        name="refuse-access"
        title={refusing ? t('accessRequest.refuseTitle', { name: refusing.organizationName }) : ''}
        label={t('accessRequest.refuseReason')}
        placeholder={t('accessRequest.refuseReasonPlaceholder')}
        okText={t('accessRequest.refuse')}
        tooLongMessage={t('accessRequest.tooLong', { max: REASON_MAX })}
        max={REASON_MAX}
        okTestId="refuse-access-confirm"
        onSubmit={refuse}
        onClose={() => setRefusing(null)}
      />
    </Card>
  );
}
