import { Button, Card, Flex, Select, Skeleton, Table, Typography, App, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { emailModes, inAppModes, notificationsApi, type KindPreference } from '../api/notifications';
import { FormError } from '../components/FormError';
import { PageHeader } from '../components/PageHeader';
import { errorMessage } from '../lib/errors';
import { useAsync } from '../lib/use-async';

/** 通知设置: the signed-in user's matrix of event kinds × channels, saved whole. */
export default function NotificationSettingsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const saved = useAsync(() => notificationsApi.preferences(), 'notification-preferences');
  const [kinds, setKinds] = useState<KindPreference[]>([]);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (saved.data) setKinds(saved.data.kinds);
  }, [saved.data]);

  const change = (kind: string, patch: Partial<KindPreference>) =>
    setKinds((current) => current.map((entry) => (entry.kind === kind ? { ...entry, ...patch } : entry)));

  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      setKinds((await notificationsApi.savePreferences(kinds)).kinds);
      void message.success(t('notificationSettings.saved'));
    } catch (cause) {
      setError(errorMessage(cause, t));
    } finally {
      setSaving(false);
    }
  };

  const modeOptions = (modes: readonly (typeof emailModes)[number][]) =>
    modes.map((mode) => ({ value: mode, label: t(`notificationSettings.modes.${mode}`) }));
  const kindName = (entry: KindPreference) => t(`notificationSettings.kinds.${entry.kind}`);

  const columns: TableColumnsType<KindPreference> = [
    { title: t('notificationSettings.kind'), key: 'kind', render: (_: unknown, entry) => kindName(entry) },
    {
      title: t('notificationSettings.inApp'),
      key: 'inApp',
      render: (_: unknown, entry) => (
        <Select
          aria-label={`${kindName(entry)} · ${t('notificationSettings.inApp')}`}
          value={entry.inApp}
          options={modeOptions(inAppModes)}
          onChange={(inApp) => change(entry.kind, { inApp })}
          style={{ width: 140 }}
        />
      ),
    },
    {
      title: t('notificationSettings.email'),
      key: 'email',
      render: (_: unknown, entry) => (
        <Select
          aria-label={`${kindName(entry)} · ${t('notificationSettings.email')}`}
          value={entry.email}
          options={modeOptions(emailModes)}
          onChange={(email) => change(entry.kind, { email })}
          style={{ width: 140 }}
        />
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('notificationSettings.title')} />
      <Card>
        <Typography.Paragraph type="secondary">{t('notificationSettings.description')}</Typography.Paragraph>
        {saved.error ? <FormError message={errorMessage(saved.error, t)} /> : null}
        <FormError message={error} />
        {saved.loading ? (
          <Skeleton active />
        ) : (
          <Flex vertical gap={16} align="flex-start">
            <div data-testid="notification-preferences">
              <Table<KindPreference>
                rowKey="kind"
                size="small"
                columns={columns}
                dataSource={kinds}
                pagination={false}
              />
            </div>
            <Button
              type="primary"
              loading={saving}
              onClick={() => void save()}
              data-testid="save-preferences"
            >
              {t('notificationSettings.save')}
            </Button>
          </Flex>
        )}
      </Card>
    </>
  );
}
