import { SettingOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, List, Skeleton, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { notificationsApi, type AppNotification } from '../api/notifications';
import { FormError } from '../components/FormError';
import { LinkButton } from '../components/LinkButton';
import { PageHeader } from '../components/PageHeader';
import { errorMessage } from '../lib/errors';
import { formatDateTime } from '../lib/format';

/** 通知: the signed-in user's notifications, newest first; opening one marks it read. */
export default function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [items, setItems] = useState<AppNotification[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(undefined);

  const load = async (before?: string) => {
    setLoading(true);
    setError(undefined);
    try {
      const page = await notificationsApi.list(before);
      setItems((shown) => (before ? [...shown, ...page.items] : page.items));
      setNext(page.nextBefore);
    } catch (cause) {
      setError(cause);
    } finally {
      setLoading(false);
    }
  };

  // Titles are stored in both languages: reload in the language just chosen.
  useEffect(() => {
    void load();
  }, [i18n.language]);

  const open = async (item: AppNotification) => {
    if (!item.readAt) await notificationsApi.read(item.id).catch(() => undefined);
    void navigate(item.link);
  };

  const readAll = async () => {
    try {
      await notificationsApi.readAll();
      const now = new Date().toISOString();
      setItems((shown) => shown.map((item) => ({ ...item, readAt: item.readAt ?? now })));
    } catch (cause) {
      setError(cause);
    }
  };

  return (
    <>
      <PageHeader
        title={t('notifications.title')}
        extra={
          <Flex gap={8}>
            <LinkButton to="/account/notifications" icon={<SettingOutlined />}>
              {t('notificationSettings.open')}
            </LinkButton>
            <Button onClick={() => void readAll()} disabled={!items.some((item) => !item.readAt)}>
              {t('notifications.readAll')}
            </Button>
          </Flex>
        }
      />
      <Card>
        {error ? <FormError message={errorMessage(error, t)} /> : null}
        {loading && items.length === 0 ? (
          <Skeleton active />
        ) : items.length === 0 ? (
          error ? null : (
            <Empty description={t('notifications.empty')} />
          )
        ) : (
          <List
            dataSource={items}
            loadMore={
              next ? (
                <Button block type="link" loading={loading} onClick={() => void load(next)}>
                  {t('notifications.more')}
                </Button>
              ) : null
            }
            renderItem={(item) => (
              <List.Item
                data-testid="notification"
                style={{ cursor: 'pointer' }}
                onClick={() => void open(item)}
              >
                <List.Item.Meta
                  title={
                    <Typography.Text strong={!item.readAt}>
                      {item.readAt ? '' : `${t('notifications.unread')} · `}
                      {item.title}
                    </Typography.Text>
                  }
                  description={
                    <>
                      <div>{item.body}</div>
                      <Typography.Text type="secondary">{formatDateTime(item.createdAt)}</Typography.Text>
                    </>
                  }
                />
              </List.Item>
            )}
          />
        )}
      </Card>
    </>
  );
}
