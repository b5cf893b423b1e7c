import { CheckCircleOutlined, ClockCircleOutlined, CloseCircleOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberRole, VerificationStatus } from '../api/types';

const statusLook: Record<VerificationStatus, { color: string; icon: ReactNode }> = {
  pending: { color: 'gold', icon: <ClockCircleOutlined /> },
  verified: { color: 'green', icon: <CheckCircleOutlined /> },
  rejected: { color: 'red', icon: <CloseCircleOutlined /> },
};

export function VerificationTag({ status }: { status: VerificationStatus }) {
  const { t } = useTranslation();
  const look = statusLook[status] ?? statusLook.pending;
  return (
    <Tag color={look.color} icon={look.icon} data-testid="verification-status">
      {t(`organization.status.${status}`)}
    </Tag>
  );
}

const roleColor: Record<MemberRole, string> = { owner: 'purple', admin: 'blue', member: 'default' };

export function RoleTag({ role }: { role: MemberRole }) {
  const { t } = useTranslation();
  return <Tag color={roleColor[role]}>{t(`organization.roles.${role}`)}</Tag>;
}
