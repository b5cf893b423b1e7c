import { FireOutlined, LoginOutlined, TrophyOutlined, UserAddOutlined } from '@ant-design/icons';
import { Card, Col, Empty, Flex, Input, List, Row, Skeleton, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { achievementsApi, projectsApi, societiesApi } from '../../api/catalogue';
import { demandsApi } from '../../api/demands';
import { queryRules } from '../../api/generated/rules';
import { LinkButton } from '../../components/LinkButton';
import { formatBudgetWan, formatDay } from '../../lib/format';
import { useAsync } from '../../lib/use-async';
import { portalApi } from './api';

const SHOWN = 5;

interface SectionProps {
  title: ReactNode;
  more: string;
  loading: boolean;
  rows: { key: string; to: string; label: string; extra?: ReactNode }[] | undefined;
  testId: string;
}

/** A titled list of links on the portal, with its "more" link and an empty state. */
function Section({ title, more, loading, rows, testId }: SectionProps) {
  const { t } = useTranslation();
  return (
    <Card title={title} extra={<Link to={more}>{t('portal.more')}</Link>} data-testid={testId} size="small">
      {loading && !rows ? (
        <Skeleton active paragraph={{ rows: 4 }} />
      ) : rows?.length ? (
        <List
          size="small"
          dataSource={rows}
          renderItem={(row) => (
            <List.Item key={row.key} extra={row.extra}>
              <Link to={row.to} className="dj-portal__link">
                {row.label}
              </Link>
            </List.Item>
          )}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('portal.empty')} />
      )}
    </Card>
  );
}

/**
 * The home page of a signed-out visitor: a search box, the 难题榜's newest and most viewed problems, the
 * open 揭榜挂帅 calls, featured technologies and projects, societies and the platform's live figures.
 * Every list is a public read; signed-in users get their own home instead (HomeSwitch).
 */
export default function PortalHomePage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const lang = i18n.language;
  const figures = useAsync(() => portalApi.figures(), 'figures');
  const newest = useAsync(
    () => demandsApi.list({ sort: 'newest', limit: SHOWN }, 'public'),
    `newest:${lang}`,
  );
  const popular = useAsync(() => demandsApi.list({ sort: 'views', limit: SHOWN }, 'public'), `views:${lang}`);
  const calls = useAsync(() => portalApi.challenges({ limit: SHOWN }, 'public'), `calls:${lang}`);
  const achievements = useAsync(
    () => achievementsApi.list({ sort: 'views', limit: SHOWN }, 'public'),
    `achievements:${lang}`,
  );
  const projects = useAsync(
    () => projectsApi.list({ sort: 'views', limit: SHOWN }, 'public'),
    `projects:${lang}`,
  );
  const societies = useAsync(() => societiesApi.list({ limit: SHOWN }, 'public'), `societies:${lang}`);

  const demandRows = (page: typeof newest.data) =>
    page?.items.map((d) => ({
      key: d.id,
      to: `/demands/${d.id}`,
      label: d.title,
      extra: <Typography.Text type="secondary">{d.regionName}</Typography.Text>,
    }));

  const sections: SectionProps[] = [
    {
      title: (
        <>
          <FireOutlined /> {t('portal.newestDemands')}
        </>
      ),
      more: '/demands',
      loading: newest.loading,
      rows: demandRows(newest.data),
      testId: 'portal-newest',
    },
    {
      title: t('portal.popularDemands'),
      more: '/demands?sort=views',
      loading: popular.loading,
      rows: demandRows(popular.data),
      testId: 'portal-popular',
    },
    {
      title: (
        <>
          <TrophyOutlined /> {t('portal.openChallenges')}
        </>
      ),
      more: '/challenges',
      loading: calls.loading,
      rows: calls.data?.items.map((item) => ({
        key: item.demand.id,
        to: `/demands/${item.demand.id}`,
        label: item.demand.title,
        extra: (
          <Typography.Text type="secondary">
            {item.awardWan === null
              ? formatDay(item.deadline)
              : formatBudgetWan(item.awardWan, item.awardWan, t)}
          </Typography.Text>
        ),
      })),
      testId: 'portal-challenges',
    },
    {
      title: t('portal.societies'),
      more: '/societies',
      loading: societies.loading,
      rows: societies.data?.items.map((s) => ({ key: s.id, to: `/societies/${s.id}`, label: s.name })),
      testId: 'portal-societies',
    },
    {
      title: t('portal.featuredAchievements'),
      more: '/achievements',
      loading: achievements.loading,
      rows: achievements.data?.items.map((a) => ({ key: a.id, to: `/achievements/${a.id}`, label: a.title })),
      testId: 'portal-achievements',
    },
    {
      title: t('portal.featuredProjects'),
      more: '/projects',
      loading: projects.loading,
      rows: projects.data?.items.map((p) => ({ key: p.id, to: `/projects/${p.id}`, label: p.title })),
      testId: 'portal-projects',
    },
  ];

  return (
    <Flex vertical gap={24} data-testid="portal-home">
      <Card className="dj-portal__hero">
        <Flex vertical gap={16} align="center">
          <Typography.Title level={2} style={{ margin: 0, textAlign: 'center' }}>
            {t('portal.heroTitle')}
          </Typography.Title>
          <Typography.Text type="secondary" style={{ textAlign: 'center' }}>
            {t('portal.heroSubtitle')}
          </Typography.Text>
          <Input.Search
            size="large"
            enterButton={t('portal.search')}
            placeholder={t('portal.searchPlaceholder')}
            aria-label={t('portal.searchPlaceholder')}
            maxLength={queryRules['/api/v1/search'].q.maxLength}
            style={{ maxWidth: 640 }}
            data-testid="portal-search"
            onSearch={(value) => {
              if (value.trim()) void navigate(`/search?q=${encodeURIComponent(value.trim())}`);
            }}
          />
          <Flex gap={12} wrap justify="center">
            <LinkButton
              type="primary"
              icon={<UserAddOutlined />}
              to="/register"
              data-testid="portal-register"
            >
              {t('portal.register')}
            </LinkButton>
            <LinkButton icon={<LoginOutlined />} to="/login" data-testid="portal-login">
              {t('portal.signIn')}
            </LinkButton>
          </Flex>
        </Flex>
      </Card>
      <Row gutter={[16, 16]} data-testid="portal-figures">
        {(['postings', 'matches', 'organizations', 'deals'] as const).map((name) => (
          <Col key={name} xs={12} md={6}>
            <Card size="small">
              <Statistic
                title={t(`portal.figures.${name}`)}
                value={figures.data?.[name] ?? '—'}
                loading={figures.loading && !figures.data}
              />
            </Card>
          </Col>
        ))}
      </Row>
      <Row gutter={[16, 16]}>
        {sections.map((section) => (
          <Col key={section.testId} xs={24} lg={12}>
            <Section {...section} />
          </Col>
        ))}
      </Row>
    </Flex>
  );
}
