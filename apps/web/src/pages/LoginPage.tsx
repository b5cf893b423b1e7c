import { LockOutlined } from '@ant-design/icons';
import { Alert, Flex, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { useAuth } from '../auth/auth-context';
import { AuthFooter, AuthSubmit, EmailField } from '../components/AuthFormParts';
import { AuthHeading } from '../components/AuthHeading';
import { FormError } from '../components/FormError';
import { applyServerErrors } from '../lib/errors';
import { safeRedirect, withRedirect } from '../lib/redirect';

interface LoginValues {
  email: string;
  password: string;
}

export default function LoginPage() {
  const { t } = useTranslation();
  const { login, status, sessionExpired } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const redirect = safeRedirect(params.get('redirect'));
  const [form] = Form.useForm<LoginValues>();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (status === 'authenticated' && !submitting) return <Navigate to={redirect} replace />;

  const onFinish = async (values: LoginValues) => {
    setSubmitting(true);
    setError(null);
    try {
      await login(values.email.trim(), values.password);
      void navigate(redirect, { replace: true });
    } catch (cause) {
      setError(applyServerErrors(form, cause, t, ['email', 'password']));
      setSubmitting(false);
    }
  };

  return (
    <>
      <AuthHeading title={t('auth.loginTitle')} subtitle={t('auth.loginSubtitle')} />
      {sessionExpired && !error ? (
        <Alert type="info" showIcon title={t('auth.sessionExpired')} style={{ marginBottom: 16 }} />
      ) : null}
      <FormError message={error} />
      <Form
        form={form}
        name="login"
        layout="vertical"
        requiredMark={false}
        onFinish={onFinish}
        initialValues={{ email: params.get('email') ?? '' }}
      >
        <EmailField large />
        <Form.Item
          name="password"
          label={t('fields.password')}
          rules={[{ required: true, message: t('fields.passwordRequired') }]}
        >
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
        </Form.Item>
        <Flex justify="flex-end" style={{ marginTop: -8, marginBottom: 16 }}>
          <Link to="/forgot-password">{t('auth.forgotLink')}</Link>
        </Flex>
        <AuthSubmit testId="login-submit" submitting={submitting}>
          {t('auth.loginSubmit')}
        </AuthSubmit>
      </Form>
      <AuthFooter>
        {t('auth.noAccount')} <Link to={withRedirect('/register', redirect)}>{t('auth.registerLink')}</Link>
      </AuthFooter>
    </>
  );
}
