import {
  CheckCircleOutlined,
  ClockCircleOutlined,
  CloseCircleOutlined,
  EditOutlined,
  GlobalOutlined,
  LockOutlined,
  MinusCircleOutlined,
  SyncOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccessRequestStatus, DemandCategory, DemandStatus, DemandVisibility } from '../api/types';

const categoryColor: Record<DemandCategory, string> = {
  common: 'geekblue',
  chokepoint: 'volcano',
  shortboard: 'orange',
  efficiency: 'cyan',
};

export function CategoryTag({ category }: { category: DemandCategory }) {
  const { t } = useTranslation();
  return (
    <Tag color={categoryColor[category] ?? 'default'} data-testid="demand-category">
      {t(`demand.categories.${category}`)}
    </Tag>
  );
}

const statusLook: Record<DemandStatus, { color: string; icon: ReactNode }> = {
  draft: { color: 'default', icon: <EditOutlined /> },
  submitted: { color: 'gold', icon: <ClockCircleOutlined /> },
  rejected: { color: 'red', icon: <CloseCircleOutlined /> },
  published: { color: 'green', icon: <CheckCircleOutlined /> },
  in_progress: { color: 'blue', icon: <SyncOutlined /> },
  solved: { color: 'cyan', icon: <CheckCircleOutlined /> },
  closed: { color: 'default', icon: <MinusCircleOutlined /> },
  expired: { color: 'default', icon: <ClockCircleOutlined /> },
};

export function DemandStatusTag({ status }: { status: DemandStatus }) {
  const { t } = useTranslation();
  const look = statusLook[status] ?? statusLook.draft;
  return (
    <Tag color={look.color} icon={look.icon} data-testid="demand-status">
      {t(`demand.statuses.${status}`)}
    </Tag>
  );
}

const visibilityLook: Record<DemandVisibility, { color: string; icon: ReactNode }> = {
  public: { color: 'default', icon: <GlobalOutlined /> },
  registered: { color: 'blue', icon: <TeamOutlined /> },
  confidential: { color: 'purple', icon: <LockOutlined /> },
};

export function VisibilityTag({ visibility }: { visibility: DemandVisibility }) {
  const { t } = useTranslation();
  const look = visibilityLook[visibility] ?? visibilityLook.public;
  return (
    <Tag color={look.color} icon={look.icon} data-testid="demand-visibility-tag">
      {t(`demand.visibilities.${visibility}`)}
    </Tag>
  );
}

/** The 🔒 保密需求 mark of a confidential demand (an icon rather than the emoji, which not every font has). */
export function ConfidentialTag() {
  const { t } = useTranslation();
  return (
    <Tag color="purple" icon={<LockOutlined />} data-testid="demand-confidential">
      {t('demand.confidentialTag')}
    </Tag>
  );
}

const accessColor: Record<AccessRequestStatus, string> = {
  pending: 'gold',
  granted: 'green',
  refused: 'red',
  revoked: 'default',
};

export function AccessStatusTag({ status }: { status: AccessRequestStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={accessColor[status] ?? 'default'} data-testid="access-request-status">
      {t(`demand.accessStatuses.${status}`)}
    </Tag>
  );
}
