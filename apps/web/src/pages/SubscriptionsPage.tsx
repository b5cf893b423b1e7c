import { App, Button, Card, Empty, Flex, List, Popconfirm, Skeleton, Switch, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { amountBuckets } from '../api/search';
import { subscriptionsApi, type Subscription } from '../api/subscriptions';
import { FormError } from '../components/FormError';
import { PageHeader } from '../components/PageHeader';
import { errorMessage } from '../lib/errors';
import { useAsync } from '../lib/use-async';

/** The /search address that shows what a subscription looks for (the page's own URL parameters). */
function searchLink(s: Subscription): string {
  const params = new URLSearchParams({ q: s.q });
  for (const name of ['kind', 'category', 'maturity', 'field', 'regionCode', 'status'] as const) {
    const value = s[name];
    if (value) params.set(name, value);
  }
  if (s.trlMin !== undefined && s.trlMin === s.trlMax) params.set('trl', String(s.trlMin));
  const bucket = Object.entries(amountBuckets).find(
    ([, range]) => range.min === s.amountMinWan && range.max === s.amountMaxWan,
  );
  if (bucket) params.set('amount', bucket[0]);
  return `/search?${params.toString()}`;
}

/** 我的订阅: the user's saved searches; pause, resume or delete each. */
export default function SubscriptionsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const list = useAsync(() => subscriptionsApi.list(), 'subscriptions');

  const act = async (work: () => Promise<unknown>) => {
    try {
      await work();
      list.reload();
    } catch (cause) {
      void message.error(errorMessage(cause, t));
    }
  };

  const facets = (s: Subscription) =>
    [
      s.kind ? t(`search.kinds.${s.kind}`) : null,
      s.category,
      s.maturity,
      s.field,
      s.regionCode,
      s.trlMin !== undefined || s.trlMax !== undefined ? `TRL ${s.trlMin ?? 1}–${s.trlMax ?? 9}` : null,
      s.amountMinWan !== undefined || s.amountMaxWan !== undefined
        ? t('search.amountBucket', { range: `${s.amountMinWan ?? 0}-${s.amountMaxWan ?? ''}` })
        : null,
      s.status,
    ].filter((value): value is string => Boolean(value));

  return (
    <>
      <PageHeader title={t('subscriptions.title')} subtitle={t('subscriptions.subtitle')} />
      {list.error ? <FormError message={errorMessage(list.error, t)} /> : null}
      <Card>
        {list.loading && !list.data ? (
          <Skeleton active />
        ) : (
          <List
            dataSource={list.data ?? []}
            locale={{ emptyText: <Empty description={t('subscriptions.empty')} /> }}
            renderItem={(s) => (
              <List.Item
                key={s.id}
                data-testid="subscription"
                actions={[
                  <Switch
                    key="active"
                    checked={s.active}
                    checkedChildren={t('subscriptions.active')}
                    unCheckedChildren={t('subscriptions.paused')}
                    aria-label={t(s.active ? 'subscriptions.pause' : 'subscriptions.resume')}
                    data-testid="subscription-active"
                    onChange={(active) => void act(() => subscriptionsApi.setActive(s.id, active))}
                  />,
                  <Popconfirm
                    key="delete"
                    title={t('subscriptions.deleteConfirm')}
                    okText={t('subscriptions.delete')}
                    cancelText={t('common.cancel')}
                    onConfirm={() => act(() => subscriptionsApi.remove(s.id))}
                  >
                    <Button danger type="link" data-testid="subscription-delete">
                      {t('subscriptions.delete')}
                    </Button>
                  </Popconfirm>,
                ]}
              >
                <List.Item.Meta
                  title={
                    <Link to={searchLink(s)} data-testid="subscription-name">
                      {s.name}
                    </Link>
                  }
                  description={
                    <Flex wrap gap={6} align="center">
                      <Typography.Text>{t('subscriptions.query', { q: s.q })}</Typography.Text>
                      {facets(s).map((facet) => (
                        <Tag key={facet}>{facet}</Tag>
                      ))}
                    </Flex>
                  }
                />
              </List.Item>
            )}
          />
        )}
      </Card>
    </>
  );
}
