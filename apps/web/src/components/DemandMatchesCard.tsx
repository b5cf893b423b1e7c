import { Card, Empty, List, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { matchesApi } from '../api/conversations';
import { errorMessage } from '../lib/errors';
import { useAsync } from '../lib/use-async';
import { ContactMatchButton } from './ContactMatchButton';
import { FormError } from './FormError';

/** The demand owner's matches, best first, each with its reasons and a way to contact the other side. */
export function DemandMatchesCard({ demandId }: { demandId: string }) {
  const { t, i18n } = useTranslation();
  // Reasons come in the request language: reload when it changes.
  const matches = useAsync(() => matchesApi.ofDemand(demandId), `matches:${demandId}:${i18n.language}`);
  const items = matches.data?.items ?? [];

  return (
    <Card title={t('matches.title')} data-testid="demand-matches">
      {matches.error ? <FormError message={errorMessage(matches.error, t)} /> : null}
      {matches.loading && !matches.data ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        matches.error ? null : (
          <Empty description={t('matches.empty')} />
        )
      ) : (
        <List
          dataSource={items}
          renderItem={(match) => (
            <List.Item
              data-testid="match"
              actions={[<ContactMatchButton key="contact" matchId={match.id} />]}
            >
              <List.Item.Meta
                title={
                  <>
                    <Tag>{t(`search.kinds.${match.candidateType}`)}</Tag>
                    {match.title}
                  </>
                }
                description={
                  <>
                    <Typography.Text strong>
                      {t('matches.score', { percent: Math.round(match.score * 100) })}
                    </Typography.Text>
                    {match.reasons.length > 0 ? ` · ${match.reasons.slice(0, 3).join('；')}` : null}
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
