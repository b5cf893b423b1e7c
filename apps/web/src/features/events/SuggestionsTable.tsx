import { Button, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Suggestion } from './api';

/** Suggested pairs with their match scores; `onSend` (a participant's view) offers a meeting request on each unasked pair. */
export function SuggestionsTable({
  suggestions,
  onSend,
}: {
  suggestions: Suggestion[];
  onSend?: (pair: Suggestion) => void;
}) {
  const { t } = useTranslation();
  return (
    <Table<Suggestion>
      rowKey={(pair) => `${pair.fromRegistrationId}:${pair.from.id}:${pair.to.id}`}
      dataSource={suggestions}
      pagination={false}
      size="small"
      columns={[
        { title: t('events.from'), render: (_, pair) => `${pair.fromOrganizationName} · ${pair.from.title}` },
        { title: t('events.to'), render: (_, pair) => `${pair.toOrganizationName} · ${pair.to.title}` },
        {
          title: t('events.score'),
          dataIndex: 'score',
          render: (score: number) => Math.round(score * 100) / 100,
        },
        {
          title: t('events.status'),
          render: (_, pair) =>
            pair.requestStatus ? (
              <Tag>{t(`events.requestStatuses.${pair.requestStatus}`)}</Tag>
            ) : onSend ? (
              <Button size="small" type="primary" onClick={() => onSend(pair)}>
                {t('events.sendRequest')}
              </Button>
            ) : null,
        },
      ]}
    />
  );
}
