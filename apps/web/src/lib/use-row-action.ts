import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from './errors';

/**
 * An action on one row of a table (revoke, remove, change a role…): `busy` is the id of the row whose
 * action runs, for its button's spinner; `run(id, action)` runs it and shows a failure as a message, since
 * a row has no form to put the error on.
 */
export function useRowAction() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);

  const run = async (id: string, action: () => Promise<void>) => {
    setBusy(id);
    try {
      await action();
    } catch (cause) {
      void message.error(errorMessage(cause, t));
    } finally {
      setBusy(null);
    }
  };

  return { busy, run };
}
