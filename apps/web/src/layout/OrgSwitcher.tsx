import { ApartmentOutlined, CheckOutlined, DownOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Dropdown, Flex, Typography, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAuth } from '../auth/auth-context';
import { RoleTag, VerificationTag } from '../components/StatusTags';

const CREATE_KEY = '__create__';

export function OrgSwitcher({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const { me, currentMembership, switchOrganization } = useAuth();
  const navigate = useNavigate();
  const memberships = me?.memberships ?? [];

  const items: MenuProps['items'] = [
    ...memberships.map((m) => ({
      key: m.organizationId,
      icon:
        m.organizationId === currentMembership?.organizationId ? (
          <CheckOutlined />
        ) : (
          <span className="dj-menu-spacer" />
        ),
      label: (
        <Flex align="center" justify="space-between" gap={12} data-testid="org-switcher-item">
          <span>{m.organization.name}</span>
          <span>
            <RoleTag role={m.role} />
            <VerificationTag status={m.organization.verificationStatus} />
          </span>
        </Flex>
      ),
    })),
    ...(memberships.length ? [{ type: 'divider' as const }] : []),
    { key: CREATE_KEY, icon: <PlusOutlined />, label: t('header.createOrganization') },
  ];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === CREATE_KEY) void navigate('/organizations/new');
    else switchOrganization(key);
  };

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items,
        onClick,
        selectable: true,
        selectedKeys: currentMembership ? [currentMembership.organizationId] : [],
      }}
    >
      <Button data-testid="org-switcher" aria-label={t('header.orgSwitcher')} className="dj-org-switcher">
        <ApartmentOutlined />
        <Typography.Text ellipsis style={{ maxWidth: compact ? 110 : 240 }}>
          {currentMembership?.organization.name ?? t('header.noOrganization')}
        </Typography.Text>
        <DownOutlined style={{ fontSize: 10 }} />
      </Button>
    </Dropdown>
  );
}
