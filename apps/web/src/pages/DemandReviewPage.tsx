import { Space, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { demandsApi } from '../api/demands';
import type { DemandSummary } from '../api/types';
import { isPlatformStaff, useAuth } from '../auth/auth-context';
import { DemandModerationActions } from '../components/DemandModerationActions';
import { CategoryTag, ConfidentialTag } from '../components/DemandTags';
import { ForbiddenResult } from '../components/ListParts';
import { ReviewQueue } from '../components/ReviewQueue';
import { formatDateTime } from '../lib/format';
import { useAsync } from '../lib/use-async';

/** 需求审核: submitted demands, oldest first, for platform moderators and admins. */
export default function DemandReviewPage() {
  const { t, i18n } = useTranslation();
  const { me } = useAuth();
  const allowed = isPlatformStaff(me);
  const queue = useAsync(() => demandsApi.reviewQueue(), allowed ? `review-queue:${i18n.language}` : null);

  if (!allowed) {
    return <ForbiddenResult />;
  }

  const columns: TableColumnsType<DemandSummary> = [
    {
      title: t('demand.title'),
      dataIndex: 'title',
      render: (title: string, demand) => (
        <Space size={4} wrap>
          <Link to={`/demands/${demand.id}`}>{title}</Link>
          {demand.visibility === 'confidential' ? <ConfidentialTag /> : null}
        </Space>
      ),
    },
    {
      title: t('demand.category'),
      dataIndex: 'category',
      render: (category: DemandSummary['category']) => <CategoryTag category={category} />,
    },
    {
      title: t('demand.organization'),
      dataIndex: 'organizationName',
      render: (value: string | null) => value ?? '—',
    },
    { title: t('demand.region'), dataIndex: 'regionName' },
    {
      title: t('demand.fields'),
      dataIndex: 'fieldNames',
      render: (names: string[]) => (
        <Space size={[4, 4]} wrap>
          {names.map((name) => (
            <Tag key={name} variant="filled">
              {name}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('demandReview.submittedAt'),
      dataIndex: 'updatedAt',
      render: (value: string) => formatDateTime(value),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      // Pinned: on a laptop (1440 px) the wide table scrolls, and its actions must stay in view.
      fixed: 'right',
      render: (_: unknown, demand) => (
        <DemandModerationActions demand={demand} onDone={queue.reload} size="small" />
      ),
    },
  ];

  return (
    <ReviewQueue<DemandSummary>
      title={t('demandReview.title')}
      subtitle={t('demandReview.subtitle')}
      emptyText={t('demandReview.empty')}
      testId="demand-review-table"
      queue={queue}
      columns={columns}
      detail={(demand) => demand.teaser}
    />
  );
}
