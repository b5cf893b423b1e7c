import { PaperClipOutlined } from '@ant-design/icons';
import { Card, Col, Descriptions, Flex, Row, Space, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { demandsApi } from '../api/demands';
import { type Demand } from '../api/types';
import { isPlatformStaff, useAuth } from '../auth/auth-context';
import { AccessRequestsCard } from '../components/AccessRequestsCard';
import { ChallengeCard, challengeDemandStatuses } from '../components/ChallengeCard';
import { PostingMatchesCard } from '../components/PostingMatchesCard';
import { FilesCard } from '../features/files/FilesCard';
import { DemandModerationActions } from '../components/DemandModerationActions';
import { DemandOwnerActions } from '../components/DemandOwnerActions';
import { CategoryTag, ConfidentialTag, DemandStatusTag, VisibilityTag } from '../components/DemandTags';
import {
  ContactDescriptions,
  DetailLoadError,
  DetailSkeleton,
  StatusAlerts,
  VisibilityCard,
} from '../components/DetailParts';
import { InterestButton } from '../features/interest/InterestButton';
import { PageHeader } from '../components/PageHeader';
import { ConfidentialTeaser } from '../components/ConfidentialTeaser';
import { trlLabel } from '../lib/demands';
import { formatBudgetWan, formatDateTime, formatDay, formatFileSize } from '../lib/format';
import { useDetail } from '../lib/use-detail';

export default function DemandDetailPage() {
  const { id = '' } = useParams();
  // A fresh state per demand (the route element is reused when only :id changes).
  return <DemandDetail key={id} demandId={id} />;
}

function DemandDetail({ demandId }: { demandId: string }) {
  const { t } = useTranslation();
  const { me } = useAuth();
  const {
    item: demand,
    setItem: setDemand,
    reload,
    error,
    loading,
    signedIn,
  } = useDetail(demandId, demandsApi.get);

  if (error) {
    return (
      <DetailLoadError
        error={error}
        signedIn={signedIn}
        onRetry={reload}
        backTo="/demands"
        texts={{
          notFoundTitle: t('demandDetail.notFoundTitle'),
          notFound: t('demandDetail.notFound'),
          loginToView: t('demandDetail.loginToView'),
          login: t('demandDetail.login'),
          back: t('demandDetail.backToBoard'),
        }}
      />
    );
  }
  if (!demand) return <DetailSkeleton />;

  const owner = demand.canEdit;
  const confidential = demand.visibility === 'confidential';

  return (
    <Spin spinning={loading}>
      <PageHeader
        title={<span data-testid="demand-title">{demand.title}</span>}
        subtitle={
          <Space size={[4, 6]} wrap>
            <CategoryTag category={demand.category} />
            <DemandStatusTag status={demand.status} />
            {confidential ? <ConfidentialTag /> : <VisibilityTag visibility={demand.visibility} />}
          </Space>
        }
        extra={
          owner ? (
            <DemandOwnerActions demand={demand} onChange={setDemand} />
          ) : demand.status === 'published' || demand.status === 'in_progress' ? (
            <InterestButton kind="demands" id={demand.id} />
          ) : null
        }
      />
      <StatusAlerts
        status={demand.status}
        owner={owner}
        moderator={isPlatformStaff(me)}
        rejectionReason={demand.rejectionReason}
        hints={{ draft: t('demandDetail.draftHint'), submitted: t('demandDetail.submittedHint') }}
        texts={{ rejected: t('demandDetail.rejectedTitle'), moderation: t('demandDetail.moderationHint') }}
        moderationActions={<DemandModerationActions demand={demand} onDone={setDemand} size="small" />}
      />
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={16}>
          <Flex vertical gap={24}>
            <Card title={t('demandDetail.content')}>
              {demand.redacted ? (
                <ConfidentialTeaser
                  kind="demands"
                  texts="demandDetail"
                  posting={demand}
                  teaserTestId="demand-teaser"
                  onRequested={(created) => setDemand({ ...demand, accessRequest: created })}
                  onReload={reload}
                />
              ) : (
                <DemandContent demand={demand} />
              )}
            </Card>
            {!demand.redacted && demand.attachments.length > 0 ? (
              <Card title={t('demand.attachments')}>
                <Flex vertical gap={8}>
                  {demand.attachments.map((file) => (
                    <Typography.Text key={file.name}>
                      <PaperClipOutlined /> {file.name}{' '}
                      <Typography.Text type="secondary">
                        ({formatFileSize(file.sizeBytes)}, {file.mimeType})
                      </Typography.Text>
                    </Typography.Text>
                  ))}
                </Flex>
              </Card>
            ) : null}
            {challengeDemandStatuses.includes(demand.status) ? <ChallengeCard demand={demand} /> : null}
            <FilesCard owners="demands" id={demand.id} />
            {owner && demand.visibility === 'confidential' && demand.status !== 'draft' ? (
              <AccessRequestsCard kind="demands" postingId={demand.id} />
            ) : null}
            {owner && demand.status !== 'draft' ? (
              <PostingMatchesCard kind="demand" postingId={demand.id} />
            ) : null}
          </Flex>
        </Col>
        <Col xs={24} lg={8}>
          <Flex vertical gap={24}>
            {owner ? (
              <VisibilityCard
                title={t('demandDetail.manage')}
                value={demand.visibility}
                onSet={async (visibility) => setDemand(await demandsApi.setVisibility(demand.id, visibility))}
                hint={demand.visibility !== 'confidential' ? t('demandDetail.visibilityHint') : null}
                testId="demand-visibility"
              />
            ) : null}
            <Card title={t('demandDetail.basicInfo')}>
              <DemandFacts demand={demand} />
            </Card>
            <Card title={t('demandDetail.contactTitle')}>
              <ContactInfo demand={demand} />
            </Card>
          </Flex>
        </Col>
      </Row>
    </Spin>
  );
}

function DemandContent({ demand }: { demand: Demand }) {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="demand-description">
        {demand.description}
      </Typography.Paragraph>
      {demand.visibility === 'confidential' && demand.teaser ? (
        <>
          <Typography.Text strong>{t('demand.teaser')}</Typography.Text>
          <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-wrap' }}>
            {demand.teaser}
          </Typography.Paragraph>
        </>
      ) : null}
      {demand.keywords.length > 0 ? (
        <Flex vertical gap={6}>
          <Typography.Text strong>{t('demand.keywords')}</Typography.Text>
          <Space size={[4, 6]} wrap data-testid="demand-keywords">
            {demand.keywords.map((word) => (
              <Tag key={word}>{word}</Tag>
            ))}
          </Space>
        </Flex>
      ) : null}
    </>
  );
}

function DemandFacts({ demand }: { demand: Demand }) {
  const { t } = useTranslation();
  const none = t('common.none');
  const items = [
    { key: 'industry', label: t('demand.industry'), children: demand.industryName ?? none },
    {
      key: 'fields',
      label: t('demand.fields'),
      children: demand.fieldNames.length ? (
        <Space size={[4, 4]} wrap>
          {demand.fieldNames.map((name, index) => (
            <Tag key={demand.fields[index] ?? name} variant="filled">
              {name}
            </Tag>
          ))}
        </Space>
      ) : (
        none
      ),
    },
    { key: 'region', label: t('demand.region'), children: demand.regionName || demand.regionCode },
    ...(demand.redacted
      ? []
      : [
          {
            key: 'budget',
            label: t('demand.budget'),
            children: (
              <span data-testid="demand-budget">
                {formatBudgetWan(demand.budgetMinWan, demand.budgetMaxWan, t)}
              </span>
            ),
          },
        ]),
    {
      key: 'trl',
      label: t('demand.trlRequired'),
      children: demand.trlRequired ? trlLabel(demand.trlRequired, t) : none,
    },
    {
      key: 'deadline',
      label: t('demand.deadline'),
      children: demand.deadline ? formatDay(demand.deadline) : t('demand.noDeadline'),
    },
    {
      key: 'cooperation',
      label: t('demand.cooperationModes'),
      children: demand.cooperationModes.length ? (
        <Space size={[4, 4]} wrap>
          {demand.cooperationModes.map((mode) => (
            <Tag key={mode}>{t(`demand.cooperation.${mode}`)}</Tag>
          ))}
        </Space>
      ) : (
        none
      ),
    },
    ...(demand.organizationName
      ? [{ key: 'organization', label: t('demand.organization'), children: demand.organizationName }]
      : []),
    { key: 'publishedAt', label: t('demand.publishedAt'), children: formatDateTime(demand.publishedAt) },
    { key: 'updatedAt', label: t('demand.updatedAt'), children: formatDateTime(demand.updatedAt) },
    {
      key: 'views',
      label: t('demand.viewCount'),
      children: <span data-testid="demand-views">{demand.viewCount}</span>,
    },
  ];
  return <Descriptions column={1} size="small" items={items} />;
}

function ContactInfo({ demand }: { demand: Demand }) {
  const { t } = useTranslation();
  if (demand.redacted)
    return <Typography.Text type="secondary">{t('demandDetail.contactHidden')}</Typography.Text>;
  const { contact } = demand;
  if (!contact) return <Typography.Text type="secondary">{t('demandDetail.noContact')}</Typography.Text>;
  return <ContactDescriptions contact={contact} />;
}
