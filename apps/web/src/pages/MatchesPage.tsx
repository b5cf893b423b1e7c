import { Card, Empty, Segmented, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { matchesApi, matchStatuses, type MatchStatus } from '../api/matches';
import { useAuth } from '../auth/auth-context';
import { FormError } from '../components/FormError';
import { MatchGroups } from '../components/MatchGroups';
import { PageHeader } from '../components/PageHeader';
import { useMatchChanges } from '../components/use-match-changes';
import { errorMessage } from '../lib/errors';
import { useCursorList } from '../lib/use-cursor-list';

type Filter = MatchStatus | 'all';

/** Matches per page of the inbox; the counts by status are of the pages loaded. */
const PAGE = 50;

/**
 * 匹配推荐: the acting organization's inbox, the matches it was told about for any of its postings,
 * grouped by kind and newest first within each, each naming that posting, with its fit, reasons and
 * actions, a page at a time.
 */
export default function MatchesPage() {
  const { t, i18n } = useTranslation();
  const { currentMembership } = useAuth();
  const organizationId = currentMembership?.organizationId ?? null;
  const inbox = useCursorList(
    (cursor) => matchesApi.inbox({ limit: PAGE, cursor }),
    organizationId ? `inbox:${organizationId}:${i18n.language}` : null,
  );
  const { items: all, onChange, onDecline, declineModal } = useMatchChanges(inbox.items);
  const [filter, setFilter] = useState<Filter>('all');
  const shown = filter === 'all' ? all : all.filter((match) => match.status === filter);
  const count = (status: MatchStatus) => all.filter((match) => match.status === status).length;

  return (
    <>
      <PageHeader title={t('matches.inboxTitle')} subtitle={t('matches.inboxSubtitle')} />
      <Card>
        {inbox.error ? <FormError message={errorMessage(inbox.error, t)} /> : null}
        {!organizationId ? (
          <Empty description={t('matches.noOrganization')} />
        ) : inbox.loading && all.length === 0 ? (
          <Skeleton active />
        ) : all.length === 0 ? (
          inbox.error ? null : (
            <Empty description={t('matches.inboxEmpty')} />
          )
        ) : (
          <>
            <Segmented<Filter>
              value={filter}
              onChange={setFilter}
              data-testid="match-filter"
              options={[
                { value: 'all', label: `${t('matches.all')} ${all.length}` },
                ...matchStatuses.map((status) => ({
                  value: status,
                  label: `${t(`matches.statuses.${status}`)} ${count(status)}`,
                })),
              ]}
            />
            <div style={{ marginTop: 16 }}>
              <MatchGroups
                items={shown}
                showPosting
                onChange={onChange}
                onDecline={onDecline}
                more={{ hasMore: inbox.hasMore, loading: inbox.loadingMore, load: inbox.loadMore }}
              />
            </div>
          </>
        )}
      </Card>
      {declineModal}
    </>
  );
}
