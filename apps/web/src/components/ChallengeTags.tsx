import {
  CheckCircleOutlined,
  ClockCircleOutlined,
  CloseCircleOutlined,
  MinusCircleOutlined,
  StarOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChallengeStatus, ProposalStatus } from '../api/types';

const challengeLook: Record<ChallengeStatus, { color: string; icon: ReactNode }> = {
  open: { color: 'green', icon: <ClockCircleOutlined /> },
  awarded: { color: 'gold', icon: <TrophyOutlined /> },
  closed: { color: 'default', icon: <MinusCircleOutlined /> },
};

/** 征集中 / 已揭榜 / 已结束. */
export function ChallengeStatusTag({ status }: { status: ChallengeStatus }) {
  const { t } = useTranslation();
  const look = challengeLook[status] ?? challengeLook.closed;
  return (
    <Tag color={look.color} icon={look.icon} data-testid="challenge-status">
      {t(`challenge.statuses.${status}`)}
    </Tag>
  );
}

const proposalLook: Record<ProposalStatus, { color: string; icon: ReactNode }> = {
  submitted: { color: 'blue', icon: <CheckCircleOutlined /> },
  shortlisted: { color: 'purple', icon: <StarOutlined /> },
  awarded: { color: 'gold', icon: <TrophyOutlined /> },
  declined: { color: 'default', icon: <CloseCircleOutlined /> },
};

/** 已提交 / 已入围 / 已获奖 / 未获选. */
export function ProposalStatusTag({ status }: { status: ProposalStatus }) {
  const { t } = useTranslation();
  const look = proposalLook[status] ?? proposalLook.submitted;
  return (
    <Tag color={look.color} icon={look.icon} data-testid="proposal-status">
      {t(`challenge.proposalStatuses.${status}`)}
    </Tag>
  );
}
