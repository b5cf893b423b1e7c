import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { schemaRules } from '../api/generated/rules';

export const PASSWORD_MIN_LENGTH = schemaRules.RegisterDto.password.minLength;
export const PASSWORD_MAX_LENGTH = schemaRules.RegisterDto.password.maxLength;

/** A new password with its rule shown, and a confirmation (the usual label unless given) that must match it. */
export function NewPasswordFields({
  name = 'password',
  label,
  confirmName = 'confirm',
  confirmLabel,
}: {
  name?: string;
  label: string;
  confirmName?: string;
  confirmLabel?: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        name={name}
        label={label}
        extra={t('fields.passwordRule', { min: PASSWORD_MIN_LENGTH })}
        rules={[
          { required: true, message: t('fields.passwordRequired') },
          { min: PASSWORD_MIN_LENGTH, message: t('fields.passwordTooShort', { min: PASSWORD_MIN_LENGTH }) },
          { max: PASSWORD_MAX_LENGTH, message: t('fields.passwordTooLong', { max: PASSWORD_MAX_LENGTH }) },
        ]}
        hasFeedback
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name={confirmName}
        label={confirmLabel ?? t('fields.confirmPassword')}
        dependencies={[name]}
        hasFeedback
        rules={[
          { required: true, message: t('fields.confirmRequired') },
          ({ getFieldValue }) => ({
            validator(_, value) {
              if (!value || getFieldValue(name) === value) return Promise.resolve();
              return Promise.reject(new Error(t('fields.passwordMismatch')));
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
