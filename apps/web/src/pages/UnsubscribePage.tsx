import { MailOutlined } from '@ant-design/icons';
import { Button, Flex, Result, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { notificationsApi, type Unsubscribe } from '../api/notifications';
import { FormError } from '../components/FormError';
import { LinkButton } from '../components/LinkButton';
import { errorMessage } from '../lib/errors';
import { useAsync } from '../lib/use-async';

/**
 * The page an email's unsubscribe link opens: says what it turns off and does it on one click, without
 * sign-in (the link's signed token is the authority).
 */
export default function UnsubscribePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const preview = useAsync(() => notificationsApi.previewUnsubscribe(token), token || null);
  const [done, setDone] = useState<Unsubscribe | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const kindNames = (answer: Unsubscribe) =>
    answer.kinds.map((kind) => t(`notificationSettings.kinds.${kind}`)).join(t('unsubscribe.separator'));
  const manage = <LinkButton to="/account/notifications">{t('unsubscribe.manage')}</LinkButton>;

  if (!token)
    return <Result status="error" title={t('unsubscribe.title')} subTitle={t('unsubscribe.invalidLink')} />;
  if (preview.loading)
    return (
      <Flex justify="center" style={{ padding: 48 }}>
        <Spin description={t('unsubscribe.loading')} />
      </Flex>
    );
  if (preview.error || !preview.data)
    return <Result status="error" title={t('unsubscribe.title')} subTitle={errorMessage(preview.error, t)} />;
  if (done)
    return (
      <Result
        status="success"
        title={t('unsubscribe.done')}
        subTitle={t('unsubscribe.doneDescription', { kinds: kindNames(done) })}
        extra={manage}
      />
    );
  if (preview.data.kinds.length === 0)
    return (
      <Result
        status="info"
        title={t('unsubscribe.title')}
        subTitle={t('unsubscribe.nothingLeft')}
        extra={manage}
      />
    );

  const confirm = async () => {
    setConfirming(true);
    setError(null);
    try {
      setDone(await notificationsApi.unsubscribe(token));
    } catch (cause) {
      setError(errorMessage(cause, t));
    } finally {
      setConfirming(false);
    }
  };

  const kinds = kindNames(preview.data);
  return (
    <Result
      icon={<MailOutlined />}
      title={t('unsubscribe.title')}
      subTitle={
        preview.data.scope === 'digest'
          ? t('unsubscribe.confirmDigest', { kinds })
          : t('unsubscribe.confirmKind', { kinds })
      }
      extra={
        <Flex vertical gap={12} align="center">
          <FormError message={error} />
          <Button
            type="primary"
            danger
            loading={confirming}
            onClick={() => void confirm()}
            data-testid="confirm-unsubscribe"
          >
            {t('unsubscribe.confirm')}
          </Button>
        </Flex>
      }
    />
  );
}
