import { BellOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Avatar, Button, Dropdown, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAuth } from '../auth/auth-context';
import { errorMessage } from '../lib/errors';

export function UserMenu({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const { me, logout } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();

  const items: MenuProps['items'] = [
    {
      key: 'who',
      disabled: true,
      label: <span className="dj-user-menu__email">{me?.email}</span>,
    },
    { type: 'divider' },
    { key: 'account', icon: <UserOutlined />, label: t('header.account') },
    { key: 'subscriptions', icon: <BellOutlined />, label: t('subscriptions.title') },
    { key: 'logout', icon: <LogoutOutlined />, label: t('header.logout'), danger: true },
  ];

  const signOut = async () => {
    await logout();
    void message.success(t('auth.loggedOut'));
    void navigate('/login', { replace: true });
  };

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'account') void navigate('/account');
    if (key === 'subscriptions') void navigate('/subscriptions');
    if (key === 'logout') {
      signOut().catch((cause: unknown) => {
        void message.error(errorMessage(cause, t));
      });
    }
  };

  const initial = (me?.name || me?.email || '?').slice(0, 1).toUpperCase();
  return (
    <Dropdown trigger={['click']} menu={{ items, onClick }}>
      <Button type="text" data-testid="user-menu" aria-label={t('header.userMenu')} className="dj-user-menu">
        <Avatar size="small" style={{ backgroundColor: '#1554ad' }}>
          {initial}
        </Avatar>
        {compact ? null : <span className="dj-user-menu__name">{me?.name}</span>}
      </Button>
    </Dropdown>
  );
}
