import { Table, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/errors';
import type { AsyncState } from '../lib/use-async';
import { FormError } from './FormError';

interface AsyncTableProps<T> extends Omit<TableProps<T>, 'loading'> {
  /** What `useAsync` loaded: its rows (unless `dataSource` narrows them), its spinner and its error. */
  state: AsyncState<T[]>;
  /** Marks the table for the browser specs. */
  testId: string;
}

/**
 * A settings table of everything a list call answers (no paging), with the call's error above it:
 * members, invitations, API keys, webhooks.
 */
export function AsyncTable<T extends object>({ state, testId, ...table }: AsyncTableProps<T>) {
  const { t } = useTranslation();
  return (
    <>
      {state.error ? <FormError message={errorMessage(state.error, t)} /> : null}
      <div data-testid={testId}>
        <Table<T>
          dataSource={state.data ?? []}
          loading={state.loading}
          pagination={false}
          scroll={{ x: 'max-content' }}
          {...table}
        />
      </div>
    </>
  );
}
