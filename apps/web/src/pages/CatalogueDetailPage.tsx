import { Card, Col, Descriptions, Flex, Row, Space, Spin, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { PostingDetail, PostingSummary } from '../api/catalogue-types';
import type { PostingKind } from '../api/search';
import { isPlatformStaff, useAuth } from '../auth/auth-context';
import type { AnyCatalogueKind, CatalogueKindName } from '../catalogue/kind';
import { catalogueKinds } from '../catalogue/kinds';
import {
  ContactDescriptions,
  DetailLoadError,
  DetailSkeleton,
  StatusAlerts,
  VisibilityCard,
} from '../components/DetailParts';
import { PageHeader } from '../components/PageHeader';
import { PostingModerationActions } from '../components/PostingModerationActions';
import { PostingMatchesCard } from '../components/PostingMatchesCard';
import { FilesCard } from '../features/files/FilesCard';
import { AccessRequestsCard } from '../components/AccessRequestsCard';
import { ConfidentialTeaser } from '../components/ConfidentialTeaser';
import type { AccessPath } from '../api/access-requests';
import { PostingOwnerActions } from '../components/PostingOwnerActions';
import { FieldTags, PostingConfidentialTag, PostingStatusTag } from '../components/PostingTags';
import { VisibilityTag } from '../components/DemandTags';
import type { InterestPath } from '../features/interest/api';
import { InterestButton } from '../features/interest/InterestButton';
import { formatDateTime } from '../lib/format';
import { useDetail } from '../lib/use-detail';

type Detail = PostingSummary & PostingDetail;

/** Each catalogue kind's path under /api/v1: where its 我要对接 and access requests go. */
const INTEREST_PATHS: Record<CatalogueKindName, InterestPath & AccessPath> = {
  achievement: 'achievements',
  project: 'projects',
  offer: 'financing-offers',
  expert: 'experts',
};

/** The posting kind the API knows each catalogue kind by (its matches live under that kind's path). */
const POSTING_KINDS: Record<CatalogueKindName, PostingKind> = {
  achievement: 'achievement',
  project: 'project',
  offer: 'financing-offer',
  expert: 'expert',
};

export default function CatalogueDetailPage({
  kind,
  extras,
}: {
  kind: CatalogueKindName;
  extras?: DetailExtras;
}) {
  const { id = '' } = useParams();
  // A fresh state per posting (the route element is reused when only :id changes).
  return <CatalogueDetail key={`${kind}:${id}`} kind={catalogueKinds[kind]} postingId={id} extras={extras} />;
}

/** Extra cards a kind adds below the content, given the loaded item (the expert's claim card). */
export type DetailExtras = (item: Detail, onChange: (next: Detail) => void) => ReactNode;

function CatalogueDetail({
  kind,
  postingId,
  extras,
}: {
  kind: AnyCatalogueKind;
  postingId: string;
  extras?: DetailExtras;
}) {
  const { t } = useTranslation();
  const { me } = useAuth();
  const { item, setItem, reload, error, loading, signedIn } = useDetail<Detail>(postingId, kind.api.get);

  if (error) {
    return (
      <DetailLoadError
        error={error}
        signedIn={signedIn}
        onRetry={reload}
        backTo={kind.route}
        texts={{
          notFoundTitle: t('posting.detail.notFoundTitle'),
          notFound: t(`catalogue.${kind.name}.notFound`),
          loginToView: t('posting.detail.loginToView'),
          login: t('posting.detail.login'),
          back: t('posting.detail.backToList'),
        }}
      />
    );
  }
  if (!item) return <DetailSkeleton />;

  const owner = item.canEdit;
  const ns = `catalogue.${kind.name}` as const;
  const contact = item.redacted ? null : kind.contact(item);

  return (
    <Spin spinning={loading}>
      <PageHeader
        title={<span data-testid="posting-title">{kind.label(item)}</span>}
        subtitle={
          <Flex vertical gap={6}>
            {kind.subtitle?.(item)}
            <Space size={[4, 6]} wrap>
              {kind.tags(item, t)}
              <PostingStatusTag status={item.status} />
              {item.visibility === 'confidential' ? (
                <PostingConfidentialTag />
              ) : (
                <VisibilityTag visibility={item.visibility} />
              )}
            </Space>
          </Flex>
        }
        extra={
          owner ? (
            <PostingOwnerActions kind={kind} item={item} onChange={setItem} />
          ) : item.status === 'published' ? (
            <InterestButton kind={INTEREST_PATHS[kind.name]} id={item.id} />
          ) : null
        }
      />
      <StatusAlerts
        status={item.status}
        owner={owner}
        moderator={isPlatformStaff(me)}
        rejectionReason={item.rejectionReason}
        hints={{
          draft: t('posting.detail.hints.draft'),
          submitted: t('posting.detail.hints.submitted'),
          archived: t('posting.detail.hints.archived'),
        }}
        texts={{
          rejected: t('posting.detail.rejectedTitle'),
          moderation: t('posting.detail.moderationHint'),
        }}
        moderationActions={<PostingModerationActions kind={kind} item={item} onDone={setItem} size="small" />}
      />
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={16}>
          <Flex vertical gap={24}>
            <Card title={t(`${ns}.contentTitle`)}>
              {item.redacted ? (
                <ConfidentialTeaser
                  kind={INTEREST_PATHS[kind.name]}
                  texts="accessRequest.posting"
                  posting={item}
                  teaserTestId="posting-teaser"
                  onRequested={(created) => setItem({ ...item, accessRequest: created })}
                  onReload={reload}
                />
              ) : (
                kind.content(item, t)
              )}
            </Card>
            <FilesCard owners={`${POSTING_KINDS[kind.name]}s`} id={item.id} />
            {owner && item.visibility === 'confidential' && item.status !== 'draft' ? (
              <AccessRequestsCard kind={INTEREST_PATHS[kind.name]} postingId={item.id} />
            ) : null}
            {extras?.(item, setItem)}
            {owner && item.status !== 'draft' ? (
              <PostingMatchesCard kind={POSTING_KINDS[kind.name]} postingId={item.id} />
            ) : null}
          </Flex>
        </Col>
        <Col xs={24} lg={8}>
          <Flex vertical gap={24}>
            {owner ? (
              <VisibilityCard
                title={t('posting.detail.manage')}
                value={item.visibility}
                onSet={async (visibility) => setItem(await kind.api.setVisibility(item.id, visibility))}
                hint={t('posting.detail.visibilityHint')}
                testId="posting-visibility"
              />
            ) : null}
            <Card title={t('posting.detail.basicInfo')}>
              <Descriptions
                column={1}
                size="small"
                items={[
                  ...(kind.facts(item, t) ?? []),
                  {
                    key: 'fields',
                    label: t('posting.fields'),
                    children: item.fieldNames.length ? (
                      <Space size={[4, 4]} wrap>
                        <FieldTags codes={item.fields} names={item.fieldNames} />
                      </Space>
                    ) : (
                      t('common.none')
                    ),
                  },
                  { key: 'place', label: t('posting.region'), children: kind.place(item, t) },
                  ...(item.organizationName
                    ? [
                        {
                          key: 'organization',
                          label: t(`${ns}.organization`),
                          children: item.organizationName,
                        },
                      ]
                    : []),
                  {
                    key: 'publishedAt',
                    label: t('posting.publishedAt'),
                    children: formatDateTime(item.publishedAt),
                  },
                  {
                    key: 'views',
                    label: t('posting.viewCount'),
                    children: <span data-testid="posting-views">{item.viewCount}</span>,
                  },
                ]}
              />
            </Card>
            <Card title={t('posting.detail.contactTitle')}>
              {item.redacted ? (
                <Typography.Text type="secondary">{t('posting.detail.contactHidden')}</Typography.Text>
              ) : contact ? (
                <ContactDescriptions contact={contact} />
              ) : (
                <Typography.Text type="secondary">{t('posting.detail.noContact')}</Typography.Text>
              )}
            </Card>
          </Flex>
        </Col>
      </Row>
    </Spin>
  );
}
