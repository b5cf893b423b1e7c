import { Form, Result } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { authApi } from '../api/endpoints';
import { LinkButton } from '../components/LinkButton';
import { AuthFooter, AuthSubmit, EmailField } from '../components/AuthFormParts';
import { AuthHeading } from '../components/AuthHeading';
import { FormError } from '../components/FormError';
import { applyServerErrors } from '../lib/errors';

export default function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ email: string }>();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);

  if (sent) {
    return (
      <Result
        status="success"
        title={t('auth.forgotSentTitle')}
        subTitle={<span data-testid="forgot-sent">{t('auth.forgotSent')}</span>}
        extra={
          <LinkButton type="primary" to="/login">
            {t('auth.loginLink')}
          </LinkButton>
        }
      />
    );
  }

  const onFinish = async ({ email }: { email: string }) => {
    setSubmitting(true);
    setError(null);
    try {
      await authApi.requestPasswordReset(email.trim());
      setSent(true);
    } catch (cause) {
      setError(applyServerErrors(form, cause, t, ['email']));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <>
      <AuthHeading title={t('auth.forgotTitle')} subtitle={t('auth.forgotSubtitle')} />
      <FormError message={error} />
      <Form form={form} name="forgot-password" layout="vertical" requiredMark={false} onFinish={onFinish}>
        <EmailField large />
        <AuthSubmit testId="forgot-submit" submitting={submitting}>
          {t('auth.forgotSubmit')}
        </AuthSubmit>
      </Form>
      <AuthFooter>
        <Link to="/login">{t('auth.loginLink')}</Link>
      </AuthFooter>
    </>
  );
}
