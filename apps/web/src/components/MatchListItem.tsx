import { CloseCircleOutlined, StarOutlined } from '@ant-design/icons';
import { App, Button, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { matchesApi, type MatchItem, type MatchStatus } from '../api/matches';
import { postingPath } from '../api/search';
import { errorMessage } from '../lib/errors';
import { ContactMatchButton } from './ContactMatchButton';
import { MatchFit } from './MatchFit';

const STATUS_COLORS: Record<MatchStatus, string> = {
  new: 'blue',
  viewed: 'default',
  contacted: 'green',
  shortlisted: 'gold',
  declined: 'red',
};

/**
 * One match with everything a party acts on: the other side (opening it marks the match viewed), the
 * score, every reason, the status, and 联系 / 收藏 / 不合适.
 */
export function MatchListItem({
  match,
  showPosting = false,
  onChange,
  onDecline,
}: {
  match: MatchItem;
  /** Names which of the viewer's postings the match is for (the inbox mixes them). */
  showPosting?: boolean;
  onChange: (next: MatchItem) => void;
  /** Opens the decline dialog for this match. */
  onDecline: (match: MatchItem) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  const shortlist = async () => {
    setBusy(true);
    try {
      onChange(await matchesApi.shortlist(match.id));
    } catch (cause) {
      void message.error(t('matches.actionFailed', { error: errorMessage(cause, t) }));
    } finally {
      setBusy(false);
    }
  };
  // Fire and forget: the link navigates at once, and a failed mark only leaves the match "new".
  const markViewed = () => {
    if (match.status === 'new') void matchesApi.view(match.id).catch(() => undefined);
  };

  return (
    <List.Item
      data-testid="match"
      actions={[
        <ContactMatchButton key="contact" matchId={match.id} />,
        <Button
          key="shortlist"
          icon={<StarOutlined />}
          loading={busy}
          disabled={match.status === 'shortlisted'}
          onClick={() => void shortlist()}
          data-testid="shortlist-match"
        >
          {t('matches.shortlist')}
        </Button>,
        <Button
          key="decline"
          icon={<CloseCircleOutlined />}
          disabled={match.status === 'declined'}
          onClick={() => onDecline(match)}
          data-testid="decline-match"
        >
          {t('matches.decline')}
        </Button>,
      ]}
    >
      <List.Item.Meta
        title={
          <Space size={6} wrap>
            <Tag>{t(`search.kinds.${match.candidateType}`)}</Tag>
            <Link to={postingPath(match.candidateType, match.candidateId)} onClick={markViewed}>
              {match.title}
            </Link>
            <Tag color={STATUS_COLORS[match.status]} data-testid="match-status">
              {match.status === 'declined' && match.declineReasonCode
                ? t('matches.declinedFor', { reason: t(`matches.reasons.${match.declineReasonCode}`) })
                : t(`matches.statuses.${match.status}`)}
            </Tag>
          </Space>
        }
        description={
          <>
            {showPosting ? (
              <div data-testid="match-for">
                {t('matches.forPosting', { kind: t(`search.kinds.${match.posting.type}`) })}
                <Link to={postingPath(match.posting.type, match.posting.id)}>{match.posting.title}</Link>
              </div>
            ) : null}
            <MatchFit match={match} />
            {match.superseded ? (
              <Typography.Text type="warning" data-testid="match-superseded" style={{ marginInlineStart: 8 }}>
                {t('matches.superseded')}
              </Typography.Text>
            ) : null}
            {match.reasons.length > 0 ? (
              <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }} data-testid="match-reasons">
                {match.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            ) : null}
            {match.warnings.length > 0 ? (
              <div data-testid="match-warnings">
                {match.warnings.map((warning) => (
                  <Tag key={warning} color="warning">
                    {t('matches.warning', { text: warning })}
                  </Tag>
                ))}
              </div>
            ) : null}
          </>
        }
      />
    </List.Item>
  );
}
