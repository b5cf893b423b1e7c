import { LockOutlined, LoginOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Result,
  Row,
  Select,
  Skeleton,
  Space,
  Spin,
  Typography,
} from 'antd';
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { ApiError } from '../api/client';
import {
  postingVisibilities,
  type PostingDetail,
  type PostingSummary,
  type PostingVisibility,
} from '../api/catalogue-types';
import { isPlatformStaff, useAuth } from '../auth/auth-context';
import type { AnyCatalogueKind, CatalogueKindName } from '../catalogue/kind';
import { catalogueKinds } from '../catalogue/kinds';
import { LinkButton } from '../components/LinkButton';
import { PageHeader } from '../components/PageHeader';
import { PostingModerationActions } from '../components/PostingModerationActions';
import { PostingOwnerActions } from '../components/PostingOwnerActions';
import { FieldTags, PostingConfidentialTag, PostingStatusTag } from '../components/PostingTags';
import { VisibilityTag } from '../components/DemandTags';
import { errorMessage } from '../lib/errors';
import { formatDateTime } from '../lib/format';
import { withRedirect } from '../lib/redirect';
import { useAsync } from '../lib/use-async';

type Detail = PostingSummary & PostingDetail;

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
  const { status, me, currentMembership } = useAuth();
  const signedIn = status === 'authenticated';
  const organizationId = currentMembership?.organizationId ?? null;
  // Every GET of a published posting counts a view: load once per caller, then keep what actions answer.
  const key = `${postingId}:${signedIn}:${organizationId}`;
  const loaded = useAsync(() => kind.api.get(postingId, signedIn ? 'session' : 'public'), key);
  const [override, setOverride] = useState<{ key: string; item: Detail } | null>(null);
  const item: Detail | undefined = override?.key === key ? override.item : loaded.data;
  const setItem = useCallback((next: Detail) => setOverride({ key, item: next }), [key]);
  const reload = () => {
    setOverride(null);
    loaded.reload();
  };

  if (loaded.error)
    return <PostingLoadError kind={kind} error={loaded.error} signedIn={signedIn} onRetry={reload} />;
  if (!item) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  }

  const owner = item.canEdit;
  const ns = `catalogue.${kind.name}` as const;
  const contact = item.redacted ? null : kind.contact(item);

  return (
    <Spin spinning={loaded.loading}>
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
        extra={owner ? <PostingOwnerActions kind={kind} item={item} onChange={setItem} /> : null}
      />
      {owner && item.status === 'rejected' ? (
        <Alert
          type="error"
          showIcon
          title={t('posting.detail.rejectedTitle')}
          description={item.rejectionReason || undefined}
          style={{ marginBottom: 16 }}
          data-testid="rejection-reason"
        />
      ) : null}
      {owner && (item.status === 'draft' || item.status === 'submitted' || item.status === 'archived') ? (
        <Alert
          type="info"
          showIcon
          title={t(`posting.detail.hints.${item.status}`)}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {isPlatformStaff(me) && item.status === 'submitted' ? (
        <Alert
          type="warning"
          showIcon
          title={t('posting.detail.moderationHint')}
          style={{ marginBottom: 16 }}
          action={<PostingModerationActions kind={kind} item={item} onDone={setItem} size="small" />}
        />
      ) : null}
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={16}>
          <Flex vertical gap={24}>
            <Card title={t(`${ns}.contentTitle`)}>
              {item.redacted ? <RedactedContent teaser={item.teaser} /> : kind.content(item, t)}
            </Card>
            {extras?.(item, setItem)}
          </Flex>
        </Col>
        <Col xs={24} lg={8}>
          <Flex vertical gap={24}>
            {owner ? <VisibilityCard kind={kind} item={item} onChange={setItem} /> : null}
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
                <ContactFacts contact={contact} />
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

/** The page of a posting the caller may not see (or that does not exist), or a failed load. */
export function PostingLoadError({
  kind,
  error,
  signedIn,
  onRetry,
}: {
  kind: AnyCatalogueKind;
  error: unknown;
  signedIn: boolean;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  const location = useLocation();
  const status = error instanceof ApiError ? error.status : 0;
  if (!signedIn && (status === 401 || status === 403)) {
    return (
      <Result
        status="403"
        title={t('posting.detail.notFoundTitle')}
        subTitle={t('posting.detail.loginToView')}
        extra={
          <LinkButton
            type="primary"
            icon={<LoginOutlined />}
            to={withRedirect('/login', `${location.pathname}${location.search}`)}
          >
            {t('posting.detail.login')}
          </LinkButton>
        }
      />
    );
  }
  if (status === 404 || status === 403) {
    return (
      <Result
        status="404"
        title={t('posting.detail.notFoundTitle')}
        subTitle={t(`catalogue.${kind.name}.notFound`)}
        extra={
          <LinkButton type="primary" to={kind.route}>
            {t('posting.detail.backToList')}
          </LinkButton>
        }
      />
    );
  }
  return (
    <Result
      status="warning"
      title={t('common.loadFailed')}
      subTitle={errorMessage(error, t)}
      extra={
        <Button type="primary" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      }
    />
  );
}

/** A confidential posting seen by someone it is not for: only the teaser. */
function RedactedContent({ teaser }: { teaser: string | null }) {
  const { t } = useTranslation();
  const { status } = useAuth();
  const location = useLocation();
  return (
    <Result
      icon={<LockOutlined style={{ color: '#722ed1' }} />}
      title={t('posting.detail.confidentialTitle')}
      subTitle={t('posting.detail.confidentialHint')}
      extra={
        status === 'authenticated' ? null : (
          <LinkButton
            type="primary"
            icon={<LoginOutlined />}
            to={withRedirect('/login', `${location.pathname}${location.search}`)}
          >
            {t('posting.detail.login')}
          </LinkButton>
        )
      }
    >
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }} data-testid="posting-teaser">
        {teaser || t('posting.detail.noTeaser')}
      </Typography.Paragraph>
    </Result>
  );
}

/** The owner's 可见范围 switch (POST …/visibility). */
function VisibilityCard({
  kind,
  item,
  onChange,
}: {
  kind: AnyCatalogueKind;
  item: Detail;
  onChange: (next: Detail) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  const change = async (visibility: PostingVisibility) => {
    if (visibility === item.visibility) return;
    setBusy(true);
    try {
      onChange(await kind.api.setVisibility(item.id, visibility));
      void message.success(t('posting.detail.visibilityChanged'));
    } catch (cause) {
      void message.error(errorMessage(cause, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('posting.detail.manage')}>
      <Flex vertical gap={8}>
        <Typography.Text strong id="posting-visibility-label">
          {t('posting.visibility')}
        </Typography.Text>
        <Select<PostingVisibility>
          value={item.visibility}
          onChange={(value) => void change(value)}
          options={postingVisibilities.map((value) => ({ value, label: t(`posting.visibilities.${value}`) }))}
          loading={busy}
          disabled={busy}
          aria-labelledby="posting-visibility-label"
          data-testid="posting-visibility"
        />
        <Typography.Text type="secondary">{t('posting.detail.visibilityHint')}</Typography.Text>
      </Flex>
    </Card>
  );
}

function ContactFacts({
  contact,
}: {
  contact: { name?: string; phone?: string | null; email?: string | null };
}) {
  const { t } = useTranslation();
  return (
    <Descriptions
      column={1}
      size="small"
      data-testid="posting-contact"
      items={[
        ...(contact.name ? [{ key: 'name', label: t('posting.contactName'), children: contact.name }] : []),
        ...(contact.phone
          ? [
              {
                key: 'phone',
                label: t('posting.contactPhone'),
                children: <a href={`tel:${contact.phone}`}>{contact.phone}</a>,
              },
            ]
          : []),
        ...(contact.email
          ? [
              {
                key: 'email',
                label: t('posting.contactEmail'),
                children: <a href={`mailto:${contact.email}`}>{contact.email}</a>,
              },
            ]
          : []),
      ]}
    />
  );
}
