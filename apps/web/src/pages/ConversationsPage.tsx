import { Badge, Card, Empty, List, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { conversationsApi } from '../api/conversations';
import { useAuth } from '../auth/auth-context';
import { FormError } from '../components/FormError';
import { PageHeader } from '../components/PageHeader';
import { errorMessage } from '../lib/errors';
import { formatDateTime } from '../lib/format';
import { useAsync } from '../lib/use-async';

/** 对接会话: the acting organization's threads, newest activity first, with unread badges. */
export default function ConversationsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { currentMembership } = useAuth();
  const threads = useAsync(
    () => conversationsApi.list(),
    `conversations:${currentMembership?.organizationId}`,
  );
  const items = threads.data ?? [];

  return (
    <>
      <PageHeader title={t('conversations.title')} />
      <Card>
        {threads.error ? <FormError message={errorMessage(threads.error, t)} /> : null}
        {threads.loading && !threads.data ? (
          <Skeleton active />
        ) : items.length === 0 ? (
          threads.error ? null : (
            <Empty description={t('conversations.empty')} />
          )
        ) : (
          <List
            dataSource={items}
            renderItem={(thread) => (
              <List.Item
                data-testid="conversation"
                style={{ cursor: 'pointer' }}
                onClick={() => void navigate(`/conversations/${thread.id}`)}
                extra={
                  <Typography.Text type="secondary">{formatDateTime(thread.lastMessageAt)}</Typography.Text>
                }
              >
                <List.Item.Meta
                  title={
                    <Badge
                      count={thread.unread}
                      size="small"
                      offset={[10, 0]}
                      title={t('conversations.unread', { count: thread.unread })}
                    >
                      <Typography.Text strong={thread.unread > 0}>
                        {thread.counterpart.name ?? t('conversations.undisclosed')}
                      </Typography.Text>
                    </Badge>
                  }
                  description={
                    <>
                      <div>{thread.subject}</div>
                      <Typography.Text type="secondary" ellipsis>
                        {thread.lastMessage
                          ? `${thread.lastMessage.authorOrganization.name}：${thread.lastMessage.body}`
                          : t('conversations.noMessages')}
                      </Typography.Text>
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
