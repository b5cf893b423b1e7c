import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Result, Space, Table, Typography, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PostingSummary } from '../api/catalogue-types';
import { useAuth } from '../auth/auth-context';
import type { AnyCatalogueKind, CatalogueKindName } from '../catalogue/kind';
import { catalogueKinds } from '../catalogue/kinds';
import { canCreate } from '../catalogue/permissions';
import { VisibilityTag } from '../components/DemandTags';
import { FormError } from '../components/FormError';
import { LinkButton } from '../components/LinkButton';
import { PageHeader } from '../components/PageHeader';
import { canEditPosting } from '../components/PostingOwnerActions';
import { PostingStatusTag } from '../components/PostingTags';
import { errorMessage } from '../lib/errors';
import { formatDateTime } from '../lib/format';
import { useCursorList } from '../lib/use-cursor-list';

const PAGE_SIZE = 20;

/** The acting organization's postings of one kind, in every status (GET …?mine=true). */
export default function MyCataloguePage({ kind, extra }: { kind: CatalogueKindName; extra?: ReactNode }) {
  return <MyCatalogue key={kind} kind={catalogueKinds[kind]} extra={extra} />;
}

function MyCatalogue({ kind, extra }: { kind: AnyCatalogueKind; extra?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const { currentMembership } = useAuth();
  const organizationId = currentMembership?.organizationId ?? null;
  const ns = `catalogue.${kind.name}` as const;
  const list = useCursorList(
    (cursor) => kind.api.list({ mine: true, limit: PAGE_SIZE, cursor }),
    organizationId ? `mine:${kind.name}:${organizationId}:${i18n.language}` : null,
  );

  if (!currentMembership) {
    return (
      <>
        <PageHeader title={t(`${ns}.mineTitle`)} />
        <Card>
          <Result
            status="info"
            title={t(`${ns}.noOrg`)}
            extra={
              <LinkButton type="primary" to="/organizations/new" data-testid="create-org-cta">
                {t('home.createOrgCta')}
              </LinkButton>
            }
          />
        </Card>
      </>
    );
  }

  const columns: TableColumnsType<PostingSummary> = [
    {
      title: t(`${ns}.titleLabel`),
      key: 'title',
      render: (_: unknown, item) => <Link to={`${kind.route}/${item.id}`}>{kind.label(item)}</Link>,
    },
    {
      title: t('posting.tags'),
      key: 'tags',
      render: (_: unknown, item) => (
        <Space size={[4, 4]} wrap>
          {kind.tags(item, t)}
        </Space>
      ),
    },
    {
      title: t('posting.status'),
      dataIndex: 'status',
      render: (status: PostingSummary['status']) => <PostingStatusTag status={status} />,
    },
    {
      title: t('posting.visibility'),
      dataIndex: 'visibility',
      render: (visibility: PostingSummary['visibility']) => <VisibilityTag visibility={visibility} />,
    },
    {
      title: t('posting.publishedAt'),
      dataIndex: 'publishedAt',
      render: (value: string | null) => formatDateTime(value),
    },
    { title: t('posting.viewCount'), dataIndex: 'viewCount', align: 'right' },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_: unknown, item) => (
        <Space size="small">
          <Link to={`${kind.route}/${item.id}`}>{t('posting.mine.view')}</Link>
          {canEditPosting(item.status) ? (
            <Link to={`${kind.route}/${item.id}/edit`}>{t('posting.mine.edit')}</Link>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t(`${ns}.mineTitle`)}
        subtitle={t('posting.mine.subtitle', { name: currentMembership.organization.name })}
        extra={
          <Space wrap>
            {extra}
            <Button onClick={list.reload}>{t('common.refresh')}</Button>
            {canCreate(kind, currentMembership) ? (
              <LinkButton
                type="primary"
                icon={<PlusOutlined />}
                to={`${kind.route}/new`}
                data-testid="posting-create"
              >
                {t(`${ns}.create`)}
              </LinkButton>
            ) : null}
          </Space>
        }
      />
      <Card>
        {list.error ? <FormError message={errorMessage(list.error, t)} /> : null}
        <div data-testid="my-postings-table">
          <Table<PostingSummary>
            rowKey="id"
            columns={columns}
            dataSource={list.items}
            loading={list.loading}
            pagination={false}
            locale={{ emptyText: t('posting.mine.empty') }}
            scroll={{ x: 'max-content' }}
          />
        </div>
        <Flex justify="center" style={{ marginTop: 16 }}>
          {list.hasMore ? (
            <Button onClick={list.loadMore} loading={list.loadingMore}>
              {t('posting.list.loadMore')}
            </Button>
          ) : list.items.length > 0 && !list.loading ? (
            <Typography.Text type="secondary">{t('posting.list.noMore')}</Typography.Text>
          ) : null}
        </Flex>
      </Card>
    </>
  );
}
