import { Checkbox, Form, Input, App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { authApi } from '../api/endpoints';
import { useAuth } from '../auth/auth-context';
import { AuthFooter, AuthSubmit, EmailField } from '../components/AuthFormParts';
import { AuthHeading } from '../components/AuthHeading';
import { FormError } from '../components/FormError';
import { NewPasswordFields } from '../components/NewPasswordFields';
import { applyServerErrors } from '../lib/errors';
import { safeRedirect, withRedirect } from '../lib/redirect';
import { schemaRules } from '../api/generated/rules';
import { CONSENT_VERSION } from '../features/portal/consent';

interface RegisterValues {
  name: string;
  email: string;
  password: string;
  confirm: string;
  consent: boolean;
}

const NAME_MAX = schemaRules.RegisterDto.name.maxLength;

export default function RegisterPage() {
  const { t } = useTranslation();
  const { login, status } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const redirect = safeRedirect(params.get('redirect'));
  const [form] = Form.useForm<RegisterValues>();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (status === 'authenticated' && !submitting) return <Navigate to={redirect} replace />;

  const onFinish = async (values: RegisterValues) => {
    setSubmitting(true);
    setError(null);
    const email = values.email.trim();
    try {
      await authApi.register({
        name: values.name.trim(),
        email,
        password: values.password,
        consentVersion: CONSENT_VERSION,
      });
    } catch (cause) {
      setError(applyServerErrors(form, cause, t, ['name', 'email', 'password']));
      setSubmitting(false);
      return;
    }
    try {
      await login(email, values.password);
      void message.success(t('auth.registered'));
      // The account can act once the emailed link confirms the address; accepting an emailed invitation
      // proves it too, so a sign-up from an invitation link goes straight back to it.
      // A plain sign-up continues, once confirmed, with the guided step to create or join an organization.
      const next = redirect.startsWith('/invitations/')
        ? redirect
        : withRedirect('/verify-email', redirect === '/' ? '/welcome' : redirect);
      void navigate(next, { replace: true });
    } catch {
      // The account exists; signing in right away failed (e.g. throttled): let the user do it.
      void message.success(t('auth.registeredPleaseLogin'));
      void navigate(withRedirect(`/login?email=${encodeURIComponent(email)}`, redirect), { replace: true });
    }
  };

  return (
    <>
      <AuthHeading title={t('auth.registerTitle')} subtitle={t('auth.registerSubtitle')} />
      <FormError message={error} />
      <Form
        form={form}
        name="register"
        layout="vertical"
        requiredMark={false}
        onFinish={onFinish}
        initialValues={{ email: params.get('email') ?? '' }}
      >
        <Form.Item
          name="name"
          label={t('fields.name')}
          rules={[
            { required: true, whitespace: true, message: t('fields.nameRequired') },
            { max: NAME_MAX, message: t('fields.nameTooLong', { max: NAME_MAX }) },
          ]}
        >
          <Input autoComplete="name" />
        </Form.Item>
        <EmailField />
        <NewPasswordFields label={t('fields.password')} />
        <Form.Item
          name="consent"
          valuePropName="checked"
          rules={[
            {
              validator: (_, value) =>
                value ? Promise.resolve() : Promise.reject(new Error(t('legal.consentRequired'))),
            },
          ]}
        >
          <Checkbox data-testid="register-consent">
            {t('legal.consent')}{' '}
            <Link to="/legal/terms" target="_blank">
              {t('legal.terms')}
            </Link>{' '}
            {t('legal.and')}{' '}
            <Link to="/legal/privacy" target="_blank">
              {t('legal.privacy')}
            </Link>
          </Checkbox>
        </Form.Item>
        <AuthSubmit testId="register-submit" submitting={submitting}>
          {t('auth.registerSubmit')}
        </AuthSubmit>
      </Form>
      <AuthFooter>
        {t('auth.haveAccount')} <Link to={withRedirect('/login', redirect)}>{t('auth.loginLink')}</Link>
      </AuthFooter>
    </>
  );
}
