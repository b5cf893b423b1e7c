import { Form, Modal, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/FormError';
import { applyServerErrors } from '../../lib/errors';

/**
 * A modal form that sends its values once and puts the API's field errors on its fields: the one shape of
 * every 服务记录 form (visit, service log, task, draft demand).
 */
export function RecordModal<V extends object>({
  title,
  fields,
  initialValues,
  onSubmit,
  onClose,
  children,
}: {
  title: string;
  /** The form's field names, which server errors may name. */
  fields: readonly string[];
  initialValues?: Partial<V>;
  onSubmit: (values: V) => Promise<void>;
  onClose: () => void;
  children: (form: FormInstance<V>) => ReactNode;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<V>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (values: V) => {
    setBusy(true);
    setError(null);
    try {
      await onSubmit(values);
    } catch (cause) {
      setError(applyServerErrors(form, cause, t, fields));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open title={title} onCancel={onClose} onOk={() => form.submit()} confirmLoading={busy} width={640}>
      {error ? <FormError message={error} /> : null}
      <Form form={form} layout="vertical" initialValues={initialValues} onFinish={submit}>
        {children(form)}
      </Form>
    </Modal>
  );
}
