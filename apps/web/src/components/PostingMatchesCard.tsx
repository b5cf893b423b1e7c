import { Alert, Card, Empty, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { matchesApi, type MatchList } from '../api/matches';
import type { PostingKind } from '../api/search';
import { errorMessage } from '../lib/errors';
import { useCursorList } from '../lib/use-cursor-list';
import { FormError } from './FormError';
import { MatchGroups } from './MatchGroups';
import { useMatchChanges } from './use-match-changes';

/** Matches per page of a posting's list: every kind's best few, and a button for the next page. */
const PAGE = 50;

/**
 * A posting's matches for its owner, grouped by kind and best first within each, each with its fit level,
 * reasons and actions, and how the other side has answered them in aggregate ("3 of 5 declined: budget
 * mismatch").
 */
export function PostingMatchesCard({ kind, postingId }: { kind: PostingKind; postingId: string }) {
  const { t, i18n } = useTranslation();
  // Every page repeats the decline summary; the latest one read is shown.
  const [declines, setDeclines] = useState<MatchList['declines'] | null>(null);
  // Reasons come in the request language: reload when it changes.
  const matches = useCursorList(async (cursor) => {
    const page = await matchesApi.ofPosting(kind, postingId, { limit: PAGE, cursor });
    setDeclines(page.declines);
    return page;
  }, `matches:${kind}:${postingId}:${i18n.language}`);
  const { items, onChange, onDecline, declineModal } = useMatchChanges(matches.items);

  return (
    <Card title={t('matches.title')} data-testid="posting-matches">
      {matches.error ? <FormError message={errorMessage(matches.error, t)} /> : null}
      {declines?.text ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={declines.text}
          data-testid="match-declines"
        />
      ) : null}
      {matches.loading && items.length === 0 ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        matches.error ? null : (
          <Empty description={t('matches.empty')} />
        )
      ) : (
        <MatchGroups
          items={items}
          onChange={onChange}
          onDecline={onDecline}
          more={{ hasMore: matches.hasMore, loading: matches.loadingMore, load: matches.loadMore }}
        />
      )}
      {declineModal}
    </Card>
  );
}
