import { EditOutlined, StarOutlined, TrophyOutlined } from '@ant-design/icons';
import { App, Button, Descriptions, Popconfirm, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { challengesApi } from '../api/challenges';
import type { Challenge, Proposal } from '../api/types';
import { formatBudgetWan, formatDateTime, formatNumber } from '../lib/format';
import { ProposalStatusTag } from './ChallengeTags';
import { useRowAction } from '../lib/use-row-action';
import { ScoreProposalModal } from './ScoreProposalModal';

/** Approach, team and per-criterion scores of one proposal (the expanded row, and the proposer's own view). */
export function ProposalDetails({ proposal, challenge }: { proposal: Proposal; challenge: Challenge }) {
  const { t } = useTranslation();
  const scores = proposal.scores;
  return (
    <Descriptions
      column={1}
      size="small"
      items={[
        {
          key: 'approach',
          label: t('challenge.approach'),
          children: <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{proposal.approach}</Typography.Text>,
        },
        {
          key: 'team',
          label: t('challenge.team'),
          children: <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{proposal.team}</Typography.Text>,
        },
        ...(scores
          ? [
              {
                key: 'scores',
                label: t('challenge.score'),
                children: challenge.criteria
                  .map((item) => `${item.name}: ${scores[item.name] ?? '—'}`)
                  .join(' · '),
              },
            ]
          : []),
        { key: 'createdAt', label: t('challenge.submittedAt'), children: formatDateTime(proposal.createdAt) },
      ]}
    />
  );
}

/** The owner's view of the proposals: score, shortlist and award. */
export function ChallengeProposalsTable({
  challenge,
  proposals,
  loading,
  onChanged,
  onAwarded,
}: {
  challenge: Challenge;
  proposals: Proposal[];
  loading: boolean;
  /** A proposal changed (scored or shortlisted): reload the list. */
  onChanged: () => void;
  /** The call was awarded: reload the call and the list. */
  onAwarded: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { busy, run } = useRowAction();
  const [scoring, setScoring] = useState<Proposal | null>(null);
  const open = challenge.status === 'open';

  const act = (proposal: Proposal, action: 'shortlist' | 'award') =>
    run(proposal.id, async () => {
      await challengesApi[action](challenge.demandId, proposal.id);
      void message.success(
        t(action === 'award' ? 'challenge.awarded' : 'challenge.shortlisted', {
          name: proposal.organizationName,
        }),
      );
      if (action === 'award') onAwarded();
      else onChanged();
    });

  const columns: TableColumnsType<Proposal> = [
    { title: t('challenge.organization'), dataIndex: 'organizationName' },
    {
      title: t('challenge.summary'),
      dataIndex: 'summary',
      render: (value: string) => (
        <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap', maxWidth: 360 }}>
          {value}
        </Typography.Paragraph>
      ),
    },
    {
      title: t('challenge.cost'),
      dataIndex: 'costWan',
      render: (value: number) => formatBudgetWan(value, value, t),
    },
    {
      title: t('challenge.duration'),
      dataIndex: 'durationDays',
      render: (value: number) => t('challenge.durationDays', { count: value }),
    },
    {
      title: t('challenge.status'),
      dataIndex: 'status',
      render: (status: Proposal['status']) => <ProposalStatusTag status={status} />,
    },
    {
      title: t('challenge.totalScore'),
      dataIndex: 'totalScore',
      render: (value: number | null) => (typeof value === 'number' ? formatNumber(value, 2) : '—'),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      render: (_: unknown, proposal) => (
        <Space>
          {open && proposal.status !== 'declined' ? (
            <Button
              size="small"
              icon={<EditOutlined />}
              disabled={busy === proposal.id}
              onClick={() => setScoring(proposal)}
              data-testid="score-proposal"
            >
              {t('challenge.score')}
            </Button>
          ) : null}
          {open && proposal.status === 'submitted' ? (
            <Button
              size="small"
              icon={<StarOutlined />}
              loading={busy === proposal.id}
              onClick={() => void act(proposal, 'shortlist')}
              data-testid="shortlist-proposal"
            >
              {t('challenge.shortlist')}
            </Button>
          ) : null}
          {open && (proposal.status === 'submitted' || proposal.status === 'shortlisted') ? (
            <Popconfirm
              title={t('challenge.awardConfirm', { name: proposal.organizationName })}
              okText={t('common.confirm')}
              cancelText={t('common.cancel')}
              onConfirm={() => act(proposal, 'award')}
            >
              <Button
                type="primary"
                size="small"
                icon={<TrophyOutlined />}
                disabled={busy === proposal.id}
                data-testid="award-proposal"
              >
                {t('challenge.awardAction')}
              </Button>
            </Popconfirm>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <>
      <div data-testid="challenge-proposals">
        <Table<Proposal>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={proposals}
          loading={loading}
          pagination={false}
          locale={{ emptyText: t('challenge.proposalsEmpty') }}
          scroll={{ x: 'max-content' }}
          expandable={{
            expandedRowRender: (proposal) => <ProposalDetails proposal={proposal} challenge={challenge} />,
          }}
        />
      </div>
      <ScoreProposalModal
        demandId={challenge.demandId}
        criteria={challenge.criteria}
        proposal={scoring}
        onClose={() => setScoring(null)}
        onScored={() => {
          setScoring(null);
          void message.success(t('challenge.scored'));
          onChanged();
        }}
      />
    </>
  );
}
