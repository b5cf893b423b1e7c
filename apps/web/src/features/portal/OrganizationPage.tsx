import { SafetyCertificateFilled } from '@ant-design/icons';
import { Card, Descriptions, Empty, Flex, Result, Skeleton, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useAuth } from '../../auth/auth-context';
import { catalogueKinds } from '../../catalogue/kinds';
import { DemandCard } from '../../components/DemandCard';
import { FormError } from '../../components/FormError';
import { PostingCard } from '../../components/PostingCard';
import { errorMessage } from '../../lib/errors';
import { useAsync } from '../../lib/use-async';
import { ApiError } from '../../api/client';
import { portalApi } from './api';

/** An organization's public page: who it is, the verification badge and what it has published. */
export default function OrganizationPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const { status, currentMembership } = useAuth();
  const signedIn = status === 'authenticated';
  const profile = useAsync(
    () => portalApi.profile(id, signedIn ? 'session' : 'public'),
    JSON.stringify([id, signedIn, currentMembership?.organizationId, i18n.language]),
  );
  const org = profile.data;

  if (profile.error instanceof ApiError && profile.error.status === 404)
    return <Result status="404" title={t('orgPage.notFound')} />;
  if (profile.error) return <FormError message={errorMessage(profile.error, t)} />;
  if (!org) return <Skeleton active paragraph={{ rows: 8 }} />;

  const tabs = [
    {
      key: 'demands',
      label: `${t('orgPage.demands')} (${org.demands.length})`,
      children: org.demands.map((d) => <DemandCard key={d.id} demand={d} />),
      count: org.demands.length,
    },
    {
      key: 'achievements',
      label: `${t('orgPage.achievements')} (${org.achievements.length})`,
      children: org.achievements.map((a) => (
        <PostingCard key={a.id} kind={catalogueKinds.achievement} item={a} />
      )),
      count: org.achievements.length,
    },
    {
      key: 'projects',
      label: `${t('orgPage.projects')} (${org.projects.length})`,
      children: org.projects.map((p) => <PostingCard key={p.id} kind={catalogueKinds.project} item={p} />),
      count: org.projects.length,
    },
    {
      key: 'offers',
      label: `${t('orgPage.financingOffers')} (${org.financingOffers.length})`,
      children: org.financingOffers.map((o) => (
        <PostingCard key={o.id} kind={catalogueKinds.offer} item={o} />
      )),
      count: org.financingOffers.length,
    },
  ].filter((tab) => tab.count > 0);

  return (
    <Flex vertical gap={16} data-testid="organization-page">
      <Card>
        <Flex align="center" gap={12} wrap>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {org.name}
          </Typography.Title>
          {org.verified ? (
            <Tag
              color="green"
              icon={<SafetyCertificateFilled />}
              title={t('orgPage.verifiedHint')}
              data-testid="verified-badge"
            >
              {t('orgPage.verified')}
            </Tag>
          ) : (
            <Tag>{t('orgPage.unverified')}</Tag>
          )}
        </Flex>
        <Descriptions
          column={1}
          size="small"
          style={{ marginTop: 12 }}
          items={[
            { key: 'type', label: t('organization.type'), children: t(`organization.types.${org.type}`) },
            { key: 'region', label: t('organization.region'), children: org.regionName },
            ...(org.description
              ? [{ key: 'description', label: t('organization.description'), children: org.description }]
              : []),
          ]}
        />
      </Card>
      <Card title={t('orgPage.postings')}>
        {tabs.length === 0 ? (
          <Empty description={t('orgPage.nothing')} />
        ) : (
          <Tabs
            items={tabs.map(({ key, label, children }) => ({
              key,
              label,
              children: (
                <Flex vertical gap={12}>
                  {children}
                </Flex>
              ),
            }))}
          />
        )}
      </Card>
    </Flex>
  );
}
