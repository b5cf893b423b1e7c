import {
  AuditOutlined,
  HomeOutlined,
  MenuOutlined,
  PlusCircleOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Button, Drawer, Grid, Layout, Menu, Space, theme, type MenuProps } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { isPlatformStaff, useAuth } from '../auth/auth-context';
import { FullPageSpin } from '../components/FullPageSpin';
import { LanguageSwitch } from './LanguageSwitch';
import { Logo } from './Logo';
import { OrgSwitcher } from './OrgSwitcher';
import { UserMenu } from './UserMenu';

const menuKeys = ['/', '/organization/members', '/organizations/new', '/account', '/admin/organizations'];

function selectedKey(pathname: string): string {
  const match = menuKeys
    .filter((key) => key !== '/' && pathname.startsWith(key))
    .sort((a, b) => b.length - a.length)[0];
  return match ?? '/';
}

/** Signed-in frame: header (logo, organization switcher, language, user menu), side menu, content. */
export function AppLayout() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const { token } = theme.useToken();
  const location = useLocation();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const compact = screens.lg === false;
  const [drawerOpen, setDrawerOpen] = useState(false);

  const items: MenuProps['items'] = [
    { key: '/', icon: <HomeOutlined />, label: t('nav.home') },
    {
      type: 'group',
      key: 'organization',
      label: t('nav.organizationGroup'),
      children: [
        { key: '/organization/members', icon: <TeamOutlined />, label: t('nav.members') },
        { key: '/organizations/new', icon: <PlusCircleOutlined />, label: t('nav.createOrganization') },
      ],
    },
    { key: '/account', icon: <SafetyCertificateOutlined />, label: t('nav.account') },
    ...(isPlatformStaff(me)
      ? [
          {
            type: 'group' as const,
            key: 'platform',
            label: t('nav.adminGroup'),
            children: [
              { key: '/admin/organizations', icon: <AuditOutlined />, label: t('nav.adminOrganizations') },
            ],
          },
        ]
      : []),
  ];

  const menu = (
    <nav aria-label={t('nav.mainMenu')}>
      <Menu
        mode="inline"
        items={items}
        selectedKeys={[selectedKey(location.pathname)]}
        onClick={({ key }) => {
          setDrawerOpen(false);
          void navigate(key);
        }}
        style={{ borderInlineEnd: 'none' }}
      />
    </nav>
  );

  return (
    <Layout className="dj-app">
      <Layout.Header className="dj-header" style={{ background: token.colorBgContainer }}>
        <Space size="small">
          {compact ? (
            <Button
              type="text"
              icon={<MenuOutlined />}
              aria-label={t('nav.mainMenu')}
              aria-expanded={drawerOpen}
              onClick={() => setDrawerOpen(true)}
            />
          ) : null}
          <Logo compact={compact} />
        </Space>
        <Space size={compact ? 'small' : 'middle'} className="dj-header__actions">
          <OrgSwitcher compact={compact} />
          <LanguageSwitch compact={compact} />
          <UserMenu compact={compact} />
        </Space>
      </Layout.Header>
      <Layout>
        {compact ? (
          <Drawer
            placement="left"
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            size={260}
            styles={{ body: { padding: 8 } }}
            title={t('app.fullName')}
          >
            {menu}
          </Drawer>
        ) : (
          <Layout.Sider width={220} className="dj-sider" style={{ background: token.colorBgContainer }}>
            {menu}
          </Layout.Sider>
        )}
        <Layout.Content className="dj-content">
          <main className="dj-main">
            <Suspense fallback={<FullPageSpin />}>
              <Outlet />
            </Suspense>
          </main>
          <footer className="dj-footer">{t('app.footer', { year: new Date().getFullYear() })}</footer>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
