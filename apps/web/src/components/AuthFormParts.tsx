import { MailOutlined } from '@ant-design/icons';
import { Button, Form, Input, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The sign-in, sign-up and password pages' email field; `large` for the pages whose inputs carry icons. */
export function EmailField({ large = false }: { large?: boolean }) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="email"
      label={t('fields.email')}
      rules={[
        { required: true, message: t('fields.emailRequired') },
        { type: 'email', message: t('fields.emailInvalid') },
      ]}
    >
      <Input
        prefix={large ? <MailOutlined /> : undefined}
        autoComplete="email"
        inputMode="email"
        size={large ? 'large' : undefined}
      />
    </Form.Item>
  );
}

/** The one full-width button that submits an auth page's form. */
export function AuthSubmit({
  testId,
  submitting,
  children,
}: {
  testId: string;
  submitting: boolean;
  children: ReactNode;
}) {
  return (
    <Button type="primary" htmlType="submit" size="large" block loading={submitting} data-testid={testId}>
      {children}
    </Button>
  );
}

/** The centred line under an auth page's form that links to the other pages. */
export function AuthFooter({ children }: { children: ReactNode }) {
  return (
    <Typography.Paragraph style={{ marginTop: 24, marginBottom: 0, textAlign: 'center' }}>
      {children}
    </Typography.Paragraph>
  );
}
