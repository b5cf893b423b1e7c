import { SendOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Input, Skeleton, Tag, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import {
  conversationsApi,
  MESSAGE_MAX_LENGTH,
  type ConversationDetail,
  type ConversationMessage,
} from '../api/conversations';
import { FormError } from '../components/FormError';
import { BlockOrganizationButton } from '../features/interest/BlockOrganizationButton';
import { LinkButton } from '../components/LinkButton';
import { PageHeader } from '../components/PageHeader';
import { errorMessage } from '../lib/errors';
import { formatDateTime } from '../lib/format';

/** How often an open thread looks for new messages. */
const POLL_MS = 5_000;

/** Newest page merged into what is shown, oldest first, without duplicates. */
function merge(shown: ConversationMessage[], incoming: ConversationMessage[]): ConversationMessage[] {
  const byId = new Map([...shown, ...incoming].map((message) => [message.id, message]));
  return [...byId.values()].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );
}

/** One conversation: its messages (polled while open), older ones on request, and the send box. */
export default function ConversationPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const [conversation, setConversation] = useState<ConversationDetail | null>(null);
  const [messages, setMessages] = useState<ConversationMessage[]>([]);
  const [older, setOlder] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(undefined);
  const [draft, setDraft] = useState('');
  const [sending, setSending] = useState(false);
  const markedRead = useRef<string | null>(null);

  /** Reads the newest page and, when the other side wrote something new, marks the thread read. */
  const refresh = useCallback(async () => {
    const page = await conversationsApi.messages(id);
    setMessages((shown) => merge(shown, page.items));
    setOlder((current) => current ?? page.nextBefore);
    const newest = page.items.find((message) => !message.mine)?.id ?? null;
    if (newest && newest !== markedRead.current) {
      markedRead.current = newest;
      await conversationsApi.read(id).catch(() => undefined);
    }
  }, [id]);

  useEffect(() => {
    let current = true;
    setMessages([]);
    setOlder(null);
    conversationsApi.get(id).then(
      (detail) => {
        if (!current) return;
        setConversation(detail);
        void refresh().catch((cause: unknown) => current && setError(cause));
      },
      (cause: unknown) => current && setError(cause),
    );
    const poll = setInterval(() => void refresh().catch(() => undefined), POLL_MS);
    return () => {
      current = false;
      clearInterval(poll);
    };
  }, [id, i18n.language, refresh]);

  const loadOlder = async () => {
    if (!older) return;
    try {
      const page = await conversationsApi.messages(id, older);
      setMessages((shown) => merge(shown, page.items));
      setOlder(page.nextBefore);
    } catch (cause) {
      setError(cause);
    }
  };

  const send = async () => {
    const body = draft.trim();
    if (!body) return;
    setSending(true);
    setError(undefined);
    try {
      const message = await conversationsApi.post(id, body);
      setMessages((shown) => merge(shown, [message]));
      setDraft('');
    } catch (cause) {
      setError(cause);
    } finally {
      setSending(false);
    }
  };

  if (!conversation) return error ? <FormError message={errorMessage(error, t)} /> : <Skeleton active />;

  return (
    <>
      <PageHeader
        title={t('conversations.with', {
          name: conversation.counterpart.name ?? t('conversations.undisclosed'),
        })}
        subtitle={conversation.subject}
        extra={
          conversation.canPost ? (
            <Flex gap={8} wrap>
              <LinkButton
                to={`/deals?sourceType=conversation&sourceId=${encodeURIComponent(conversation.id)}`}
                data-testid="record-deal"
              >
                {t('deals.record')}
              </LinkButton>
              {conversation.counterpart.id && conversation.counterpart.name ? (
                <BlockOrganizationButton
                  organizationId={conversation.counterpart.id}
                  name={conversation.counterpart.name}
                />
              ) : null}
            </Flex>
          ) : null
        }
      />
      <Flex vertical gap={16}>
        {conversation.match ? (
          <Card size="small" title={t('conversations.match')} data-testid="conversation-match">
            <Tag>{t(`search.kinds.${conversation.match.candidateType}`)}</Tag>
            {conversation.match.title} ·{' '}
            {t('matches.score', { percent: Math.round(conversation.match.score * 100) })}
          </Card>
        ) : conversation.matchId === null ? (
          <Alert type="info" title={t('conversations.matchGone')} />
        ) : null}
        <Card>
          {older ? (
            <Button block type="link" onClick={() => void loadOlder()}>
              {t('conversations.older')}
            </Button>
          ) : null}
          {messages.length === 0 ? (
            <Empty description={t('conversations.noMessages')} />
          ) : (
            <Flex vertical gap={12}>
              {messages.map((message) => (
                <Flex
                  key={message.id}
                  vertical
                  align={message.mine ? 'flex-end' : 'flex-start'}
                  data-testid="message"
                >
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {message.authorName ?? t('conversations.unknownAuthor')} ·{' '}
                    {message.authorOrganization.name} · {formatDateTime(message.createdAt)}
                  </Typography.Text>
                  <Typography.Paragraph
                    style={{
                      whiteSpace: 'pre-wrap',
                      margin: 0,
                      padding: '8px 12px',
                      borderRadius: 8,
                      maxWidth: '80%',
                      background: message.mine ? '#e6f4ff' : '#f5f5f5',
                    }}
                  >
                    {message.body}
                  </Typography.Paragraph>
                </Flex>
              ))}
            </Flex>
          )}
        </Card>
        {error ? <FormError message={errorMessage(error, t)} /> : null}
        {conversation.canPost ? (
          <Flex vertical gap={8}>
            <Input.TextArea
              value={draft}
              onChange={(event) => setDraft(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void send();
              }}
              placeholder={t('conversations.placeholder')}
              maxLength={MESSAGE_MAX_LENGTH}
              showCount
              autoSize={{ minRows: 3, maxRows: 8 }}
              data-testid="message-input"
            />
            <Flex justify="flex-end">
              <Button
                type="primary"
                icon={<SendOutlined />}
                loading={sending}
                disabled={!draft.trim()}
                onClick={() => void send()}
                data-testid="send-message"
              >
                {t('conversations.send')}
              </Button>
            </Flex>
          </Flex>
        ) : (
          <Alert type="info" title={t('conversations.readOnly')} />
        )}
      </Flex>
    </>
  );
}
