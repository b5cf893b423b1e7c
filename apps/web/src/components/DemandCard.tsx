import {
  ApartmentOutlined,
  ClockCircleOutlined,
  EnvironmentOutlined,
  EyeOutlined,
  ShopOutlined,
} from '@ant-design/icons';
import { Card, Flex, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DemandSummary } from '../api/types';
import { formatBudgetWan, formatDay } from '../lib/format';
import { CategoryTag, ConfidentialTag, DemandStatusTag } from './DemandTags';
import { CardMeta, CardTeaser } from './ListCardParts';
import { FieldTags } from './PostingTags';

/** One demand on the 难题榜. */
export function DemandCard({ demand }: { demand: DemandSummary }) {
  const { t } = useTranslation();
  const confidential = demand.visibility === 'confidential';
  return (
    <Card size="small" className="dj-demand-card" data-testid="demand-card">
      <Flex justify="space-between" align="flex-start" gap={16} wrap>
        <Typography.Title level={5} style={{ margin: 0, flex: '1 1 320px' }}>
          <Link to={`/demands/${demand.id}`} data-testid="demand-card-title">
            {demand.title}
          </Link>
        </Typography.Title>
        {demand.redacted ? null : (
          <Typography.Text strong className="dj-demand-card__budget" data-testid="demand-budget">
            {formatBudgetWan(demand.budgetMinWan, demand.budgetMaxWan, t)}
          </Typography.Text>
        )}
      </Flex>
      <Space size={[4, 6]} wrap style={{ marginTop: 8 }}>
        <CategoryTag category={demand.category} />
        {confidential ? <ConfidentialTag /> : null}
        {demand.status !== 'published' ? <DemandStatusTag status={demand.status} /> : null}
        <FieldTags codes={demand.fields} names={demand.fieldNames} />
      </Space>
      {confidential && demand.teaser ? <CardTeaser text={demand.teaser} testId="demand-teaser" /> : null}
      <Flex gap="4px 20px" wrap style={{ marginTop: 10 }}>
        {demand.industryName ? <CardMeta icon={<ApartmentOutlined />}>{demand.industryName}</CardMeta> : null}
        {demand.regionName ? <CardMeta icon={<EnvironmentOutlined />}>{demand.regionName}</CardMeta> : null}
        <CardMeta icon={<ClockCircleOutlined />}>
          {demand.deadline
            ? t('demand.deadlineOn', { date: formatDay(demand.deadline) })
            : t('demand.noDeadline')}
        </CardMeta>
        <CardMeta icon={<EyeOutlined />}>{t('demand.views', { count: demand.viewCount })}</CardMeta>
        {demand.organizationName ? (
          <CardMeta icon={<ShopOutlined />}>{demand.organizationName}</CardMeta>
        ) : null}
      </Flex>
    </Card>
  );
}
