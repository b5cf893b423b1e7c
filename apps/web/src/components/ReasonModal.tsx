import { Form, Input, Modal, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyServerErrors } from '../lib/errors';
import { FormError } from './FormError';

export interface ReasonModalProps {
  open: boolean;
  title: string;
  label: string;
  placeholder?: string;
  okText: string;
  /** Required reasons need `requiredMessage`. */
  required?: boolean;
  requiredMessage?: string;
  max?: number;
  tooLongMessage: string;
  danger?: boolean;
  /** data-testid of the confirm button. */
  okTestId?: string;
  /** Form name (ids `<name>_reason`). */
  name: string;
  /** Does the work; a thrown error is shown in the modal, which stays open. */
  onSubmit: (reason: string | undefined) => Promise<void>;
  onClose: () => void;
}

/** A confirmation dialog asking for a reason (驳回 / 拒绝 / 关闭), with server field errors on the field. */
export function ReasonModal({
  open,
  title,
  label,
  placeholder,
  okText,
  required = false,
  requiredMessage,
  max = 500,
  tooLongMessage,
  danger = true,
  okTestId,
  name,
  onSubmit,
  onClose,
}: ReasonModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason?: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const finish = async ({ reason }: { reason?: string }) => {
    setBusy(true);
    setError(null);
    try {
      await onSubmit(reason?.trim() || undefined);
    } catch (cause) {
      setError(applyServerErrors(form, cause, t, ['reason']));
    } finally {
      setBusy(false);
    }
  };

  const okButtonProps: ButtonProps = {
    danger,
    loading: busy,
    ...(okTestId ? { 'data-testid': okTestId } : {}),
  };

  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={t('common.cancel')}
      okButtonProps={okButtonProps}
      onOk={() => form.submit()}
      onCancel={() => {
        setError(null);
        onClose();
      }}
      destroyOnHidden
    >
      <FormError message={error} />
      <Form form={form} name={name} layout="vertical" onFinish={finish} preserve={false}>
        <Form.Item
          name="reason"
          label={label}
          rules={[
            ...(required ? [{ required: true, whitespace: true, message: requiredMessage }] : []),
            { max, message: tooLongMessage },
          ]}
        >
          <Input.TextArea rows={4} showCount maxLength={max} placeholder={placeholder} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
