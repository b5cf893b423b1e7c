import { Card, List, Skeleton, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { matchesApi } from '../api/matches';
import { FormError } from '../components/FormError';
import { LinkButton } from '../components/LinkButton';
import { MatchListItem } from '../components/MatchListItem';
import { PageHeader } from '../components/PageHeader';
import { useMatchChanges } from '../components/use-match-changes';
import { errorMessage } from '../lib/errors';
import { useAsync } from '../lib/use-async';

/**
 * One match, where a match notification leads: the other side, which of our postings it fits, the
 * score and reasons, and the actions, whichever of the user's organizations the match is for.
 */
export default function MatchPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const match = useAsync(() => matchesApi.one(id), `match:${id}:${i18n.language}`);
  const { items, onChange, onDecline, declineModal } = useMatchChanges(match.data ? [match.data] : []);

  return (
    <>
      <PageHeader
        title={t('matches.detailTitle')}
        subtitle={t('matches.detailSubtitle')}
        extra={
          <Space>
            <LinkButton
              to={`/deals?sourceType=match&sourceId=${encodeURIComponent(id)}`}
              data-testid="record-deal"
            >
              {t('deals.record')}
            </LinkButton>
            <LinkButton to="/matches">{t('matches.backToInbox')}</LinkButton>
          </Space>
        }
      />
      <Card>
        {match.error ? <FormError message={errorMessage(match.error, t)} /> : null}
        {match.loading && !match.data ? (
          <Skeleton active />
        ) : (
          <List
            dataSource={items}
            renderItem={(item) => (
              <MatchListItem match={item} showPosting onChange={onChange} onDecline={onDecline} />
            )}
          />
        )}
      </Card>
      {declineModal}
    </>
  );
}
