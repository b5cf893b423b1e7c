import { MessageOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { matchesApi } from '../api/matches';
import { errorMessage } from '../lib/errors';

/** 联系: opens the match's conversation (the one it has, if the other side contacted first) and goes there. */
export function ContactMatchButton({ matchId }: { matchId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);

  const contact = async () => {
    setBusy(true);
    try {
      const { conversationId } = await matchesApi.contact(matchId);
      void navigate(`/conversations/${conversationId}`);
    } catch (cause) {
      void message.error(t('matches.contactFailed', { error: errorMessage(cause, t) }));
      setBusy(false);
    }
  };

  return (
    <Button
      icon={<MessageOutlined />}
      loading={busy}
      onClick={() => void contact()}
      data-testid="contact-match"
    >
      {t('matches.contact')}
    </Button>
  );
}
