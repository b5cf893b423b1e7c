import { FlagOutlined, TrophyOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Flex, Popconfirm, Skeleton, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { challengesApi } from '../api/challenges';
import type { Challenge, Demand, Proposal } from '../api/types';
import { useAuth } from '../auth/auth-context';
import { errorMessage } from '../lib/errors';
import { formatBudgetWan, formatDay } from '../lib/format';
import { useAsync } from '../lib/use-async';
import { ChallengeProposalsTable, ProposalDetails } from './ChallengeProposalsTable';
import { ChallengeStatusTag, ProposalStatusTag } from './ChallengeTags';
import { FormError } from './FormError';
import { OpenChallengeModal } from './OpenChallengeModal';
import { SubmitProposalModal } from './SubmitProposalModal';

/** Demands whose 揭榜挂帅 card is shown. */
export const challengeDemandStatuses: readonly Demand['status'][] = ['published', 'in_progress', 'solved'];

/**
 * 揭榜挂帅 on a demand: the owner launches the call and judges the proposals; other signed-in
 * organizations submit one and follow its status.
 */
export function ChallengeCard({ demand }: { demand: Demand }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { status, currentMembership } = useAuth();
  const signedIn = status === 'authenticated';
  const organizationId = currentMembership?.organizationId ?? null;
  const owner = demand.canEdit;
  const identity = `${demand.id}:${signedIn}:${organizationId}`;

  // The demand says whether it has a call: one without is not asked for it (no 404 on every page).
  const loaded = useAsync(
    () => challengesApi.get(demand.id, signedIn ? 'session' : 'public'),
    demand.challengeStatus ? `challenge:${identity}` : null,
  );
  const [opened, setOpened] = useState<Challenge | null>(null);
  const challenge = loaded.data ?? opened;

  // The owner sees every proposal; another organization only its own.
  const listsProposals = Boolean(challenge) && signedIn && (owner || organizationId !== null);
  const proposals = useAsync(
    () => challengesApi.listProposals(demand.id),
    listsProposals ? `proposals:${identity}:${challenge?.id}` : null,
  );

  const [opening, setOpening] = useState(false);
  const [submitting, setSubmitting] = useState(false);

  if (loaded.loading && !challenge) {
    // Most demands have no call: only the owner (who may launch one) gets a placeholder meanwhile.
    if (!owner) return null;
    return (
      <Card title={t('challenge.title')}>
        <Skeleton active paragraph={{ rows: 3 }} />
      </Card>
    );
  }
  if (loaded.error) {
    return (
      <Card title={t('challenge.title')}>
        <FormError message={errorMessage(loaded.error, t)} />
        <Button onClick={loaded.reload}>{t('common.retry')}</Button>
      </Card>
    );
  }

  if (!challenge) {
    if (!owner) return null;
    return (
      <Card title={t('challenge.title')} data-testid="challenge-card">
        <Flex vertical align="flex-start" gap={12}>
          <Typography.Text type="secondary">{t('challenge.openHint')}</Typography.Text>
          <Button
            type="primary"
            icon={<FlagOutlined />}
            onClick={() => setOpening(true)}
            data-testid="open-challenge"
          >
            {t('challenge.open')}
          </Button>
        </Flex>
        <OpenChallengeModal
          demandId={demand.id}
          open={opening}
          onClose={() => setOpening(false)}
          onOpened={(created) => {
            setOpening(false);
            setOpened(created);
            void message.success(t('challenge.opened'));
            loaded.reload();
          }}
        />
      </Card>
    );
  }

  const myProposals: Proposal[] = !owner ? (proposals.data ?? []) : [];
  const beforeDeadline = !dayjs().isAfter(dayjs(challenge.deadline), 'day');
  const maySubmit =
    !owner &&
    signedIn &&
    organizationId !== null &&
    organizationId !== demand.organizationId &&
    challenge.status === 'open' &&
    beforeDeadline &&
    !demand.redacted &&
    proposals.data !== undefined &&
    myProposals.length === 0;

  const reloadAll = () => {
    loaded.reload();
    proposals.reload();
  };

  const close = async () => {
    try {
      await challengesApi.close(demand.id);
      void message.success(t('challenge.closed'));
      reloadAll();
    } catch (cause) {
      void message.error(errorMessage(cause, t));
    }
  };

  return (
    <Card
      title={
        <Space>
          <TrophyOutlined />
          {t('challenge.title')}
          <ChallengeStatusTag status={challenge.status} />
        </Space>
      }
      extra={
        maySubmit ? (
          <Button type="primary" onClick={() => setSubmitting(true)} data-testid="submit-proposal">
            {t('challenge.submit')}
          </Button>
        ) : owner && challenge.status === 'open' ? (
          <Popconfirm title={t('challenge.closeConfirm')} onConfirm={() => void close()}>
            <Button danger data-testid="close-challenge">
              {t('challenge.close')}
            </Button>
          </Popconfirm>
        ) : null
      }
      data-testid="challenge-card"
    >
      <Flex vertical gap={16}>
        <Descriptions
          column={{ xs: 1, sm: 2 }}
          size="small"
          items={[
            {
              key: 'award',
              label: t('challenge.award'),
              children: (
                <span data-testid="challenge-award">
                  {formatBudgetWan(challenge.awardWan, challenge.awardWan, t)}
                </span>
              ),
            },
            { key: 'deadline', label: t('challenge.deadline'), children: formatDay(challenge.deadline) },
            {
              key: 'criteria',
              label: t('challenge.criteria'),
              span: 'filled',
              children: (
                <Space size={[4, 6]} wrap data-testid="challenge-criteria-list">
                  {challenge.criteria.map((item) => (
                    <Tag key={item.name}>
                      {item.name} {item.weight}%
                    </Tag>
                  ))}
                </Space>
              ),
            },
            {
              key: 'proposalCount',
              label: t('challenge.proposalCount'),
              children: (
                <span data-testid="challenge-proposal-count">
                  {t('challenge.proposalCountValue', { count: challenge.proposalCount })}
                </span>
              ),
            },
            ...(challenge.description
              ? [
                  {
                    key: 'description',
                    label: t('challenge.description'),
                    span: 'filled' as const,
                    children: (
                      <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>
                        {challenge.description}
                      </Typography.Text>
                    ),
                  },
                ]
              : []),
          ]}
        />
        {proposals.error ? <FormError message={errorMessage(proposals.error, t)} /> : null}
        {owner ? (
          <Flex vertical gap={8}>
            <Typography.Text strong>{t('challenge.proposals')}</Typography.Text>
            <ChallengeProposalsTable
              challenge={challenge}
              proposals={proposals.data ?? []}
              loading={proposals.loading}
              onChanged={proposals.reload}
              onAwarded={reloadAll}
            />
          </Flex>
        ) : null}
        {!owner && myProposals.length > 0 ? (
          <Flex vertical gap={8} data-testid="my-proposals">
            <Typography.Text strong>{t('challenge.myProposals')}</Typography.Text>
            {myProposals.map((proposal) => (
              <Card
                key={proposal.id}
                size="small"
                title={proposal.summary}
                extra={<ProposalStatusTag status={proposal.status} />}
              >
                <Descriptions
                  column={{ xs: 1, sm: 2 }}
                  size="small"
                  items={[
                    {
                      key: 'cost',
                      label: t('challenge.cost'),
                      children: formatBudgetWan(proposal.costWan, proposal.costWan, t),
                    },
                    {
                      key: 'duration',
                      label: t('challenge.duration'),
                      children: t('challenge.durationDays', { count: proposal.durationDays }),
                    },
                  ]}
                />
                <ProposalDetails proposal={proposal} challenge={challenge} />
              </Card>
            ))}
          </Flex>
        ) : null}
      </Flex>
      {maySubmit ? (
        <SubmitProposalModal
          demandId={demand.id}
          open={submitting}
          onClose={() => setSubmitting(false)}
          onSubmitted={() => {
            setSubmitting(false);
            void message.success(t('challenge.submitted'));
            reloadAll();
          }}
        />
      ) : null}
    </Card>
  );
}
