import { Alert } from 'antd';

/** The error above a form that did not belong to one of its fields. */
export function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Alert
      type="error"
      showIcon
      title={message}
      role="alert"
      style={{ marginBottom: 16 }}
      data-testid="form-error"
    />
  );
}
