import { Alert, Skeleton, Timeline, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { dealsApi, type DealTerms } from './api';
import { errorMessage } from '../../lib/errors';
import { formatDateTime, formatDay } from '../../lib/format';
import { useAsync } from '../../lib/use-async';

/** Terms as one line: `合同金额（万元） → 200；…`, for a proposal or a history entry. */
export function describeTerms(t: TFunction, terms: Partial<DealTerms>): string {
  return Object.entries(terms)
    .map(([key, value]) => `${t(`deals.fields.${key}` as 'deals.fields.kind')} → ${String(value ?? '—')}`)
    .join('；');
}

/**
 * A deal's audited history, oldest first, as both parties read it: who recorded, confirmed, edited,
 * proposed, disputed or moved it on, when, and what changed. `version` reloads it after a change.
 */
export function DealHistory({ dealId, version }: { dealId: string; version: number }) {
  const { t } = useTranslation();
  const history = useAsync(() => dealsApi.history(dealId), `deal-history:${dealId}:${version}`);
  if (history.error) return <Alert type="error" showIcon message={errorMessage(history.error, t)} />;
  if (!history.data) return <Skeleton active paragraph={{ rows: 2 }} />;
  return (
    <Timeline
      data-testid="deal-history"
      items={history.data.map((entry) => ({
        color: entry.action === 'disputed' ? 'red' : entry.action.startsWith('change') ? 'orange' : 'blue',
        children: (
          <>
            <Typography.Text>
              {formatDateTime(entry.at)}{' '}
              {t('deals.historyEntry', {
                side: entry.side ? t(`deals.sides.${entry.side}`) : '',
                action: t(`deals.historyActions.${entry.action}`),
              })}
            </Typography.Text>
            {entry.action !== 'created' && entry.terms ? (
              <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
                {describeTerms(t, entry.terms)}
              </Typography.Paragraph>
            ) : null}
            {entry.reason ? (
              <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
                {entry.reason}
              </Typography.Paragraph>
            ) : null}
            {entry.stage ? (
              <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
                {t(`deals.stages.${entry.stage}`)} {entry.on ? formatDay(entry.on) : ''}
              </Typography.Paragraph>
            ) : null}
          </>
        ),
      }))}
    />
  );
}
