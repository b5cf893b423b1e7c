import { App, Empty, Segmented, Skeleton, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { dealsApi, dealStatuses, type Deal, type DealSourceType, type DealStatus } from './api';
import { useAuth } from '../../auth/auth-context';
import { DealCard } from './DealCard';
import { FormError } from '../../components/FormError';
import { PageHeader } from '../../components/PageHeader';
import { RecordDealModal } from './RecordDealModal';
import { errorMessage } from '../../lib/errors';
import { useAsync } from '../../lib/use-async';

const SOURCE_TYPES: readonly DealSourceType[] = ['match', 'conversation', 'award'];

/**
 * 成交: the acting organization's deals, 待确认 first to the side that must answer, with confirm, dispute
 * and stage actions. `?sourceType=match&sourceId=…` (from a match's or a conversation's page) opens the
 * form that records a deal from it.
 */
export default function DealsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { currentMembership } = useAuth();
  const [params, setParams] = useSearchParams();
  const [status, setStatus] = useState<DealStatus | 'all'>('all');
  const deals = useAsync(
    () => dealsApi.list(status === 'all' ? {} : { status }),
    `deals:${currentMembership?.organizationId}:${status}`,
  );
  const [items, setItems] = useState<Deal[]>([]);
  useEffect(() => setItems(deals.data ?? []), [deals.data]);
  const sourceType = params.get('sourceType') as DealSourceType | null;
  const sourceId = params.get('sourceId');
  const recording =
    sourceType && SOURCE_TYPES.includes(sourceType) && sourceId ? { sourceType, sourceId } : null;
  const closeForm = () => setParams({}, { replace: true });
  const replace = (deal: Deal) => setItems((list) => list.map((item) => (item.id === deal.id ? deal : item)));
  // The side that must answer sees its 待确认 deals first.
  const sorted = [...items].sort((a, b) => Number(b.awaitingViewer) - Number(a.awaitingViewer));

  return (
    <>
      <PageHeader title={t('deals.title')} subtitle={t('deals.subtitle')} />
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Segmented
          value={status}
          onChange={(value) => setStatus(value as DealStatus | 'all')}
          options={[
            { value: 'all', label: t('deals.all') },
            ...dealStatuses.map((value) => ({ value, label: t(`deals.filters.${value}`) })),
          ]}
        />
        {!currentMembership ? (
          <Typography.Text type="secondary">{t('deals.noOrganization')}</Typography.Text>
        ) : null}
        {deals.error ? <FormError message={errorMessage(deals.error, t)} /> : null}
        {deals.loading && !deals.data ? (
          <Skeleton active />
        ) : sorted.length === 0 ? (
          <Empty description={`${t('deals.empty')} ${t('deals.recordHint')}`} />
        ) : (
          sorted.map((deal) => <DealCard key={deal.id} deal={deal} onChange={replace} />)
        )}
      </Space>
      {recording ? (
        <RecordDealModal
          sourceType={recording.sourceType}
          sourceId={recording.sourceId}
          onClose={closeForm}
          onDone={(deal) => {
            void message.success(t('deals.recorded'));
            closeForm();
            setItems((list) => [deal, ...list.filter((item) => item.id !== deal.id)]);
          }}
        />
      ) : null}
    </>
  );
}
