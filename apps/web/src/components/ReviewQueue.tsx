import type { ReactNode } from 'react';
import { Button, Card, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/errors';
import type { AsyncState } from '../lib/use-async';
import { FormError } from './FormError';
import { PageHeader } from './PageHeader';

interface ReviewQueueProps<T extends { id: string }> {
  title: string;
  subtitle: string;
  emptyText: string;
  testId: string;
  queue: AsyncState<T[]>;
  columns: TableColumnsType<T>;
  /** Longer text shown when a row is expanded; rows without it do not expand. */
  detail: (row: T) => string | null | undefined;
  /** More of a row shown when it is expanded (an organization's uploaded licence). */
  expanded?: (row: T) => ReactNode;
}

/** A moderation queue page: header with refresh, the load error if any, and the rows to decide on. */
export function ReviewQueue<T extends { id: string }>({
  title,
  subtitle,
  emptyText,
  testId,
  queue,
  columns,
  detail,
  expanded,
}: ReviewQueueProps<T>) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={title}
        subtitle={subtitle}
        extra={<Button onClick={queue.reload}>{t('common.refresh')}</Button>}
      />
      <Card>
        {queue.error ? <FormError message={errorMessage(queue.error, t)} /> : null}
        <div data-testid={testId}>
          <Table<T>
            rowKey="id"
            columns={columns}
            dataSource={queue.data ?? []}
            loading={queue.loading}
            locale={{ emptyText }}
            scroll={{ x: 'max-content' }}
            expandable={{
              rowExpandable: (row) => Boolean(expanded ?? detail(row)),
              expandedRowRender: (row) => (
                <>
                  <p style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{detail(row)}</p>
                  {expanded?.(row)}
                </>
              ),
            }}
          />
        </div>
      </Card>
    </>
  );
}
