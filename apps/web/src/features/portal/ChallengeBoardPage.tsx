import { TrophyOutlined } from '@ant-design/icons';
import { Card, Col, Flex, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../../auth/auth-context';
import { ConfidentialTag } from '../../components/DemandTags';
import { CursorListBody, FieldFilter, RegionFilter } from '../../components/ListParts';
import { PageHeader } from '../../components/PageHeader';
import { formatBudgetWan, formatDay } from '../../lib/format';
import { useCursorList } from '../../lib/use-cursor-list';
import { useSearchParamSetter } from '../../lib/use-search-param';
import { useReferenceData } from '../../lib/use-reference';
import { portalApi, type ChallengeBoardItem } from './api';

const PAGE_SIZE = 20;

function CallCard({ item }: { item: ChallengeBoardItem }) {
  const { t } = useTranslation();
  const { demand } = item;
  return (
    <Card size="small" className="dj-demand-card" data-testid="challenge-board-item">
      <Flex justify="space-between" align="flex-start" gap={16} wrap>
        <div style={{ flex: '1 1 320px', minWidth: 0 }}>
          <Typography.Title level={5} style={{ margin: 0 }}>
            <Link to={`/demands/${demand.id}`}>{demand.title}</Link>
          </Typography.Title>
          {demand.redacted && demand.teaser ? (
            <Typography.Text type="secondary">{demand.teaser}</Typography.Text>
          ) : null}
        </div>
        <Flex vertical align="flex-end">
          <Typography.Text type="secondary">{t('challengeBoard.award')}</Typography.Text>
          <Typography.Text strong data-testid="challenge-award">
            {item.awardWan === null
              ? t('challengeBoard.awardHidden')
              : formatBudgetWan(item.awardWan, item.awardWan, t)}
          </Typography.Text>
        </Flex>
      </Flex>
      <Flex gap={6} wrap style={{ marginTop: 8 }}>
        {demand.redacted ? <ConfidentialTag /> : null}
        {demand.fieldNames.map((name) => (
          <Tag key={name}>{name}</Tag>
        ))}
        <Tag>{demand.regionName}</Tag>
        <Tag color="orange">
          {t('challengeBoard.deadline')} {formatDay(item.deadline)}
        </Tag>
        {demand.organizationName ? <Tag>{demand.organizationName}</Tag> : null}
      </Flex>
    </Card>
  );
}

/** 揭榜挂帅: the public board of open calls, filtered by technology field and region (kept in the URL). */
export default function ChallengeBoardPage() {
  const { t, i18n } = useTranslation();
  const { status, currentMembership } = useAuth();
  const [params, update] = useSearchParamSetter<'field' | 'regionCode'>();
  const reference = useReferenceData();
  const field = params.get('field') || undefined;
  const regionCode = params.get('regionCode') || undefined;
  const signedIn = status === 'authenticated';
  const key = JSON.stringify([field, regionCode, signedIn, currentMembership?.organizationId, i18n.language]);
  const list = useCursorList(async (cursor) => {
    const page = await portalApi.challenges(
      { field, regionCode, limit: PAGE_SIZE, cursor },
      signedIn ? 'session' : 'public',
    );
    // A call is one per demand: the demand's id keys the list.
    return { ...page, items: page.items.map((item) => ({ ...item, id: item.demand.id })) };
  }, key);

  return (
    <>
      <PageHeader
        title={
          <>
            <TrophyOutlined /> {t('challengeBoard.title')}
          </>
        }
        subtitle={t('challengeBoard.subtitle')}
      />
      <Card style={{ marginBottom: 16 }}>
        <Row gutter={[12, 12]}>
          <Col xs={24} md={12}>
            <FieldFilter reference={reference} value={field} onChange={(code) => update('field', code)} />
          </Col>
          <Col xs={24} md={12}>
            <RegionFilter
              reference={reference}
              value={regionCode}
              onChange={(code) => update('regionCode', code)}
            />
          </Col>
        </Row>
      </Card>
      <Card>
        <CursorListBody
          list={list}
          empty={t('challengeBoard.empty')}
          testId="challenge-board"
          moreTestId="challenge-board-more"
          renderItem={(item) => <CallCard key={item.id} item={item} />}
        />
      </Card>
    </>
  );
}
