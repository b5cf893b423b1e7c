import { Card, Empty, List, Skeleton, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { matchesApi } from '../api/matches';
import { postingPath } from '../api/search';
import { errorMessage } from '../lib/errors';
import { useAsync } from '../lib/use-async';
import { FormError } from './FormError';
import { MatchFit } from './MatchFit';

/** How many of the newest new matches the home page lists; the inbox has them all. */
const SHOWN = 5;

/** The home page's view of 匹配推荐: how many matches are new, and the newest of them. */
export function NewMatchesCard({ organizationId }: { organizationId: string }) {
  const { t, i18n } = useTranslation();
  const inbox = useAsync(() => matchesApi.inbox(), `home-inbox:${organizationId}:${i18n.language}`);
  const fresh = (inbox.data?.items ?? []).filter((match) => match.status === 'new');

  return (
    <Card
      title={t('home.newMatches', { count: fresh.length })}
      extra={<Link to="/matches">{t('home.allMatches')}</Link>}
      data-testid="home-new-matches"
    >
      {inbox.error ? <FormError message={errorMessage(inbox.error, t)} /> : null}
      {inbox.loading && !inbox.data ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : fresh.length === 0 ? (
        inbox.error ? null : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.noNewMatches')} />
        )
      ) : (
        <List
          size="small"
          dataSource={fresh.slice(0, SHOWN)}
          renderItem={(match) => (
            <List.Item extra={<MatchFit match={match} />}>
              <List.Item.Meta
                title={
                  <>
                    <Tag>{t(`search.kinds.${match.candidateType}`)}</Tag>
                    <Link to={postingPath(match.candidateType, match.candidateId)}>{match.title}</Link>
                  </>
                }
                description={t('home.matchFor', { title: match.posting.title })}
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
