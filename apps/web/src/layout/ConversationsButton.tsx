import { MessageOutlined } from '@ant-design/icons';
import { Badge, Button } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { conversationsApi, onThreadRead } from '../api/conversations';
import { useAuth } from '../auth/auth-context';

/** How often the header re-reads the unread messages: a thread's own page polls faster while open. */
const POLL_MS = 15_000;

/** The header's conversations entry: the acting organization's unread messages, opening /conversations. */
export function ConversationsButton() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const { currentMembership } = useAuth();
  const [unread, setUnread] = useState(0);

  // Re-read on navigation and whenever a thread is marked read, so the count drops at once.
  useEffect(() => {
    let current = true;
    const load = () =>
      conversationsApi.list().then(
        (threads) => {
          if (current) setUnread(threads.reduce((sum, thread) => sum + thread.unread, 0));
        },
        () => undefined,
      );
    void load();
    const poll = setInterval(() => void load(), POLL_MS);
    const unsubscribe = onThreadRead(() => void load());
    return () => {
      current = false;
      clearInterval(poll);
      unsubscribe();
    };
  }, [location.pathname, currentMembership?.organizationId]);

  return (
    <Badge count={unread} size="small" overflowCount={99}>
      <Button
        type="text"
        icon={<MessageOutlined />}
        aria-label={t('conversations.nav', { count: unread })}
        data-testid="conversations-link"
        onClick={() => void navigate('/conversations')}
      />
    </Badge>
  );
}
