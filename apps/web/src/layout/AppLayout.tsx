import {
  AccountBookOutlined,
  AuditOutlined,
  BankOutlined,
  BulbOutlined,
  ExperimentOutlined,
  FundOutlined,
  IdcardOutlined,
  MessageOutlined,
  NodeIndexOutlined,
  RocketOutlined,
  SolutionOutlined,
  FileSearchOutlined,
  FireOutlined,
  HomeOutlined,
  LoginOutlined,
  MenuOutlined,
  PlusCircleOutlined,
  ProfileOutlined,
  SearchOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Button, Drawer, Flex, Grid, Input, Layout, Menu, Space, theme, type MenuProps } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { isPlatformStaff, useAuth } from '../auth/auth-context';
import { catalogueKinds } from '../catalogue/kinds';
import { canCreate } from '../catalogue/permissions';
import { FullPageSpin } from '../components/FullPageSpin';
import { LinkButton } from '../components/LinkButton';
import { offersDemandCreation } from '../lib/demands';
import { withRedirect } from '../lib/redirect';
import { LanguageSwitch } from './LanguageSwitch';
import { Logo } from './Logo';
import { ConversationsButton } from './ConversationsButton';
import { NotificationBell } from './NotificationBell';
import { OrgSwitcher } from './OrgSwitcher';
import { UserMenu } from './UserMenu';
import { queryRules } from '../api/generated/rules';
import type { MenuPlace } from '../features/feature';
import { featureMenuItems, featureMenuPaths } from '../features/menu';

const menuKeys = [
  '/',
  '/search',
  '/matches',
  '/conversations',
  '/demands',
  '/my/demands',
  '/organization/members',
  '/organizations/new',
  '/account',
  '/admin/organizations',
  '/moderation/demands',
  '/experts',
  '/achievements',
  '/societies',
  '/projects',
  '/financing-offers',
  '/my/achievements',
  '/my/projects',
  '/my/financing-offers',
  '/my/experts',
  '/my/expert-profile',
  '/moderation/achievements',
  '/moderation/projects',
  '/moderation/financing-offers',
  '/moderation/experts',
  ...featureMenuPaths,
];

/** The menu entry of a page: the longest key its path starts with; none for pages off the menu. */
function selectedKeys(pathname: string): string[] {
  if (pathname === '/') return ['/'];
  const match = menuKeys
    .filter((key) => key !== '/' && pathname.startsWith(key))
    .sort((a, b) => b.length - a.length)[0];
  return match ? [match] : [];
}

/**
 * Main frame: header (logo, organization switcher, language, user menu), side menu, content. Public
 * pages (难题榜) use it signed out too: the header then offers 登录/注册 and the menu only public entries.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const { me, status, currentMembership } = useAuth();
  const { token } = theme.useToken();
  const location = useLocation();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const compact = screens.lg === false;
  const [drawerOpen, setDrawerOpen] = useState(false);

  const signedIn = status === 'authenticated';
  // An unconfirmed account may not call the API beyond its own session: the header asks nothing of it.
  const confirmed = signedIn && Boolean(me?.emailVerified);
  const menuContext = { signedIn, me, membership: currentMembership };
  const features = (place: MenuPlace) => featureMenuItems(place, menuContext, t);
  const boardItem = { key: '/demands', icon: <FireOutlined />, label: t('nav.demandBoard') };
  const supplyItems = [
    { key: '/experts', icon: <SolutionOutlined />, label: t('nav.experts') },
    { key: '/achievements', icon: <BulbOutlined />, label: t('nav.achievements') },
    { key: '/societies', icon: <BankOutlined />, label: t('nav.societies') },
  ];
  const financeItems = [
    { key: '/projects', icon: <RocketOutlined />, label: t('nav.projects') },
    { key: '/financing-offers', icon: <FundOutlined />, label: t('nav.financingOffers') },
  ];
  const supplyGroup = {
    type: 'group' as const,
    key: 'supply',
    label: t('nav.supplyGroup'),
    children: [...supplyItems, ...features('supply')],
  };
  const financeGroup = {
    type: 'group' as const,
    key: 'finance',
    label: t('nav.financeGroup'),
    children: [...financeItems, ...features('finance')],
  };
  // "Mine" entries only for the kinds the acting organization may publish.
  const mineItems = [
    ...(canCreate(catalogueKinds.achievement, currentMembership)
      ? [{ key: '/my/achievements', icon: <ExperimentOutlined />, label: t('nav.myAchievements') }]
      : []),
    ...(canCreate(catalogueKinds.project, currentMembership)
      ? [{ key: '/my/projects', icon: <RocketOutlined />, label: t('nav.myProjects') }]
      : []),
    ...(canCreate(catalogueKinds.offer, currentMembership)
      ? [{ key: '/my/financing-offers', icon: <AccountBookOutlined />, label: t('nav.myOffers') }]
      : []),
    ...(canCreate(catalogueKinds.expert, currentMembership)
      ? [{ key: '/my/experts', icon: <SolutionOutlined />, label: t('nav.myExperts') }]
      : []),
    { key: '/my/expert-profile', icon: <IdcardOutlined />, label: t('nav.myExpertProfile') },
  ];
  const searchItem = { key: '/search', icon: <SearchOutlined />, label: t('nav.search') };

  const items: MenuProps['items'] = signedIn
    ? [
        { key: '/', icon: <HomeOutlined />, label: t('nav.home') },
        searchItem,
        { key: '/matches', icon: <NodeIndexOutlined />, label: t('nav.matches') },
        { key: '/conversations', icon: <MessageOutlined />, label: t('nav.conversations') },
        ...features('main'),
        {
          type: 'group',
          key: 'demands',
          label: t('nav.demandsGroup'),
          children: [
            boardItem,
            ...(currentMembership && offersDemandCreation(currentMembership)
              ? [{ key: '/my/demands', icon: <ProfileOutlined />, label: t('nav.myDemands') }]
              : []),
            ...features('demands'),
          ],
        },
        supplyGroup,
        financeGroup,
        {
          type: 'group',
          key: 'mine',
          label: t('nav.mineGroup'),
          children: [...mineItems, ...features('mine')],
        },
        {
          type: 'group',
          key: 'organization',
          label: t('nav.organizationGroup'),
          children: [
            ...(currentMembership
              ? [{ key: '/organization/members', icon: <TeamOutlined />, label: t('nav.members') }]
              : []),
            // Platform staff work the queues; an organization is not what they came for.
            ...(isPlatformStaff(me) && !currentMembership
              ? []
              : [
                  {
                    key: '/organizations/new',
                    icon: <PlusCircleOutlined />,
                    label: t('nav.createOrganization'),
                  },
                ]),
            ...features('organization'),
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
                  {
                    key: '/admin/organizations',
                    icon: <AuditOutlined />,
                    label: t('nav.adminOrganizations'),
                  },
                  { key: '/moderation/demands', icon: <FileSearchOutlined />, label: t('nav.demandReview') },
                  {
                    key: '/moderation/achievements',
                    icon: <FileSearchOutlined />,
                    label: t('nav.achievementReview'),
                  },
                  {
                    key: '/moderation/projects',
                    icon: <FileSearchOutlined />,
                    label: t('nav.projectReview'),
                  },
                  {
                    key: '/moderation/financing-offers',
                    icon: <FileSearchOutlined />,
                    label: t('nav.offerReview'),
                  },
                  { key: '/moderation/experts', icon: <FileSearchOutlined />, label: t('nav.expertReview') },
                  ...features('platform'),
                ],
              },
            ]
          : []),
      ]
    : [
        { key: '/', icon: <HomeOutlined />, label: t('nav.home') },
        searchItem,
        ...features('main'),
        boardItem,
        ...features('demands'),
        supplyGroup,
        financeGroup,
      ];

  // The session is being restored: wait, so pages load once with the right credentials.
  if (status === 'loading') return <FullPageSpin />;

  const menu = (
    <nav aria-label={t('nav.mainMenu')}>
      <Menu
        mode="inline"
        items={items}
        selectedKeys={selectedKeys(location.pathname)}
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
          {compact || location.pathname === '/search' ? null : (
            <Input.Search
              placeholder={t('search.headerPlaceholder')}
              aria-label={t('search.headerPlaceholder')}
              data-testid="header-search"
              maxLength={queryRules['/api/v1/search'].q.maxLength}
              style={{ width: 240 }}
              onSearch={(value) => {
                if (value.trim()) void navigate(`/search?q=${encodeURIComponent(value.trim())}`);
              }}
            />
          )}
          {confirmed ? <ConversationsButton /> : null}
          {confirmed ? <NotificationBell /> : null}
          {/* On a phone a signed-in header keeps room for the user menu (logout): these move to the drawer. */}
          {signedIn && !compact ? <OrgSwitcher compact={compact} /> : null}
          {signedIn && compact ? null : <LanguageSwitch compact={compact} />}
          {signedIn ? (
            <UserMenu compact={compact} />
          ) : (
            <LinkButton
              type="primary"
              icon={<LoginOutlined />}
              to={withRedirect('/login', `${location.pathname}${location.search}`)}
              data-testid="login-link"
            >
              {t('nav.loginOrRegister')}
            </LinkButton>
          )}
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
            {signedIn ? (
              <Flex vertical gap={8} style={{ padding: '0 8px 12px' }} data-testid="drawer-tools">
                <OrgSwitcher compact={false} />
                <LanguageSwitch />
              </Flex>
            ) : null}
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
