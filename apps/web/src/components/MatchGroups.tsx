import { Button, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatchItem } from '../api/matches';
import type { PostingKind } from '../api/search';
import { MatchListItem } from './MatchListItem';

/** The order the kinds are shown in: people first, then technology, projects, money, needs. */
const KIND_ORDER: readonly PostingKind[] = ['expert', 'achievement', 'project', 'financing-offer', 'demand'];
/** Matches shown per kind before "show all": the best ones, so one long kind does not bury the others. */
const FIRST_SHOWN = 5;

/**
 * Matches grouped by the other side's kind (experts, achievements, projects, financing), each group in
 * the order it was given (best first on a posting, newest first in the inbox), so an equity fund at
 * 48 % never sits above the experts it is not comparable with. The list comes a page at a time (up to
 * 200 candidates per kind are kept): each page loaded joins its groups.
 */
export function MatchGroups({
  items,
  showPosting = false,
  onChange,
  onDecline,
  more,
}: {
  items: MatchItem[];
  showPosting?: boolean;
  onChange: (next: MatchItem) => void;
  onDecline: (match: MatchItem) => void;
  /** The list's next page, when the API has one: a button after the groups loads it into them. */
  more?: { hasMore: boolean; loading: boolean; load: () => void };
}) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState<ReadonlySet<PostingKind>>(new Set());
  const groups = KIND_ORDER.map((kind) => ({
    kind,
    matches: items.filter((match) => match.candidateType === kind),
  })).filter((group) => group.matches.length > 0);

  return (
    <>
      {groups.map(({ kind, matches }) => {
        const open = expanded.has(kind);
        const shown = open ? matches : matches.slice(0, FIRST_SHOWN);
        return (
          <section key={kind} data-testid="match-group" data-kind={kind} style={{ marginBottom: 16 }}>
            <Space size={8} align="baseline">
              <Typography.Title level={5} style={{ margin: 0 }} data-testid="match-group-title">
                {t(`matches.groups.${kind}`)}
              </Typography.Title>
              <Tag>{matches.length}</Tag>
            </Space>
            <List
              dataSource={shown}
              renderItem={(match) => (
                <MatchListItem
                  match={match}
                  showPosting={showPosting}
                  onChange={onChange}
                  onDecline={onDecline}
                />
              )}
            />
            {matches.length > FIRST_SHOWN ? (
              <Button
                type="link"
                data-testid="match-group-toggle"
                onClick={() =>
                  setExpanded((previous) => {
                    const next = new Set(previous);
                    if (open) next.delete(kind);
                    else next.add(kind);
                    return next;
                  })
                }
              >
                {open ? t('matches.showFewer') : t('matches.showAll', { count: matches.length })}
              </Button>
            ) : null}
          </section>
        );
      })}
      {more?.hasMore ? (
        <Button block loading={more.loading} onClick={more.load} data-testid="match-load-more">
          {t('matches.loadMore')}
        </Button>
      ) : null}
    </>
  );
}
