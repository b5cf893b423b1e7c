import { BellOutlined } from '@ant-design/icons';
import { Badge, Button } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { followUnreadCount } from '../api/notifications';

/** The header bell: the unread count as the server streams it, opening /notifications. */
export function NotificationBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [unread, setUnread] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    void followUnreadCount(setUnread, controller.signal);
    return () => controller.abort();
  }, []);

  return (
    <Badge count={unread} size="small" overflowCount={99}>
      <Button
        type="text"
        icon={<BellOutlined />}
        aria-label={t('notifications.bell', { count: unread })}
        data-testid="notification-bell"
        onClick={() => void navigate('/notifications')}
      />
    </Badge>
  );
}
