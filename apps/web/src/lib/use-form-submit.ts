import type { FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyServerErrors, errorMessage } from './errors';

/**
 * The busy flag and error message of a modal form whose submit calls the API. `submit` runs the call;
 * a thrown error goes onto the named `fields` (with `aliases`) or, without fields, above the form.
 * `cancel(onClose)` clears the error and closes.
 */
export function useFormSubmit(
  form: FormInstance,
  fields?: readonly string[],
  aliases?: Record<string, string>,
) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (cause) {
      setError(fields ? applyServerErrors(form, cause, t, fields, aliases) : errorMessage(cause, t));
    } finally {
      setBusy(false);
    }
  };

  const cancel = (onClose: () => void) => () => {
    setError(null);
    onClose();
  };

  return { busy, error, submit, cancel };
}
