import { Button, Card, Space, Table, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PostingSummary } from '../api/catalogue-types';
import { useAuth } from '../auth/auth-context';
import type { AnyCatalogueKind, CatalogueKindName } from '../catalogue/kind';
import { catalogueKinds } from '../catalogue/kinds';
import { VisibilityTag } from '../components/DemandTags';
import { LoadMoreFooter, NoOrganizationResult } from '../components/ListParts';
import { FormError } from '../components/FormError';
import { CreatePostingButton } from '../components/CreatePostingButton';
import { PageHeader } from '../components/PageHeader';
import { canEditPosting } from '../components/PostingOwnerActions';
import { PostingStatusTag, kindTagsColumn } from '../components/PostingTags';
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
    (cursor) => kind.api.list({ mine: 'true', limit: PAGE_SIZE, cursor }),
    organizationId ? `mine:${kind.name}:${organizationId}:${i18n.language}` : null,
  );

  if (!currentMembership) {
    return (
      <>
        <PageHeader title={t(`${ns}.mineTitle`)} />
        <Card>
          <NoOrganizationResult title={t(`${ns}.noOrg`)} />
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
    kindTagsColumn(kind, t),
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
      // Pinned: on a laptop (1440 px) the wide table scrolls, and its actions must stay in view.
      fixed: 'right',
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
            <CreatePostingButton kind={kind} />
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
        <LoadMoreFooter list={list} />
      </Card>
    </>
  );
}
