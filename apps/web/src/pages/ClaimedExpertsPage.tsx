import { Card, Empty, Flex, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { expertsApi } from '../api/catalogue';
import { catalogueKinds } from '../catalogue/kinds';
import { FormError } from '../components/FormError';
import { PageHeader } from '../components/PageHeader';
import { PostingCard } from '../components/PostingCard';
import { errorMessage } from '../lib/errors';
import { useAsync } from '../lib/use-async';

/** 我的专家档案: the profiles the signed-in user has claimed (GET /experts/claimed). */
export default function ClaimedExpertsPage() {
  const { t, i18n } = useTranslation();
  const claimed = useAsync(() => expertsApi.claimed(), `claimed:${i18n.language}`);
  return (
    <>
      <PageHeader title={t('expert.claimedTitle')} subtitle={t('expert.claimedSubtitle')} />
      <Card>
        {claimed.error ? <FormError message={errorMessage(claimed.error, t)} /> : null}
        {claimed.loading ? (
          <Skeleton active />
        ) : claimed.data?.length ? (
          <Flex vertical gap={12}>
            {claimed.data.map((expert) => (
              <PostingCard key={expert.id} kind={catalogueKinds.expert} item={expert} />
            ))}
          </Flex>
        ) : claimed.error ? null : (
          <Empty description={t('expert.claimedEmpty')} />
        )}
      </Card>
    </>
  );
}
