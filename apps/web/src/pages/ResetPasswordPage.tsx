import { Form, Result } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { authApi } from '../api/endpoints';
import { LinkButton } from '../components/LinkButton';
import { AuthSubmit } from '../components/AuthFormParts';
import { AuthHeading } from '../components/AuthHeading';
import { FormError } from '../components/FormError';
import { NewPasswordFields } from '../components/NewPasswordFields';
import { applyServerErrors } from '../lib/errors';

export default function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const requestId = params.get('id');
  const token = params.get('token');
  const [form] = Form.useForm<{ password: string; confirm: string }>();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  const toLogin = (
    <LinkButton type="primary" to="/login">
      {t('auth.loginLink')}
    </LinkButton>
  );

  if (!requestId || !token) {
    return (
      <Result
        status="error"
        title={t('auth.resetTitle')}
        subTitle={t('auth.resetInvalidLink')}
        extra={toLogin}
      />
    );
  }
  if (done) {
    return (
      <Result
        status="success"
        title={t('auth.resetDoneTitle')}
        subTitle={t('auth.resetDone')}
        extra={toLogin}
      />
    );
  }

  const onFinish = async ({ password }: { password: string }) => {
    setSubmitting(true);
    setError(null);
    try {
      await authApi.resetPassword({ requestId, token, password });
      setDone(true);
    } catch (cause) {
      setError(applyServerErrors(form, cause, t, ['password']));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <>
      <AuthHeading title={t('auth.resetTitle')} subtitle={t('auth.resetSubtitle')} />
      <FormError message={error} />
      <Form form={form} name="reset-password" layout="vertical" requiredMark={false} onFinish={onFinish}>
        <NewPasswordFields label={t('auth.newPassword')} />
        <AuthSubmit testId="reset-submit" submitting={submitting}>
          {t('auth.resetSubmit')}
        </AuthSubmit>
      </Form>
    </>
  );
}
