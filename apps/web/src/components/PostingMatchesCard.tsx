import { Alert, Card, Empty, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { matchesApi } from '../api/matches';
import type { PostingKind } from '../api/search';
import { errorMessage } from '../lib/errors';
import { useAsync } from '../lib/use-async';
import { FormError } from './FormError';
import { MatchGroups } from './MatchGroups';
import { useMatchChanges } from './use-match-changes';

/**
 * A posting's matches for its owner, grouped by kind and best first within each, each with its fit level,
 * reasons and actions, and how the other side has answered them in aggregate ("3 of 5 declined: budget
 * mismatch").
 */
export function PostingMatchesCard({ kind, postingId }: { kind: PostingKind; postingId: string }) {
  const { t, i18n } = useTranslation();
  // Reasons come in the request language: reload when it changes.
  const matches = useAsync(
    () => matchesApi.ofPosting(kind, postingId),
    `matches:${kind}:${postingId}:${i18n.language}`,
  );
  const { items, onChange, onDecline, declineModal } = useMatchChanges(matches.data?.items ?? []);

  return (
    <Card title={t('matches.title')} data-testid="posting-matches">
      {matches.error ? <FormError message={errorMessage(matches.error, t)} /> : null}
      {matches.data?.declines.text ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={matches.data.declines.text}
          data-testid="match-declines"
        />
      ) : null}
      {matches.loading && !matches.data ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        matches.error ? null : (
          <Empty description={t('matches.empty')} />
        )
      ) : (
        <MatchGroups items={items} onChange={onChange} onDecline={onDecline} />
      )}
      {declineModal}
    </Card>
  );
}
