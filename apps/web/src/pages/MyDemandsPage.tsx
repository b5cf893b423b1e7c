import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { demandsApi } from '../api/demands';
import type { DemandSummary } from '../api/types';
import { useAuth } from '../auth/auth-context';
import { CategoryTag, DemandStatusTag, VisibilityTag } from '../components/DemandTags';
import { LoadMoreFooter, NoOrganizationResult } from '../components/ListParts';
import { FormError } from '../components/FormError';
import { LinkButton } from '../components/LinkButton';
import { PageHeader } from '../components/PageHeader';
import { canEditContent } from '../lib/demands';
import { errorMessage } from '../lib/errors';
import { formatDateTime } from '../lib/format';
import { useCursorList } from '../lib/use-cursor-list';

const PAGE_SIZE = 20;

/** The acting organization's demands in every status (GET /demands?mine=true). */
export default function MyDemandsPage() {
  const { t, i18n } = useTranslation();
  const { currentMembership } = useAuth();
  const organizationId = currentMembership?.organizationId ?? null;
  const list = useCursorList(
    (cursor) => demandsApi.list({ mine: 'true', limit: PAGE_SIZE, cursor }),
    organizationId ? `mine:${organizationId}:${i18n.language}` : null,
  );

  if (!currentMembership) {
    return (
      <>
        <PageHeader title={t('myDemands.title')} />
        <Card>
          <NoOrganizationResult title={t('myDemands.noOrg')} />
        </Card>
      </>
    );
  }

  const columns: TableColumnsType<DemandSummary> = [
    {
      title: t('demand.title'),
      dataIndex: 'title',
      render: (title: string, demand) => <Link to={`/demands/${demand.id}`}>{title}</Link>,
    },
    {
      title: t('demand.category'),
      dataIndex: 'category',
      render: (category: DemandSummary['category']) => <CategoryTag category={category} />,
    },
    {
      title: t('demand.status'),
      dataIndex: 'status',
      render: (status: DemandSummary['status']) => <DemandStatusTag status={status} />,
    },
    {
      title: t('demand.visibility'),
      dataIndex: 'visibility',
      render: (visibility: DemandSummary['visibility']) => <VisibilityTag visibility={visibility} />,
    },
    {
      title: t('demand.updatedAt'),
      dataIndex: 'updatedAt',
      render: (value: string) => formatDateTime(value),
    },
    {
      title: t('demand.publishedAt'),
      dataIndex: 'publishedAt',
      render: (value: string | null) => formatDateTime(value),
    },
    { title: t('demand.viewCount'), dataIndex: 'viewCount', align: 'right' },
    {
      title: t('common.actions'),
      key: 'actions',
      // Pinned: on a laptop (1440 px) the wide table scrolls, and its actions must stay in view.
      fixed: 'right',
      render: (_: unknown, demand) => (
        <Space size="small">
          <Link to={`/demands/${demand.id}`}>{t('myDemands.view')}</Link>
          {canEditContent(demand.status) ? (
            <Link to={`/demands/${demand.id}/edit`}>{t('myDemands.edit')}</Link>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('myDemands.title')}
        subtitle={t('myDemands.subtitle', { name: currentMembership.organization.name })}
        extra={
          <Space>
            <Button onClick={list.reload}>{t('common.refresh')}</Button>
            <LinkButton type="primary" icon={<PlusOutlined />} to="/demands/new" data-testid="create-demand">
              {t('myDemands.create')}
            </LinkButton>
          </Space>
        }
      />
      <Card>
        {list.error ? <FormError message={errorMessage(list.error, t)} /> : null}
        <div data-testid="my-demands-table">
          <Table<DemandSummary>
            rowKey="id"
            columns={columns}
            dataSource={list.items}
            loading={list.loading}
            pagination={false}
            locale={{ emptyText: t('myDemands.empty') }}
            scroll={{ x: 'max-content' }}
          />
        </div>
        <LoadMoreFooter list={list} testId="demand-load-more" />
      </Card>
    </>
  );
}
