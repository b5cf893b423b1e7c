import {
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  FundOutlined,
  RocketOutlined,
  TrophyOutlined,
  FireOutlined,
  FormOutlined,
  PlusCircleOutlined,
  RightOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Alert, Card, Col, Descriptions, Flex, Row, Skeleton, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { organizationsApi } from '../api/endpoints';
import { isPlatformStaff, useAuth } from '../auth/auth-context';
import { NewMatchesCard } from '../components/NewMatchesCard';
import { PageHeader } from '../components/PageHeader';
import { RoleTag, VerificationTag } from '../components/StatusTags';
import { offersDemandCreation } from '../lib/demands';
import { useAsync } from '../lib/use-async';

function QuickLink({ to, icon, label }: { to: string; icon: ReactNode; label: string }) {
  return (
    <Link to={to} style={{ display: 'block' }}>
      <Card hoverable size="small">
        <Flex align="center" justify="space-between" gap={12}>
          <Flex align="center" gap={12}>
            <span style={{ fontSize: 20, color: '#1554ad' }}>{icon}</span>
            <Typography.Text>{label}</Typography.Text>
          </Flex>
          <RightOutlined style={{ color: 'rgba(0,0,0,0.35)' }} />
        </Flex>
      </Card>
    </Link>
  );
}

export default function HomePage() {
  const { t } = useTranslation();
  const { me, currentMembership } = useAuth();
  const orgId = currentMembership?.organizationId ?? null;
  const details = useAsync(() => organizationsApi.get(orgId!), orgId);
  const org = details.data?.id === orgId ? details.data : undefined;

  const header = (
    <PageHeader title={t('home.welcome', { name: me?.name ?? '' })} subtitle={t('home.subtitle')} />
  );

  if (!currentMembership && isPlatformStaff(me)) {
    // Platform staff without an organization: their queues, not "create an organization".
    return (
      <>
        {header}
        <Card title={t('roleHome.staffTitle')} data-testid="staff-home">
          <Typography.Paragraph type="secondary">{t('roleHome.staffText')}</Typography.Paragraph>
          <Row gutter={[12, 12]}>
            {[
              { to: '/admin/organizations', label: t('nav.adminOrganizations') },
              { to: '/moderation/demands', label: t('nav.demandReview') },
              { to: '/moderation/achievements', label: t('nav.achievementReview') },
              { to: '/moderation/projects', label: t('nav.projectReview') },
              { to: '/moderation/financing-offers', label: t('nav.offerReview') },
              { to: '/moderation/experts', label: t('nav.expertReview') },
              ...(me?.platformRole === 'admin'
                ? [{ to: '/admin/users', label: t('roleHome.adminUsers') }]
                : []),
              { to: '/dashboard', label: t('roleHome.dashboard') },
            ].map((link) => (
              <Col key={link.to} xs={24} md={12}>
                <QuickLink to={link.to} icon={<AuditOutlined />} label={link.label} />
              </Col>
            ))}
          </Row>
        </Card>
      </>
    );
  }

  // Not in an organization yet: the guided step to create or join one (issue 16).
  if (!currentMembership) return <Navigate to="/welcome" replace />;

  const status = org?.verificationStatus ?? currentMembership.organization.verificationStatus;
  const type = org?.type ?? currentMembership.organization.type;
  // Each kind of organization gets the tools it came for (issue 16).
  const roleLinks =
    type === 'organizer'
      ? [
          { to: '/events/mine', icon: <CalendarOutlined />, label: t('roleHome.myEvents') },
          { to: '/dashboard', icon: <BarChartOutlined />, label: t('roleHome.dashboard') },
        ]
      : type === 'investor'
        ? [
            { to: '/projects', icon: <RocketOutlined />, label: t('roleHome.browseProjects') },
            { to: '/my/financing-offers', icon: <FundOutlined />, label: t('roleHome.myOffers') },
          ]
        : [];

  return (
    <>
      {header}
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={15}>
          <Flex vertical gap={24}>
            <NewMatchesCard organizationId={currentMembership.organizationId} />
            <Card title={t('home.currentOrganization')} data-testid="current-org-card">
              {status === 'pending' ? (
                <Alert type="info" showIcon title={t('home.pendingNotice')} style={{ marginBottom: 16 }} />
              ) : null}
              {status === 'rejected' ? (
                <Alert
                  type="warning"
                  showIcon
                  title={t('home.rejectedNotice')}
                  style={{ marginBottom: 16 }}
                />
              ) : null}
              {details.loading && !org ? (
                <Skeleton active paragraph={{ rows: 4 }} />
              ) : (
                <Descriptions
                  column={1}
                  size="small"
                  items={[
                    {
                      key: 'name',
                      label: t('organization.name'),
                      children: <strong>{org?.name ?? currentMembership.organization.name}</strong>,
                    },
                    { key: 'type', label: t('organization.type'), children: t(`organization.types.${type}`) },
                    {
                      key: 'region',
                      label: t('organization.region'),
                      children: org?.regionName ?? currentMembership.organization.regionCode,
                    },
                    ...(org?.creditCode
                      ? [{ key: 'creditCode', label: t('organization.creditCode'), children: org.creditCode }]
                      : []),
                    {
                      key: 'status',
                      label: t('organization.verificationStatus'),
                      children: <VerificationTag status={status} />,
                    },
                    {
                      key: 'role',
                      label: t('home.yourRole'),
                      children: <RoleTag role={currentMembership.role} />,
                    },
                  ]}
                />
              )}
            </Card>
          </Flex>
        </Col>
        <Col xs={24} lg={9}>
          <Card title={t('home.quickLinks')} data-testid={`home-links-${type}`}>
            <Flex vertical gap={12}>
              {roleLinks.map((link) => (
                <QuickLink key={link.to} {...link} />
              ))}
              <QuickLink to="/demands" icon={<FireOutlined />} label={t('home.linkDemandBoard')} />
              <QuickLink to="/challenges" icon={<TrophyOutlined />} label={t('roleHome.challengeBoard')} />
              {offersDemandCreation(currentMembership) ? (
                <QuickLink to="/demands/new" icon={<FormOutlined />} label={t('home.linkCreateDemand')} />
              ) : null}
              <QuickLink to="/organization/members" icon={<TeamOutlined />} label={t('home.linkMembers')} />
              <QuickLink to="/account" icon={<SafetyCertificateOutlined />} label={t('home.linkAccount')} />
              <QuickLink
                to="/organizations/new"
                icon={<PlusCircleOutlined />}
                label={t('home.linkCreateOrg')}
              />
              {isPlatformStaff(me) ? (
                <QuickLink to="/admin/organizations" icon={<AuditOutlined />} label={t('home.linkAdmin')} />
              ) : null}
            </Flex>
          </Card>
        </Col>
      </Row>
    </>
  );
}
