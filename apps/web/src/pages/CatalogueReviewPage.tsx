import { Space, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PostingSummary } from '../api/catalogue-types';
import { isPlatformStaff, useAuth } from '../auth/auth-context';
import type { AnyCatalogueKind, CatalogueKindName } from '../catalogue/kind';
import { catalogueKinds } from '../catalogue/kinds';
import { ForbiddenResult } from '../components/ListParts';
import { PostingModerationActions } from '../components/PostingModerationActions';
import { FieldTags, PostingConfidentialTag, kindTagsColumn } from '../components/PostingTags';
import { ReviewQueue } from '../components/ReviewQueue';
import { formatDateTime } from '../lib/format';
import { useAsync } from '../lib/use-async';

/** 成果审核, 项目审核…: submitted postings of one kind, oldest first, for platform moderators. */
export default function CatalogueReviewPage({ kind }: { kind: CatalogueKindName }) {
  return <CatalogueReview key={kind} kind={catalogueKinds[kind]} />;
}

function CatalogueReview({ kind }: { kind: AnyCatalogueKind }) {
  const { t, i18n } = useTranslation();
  const { me } = useAuth();
  const allowed = isPlatformStaff(me);
  const queue = useAsync<PostingSummary[]>(
    () => kind.api.reviewQueue(),
    allowed ? `review:${kind.name}:${i18n.language}` : null,
  );
  const ns = `catalogue.${kind.name}` as const;

  if (!allowed) {
    return <ForbiddenResult />;
  }

  const columns: TableColumnsType<PostingSummary> = [
    {
      title: t(`${ns}.titleLabel`),
      key: 'title',
      render: (_: unknown, item) => (
        <Space size={4} wrap>
          <Link to={`${kind.route}/${item.id}`}>{kind.label(item)}</Link>
          {item.visibility === 'confidential' ? <PostingConfidentialTag /> : null}
        </Space>
      ),
    },
    kindTagsColumn(kind, t),
    {
      title: t(`${ns}.organization`),
      dataIndex: 'organizationName',
      render: (value: string | null) => value ?? '—',
    },
    { title: t('posting.region'), key: 'place', render: (_: unknown, item) => kind.place(item, t) },
    {
      title: t('posting.fields'),
      key: 'fields',
      render: (_: unknown, item) => (
        <Space size={[4, 4]} wrap>
          <FieldTags codes={item.fields} names={item.fieldNames} />
        </Space>
      ),
    },
    {
      title: t('posting.review.submittedAt'),
      dataIndex: 'updatedAt',
      render: (value: string | undefined) => formatDateTime(value),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      // Pinned: on a laptop (1440 px) the wide table scrolls, and its actions must stay in view.
      fixed: 'right',
      render: (_: unknown, item) => (
        <PostingModerationActions kind={kind} item={item} onDone={queue.reload} size="small" />
      ),
    },
  ];

  return (
    <ReviewQueue<PostingSummary>
      title={t(`${ns}.reviewTitle`)}
      subtitle={t('posting.review.subtitle')}
      emptyText={t('posting.review.empty')}
      testId="posting-review-table"
      queue={queue}
      columns={columns}
      detail={(item) => item.teaser}
    />
  );
}
