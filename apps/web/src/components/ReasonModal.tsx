import { Form, Input, Modal, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormError } from './FormError';
import { useFormSubmit } from '../lib/use-form-submit';

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
  const { busy, error, submit, cancel } = useFormSubmit(form, ['reason']);

  const finish = async ({ reason }: { reason?: string }) => {
    await submit(async () => {
      await onSubmit(reason?.trim() || undefined);
    });
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
      onCancel={cancel(onClose)}
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
