import {
  ApartmentOutlined,
  ClockCircleOutlined,
  EnvironmentOutlined,
  EyeOutlined,
  ShopOutlined,
} from '@ant-design/icons';
import { Card, Flex, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DemandSummary } from '../api/types';
import { formatBudgetWan, formatDay } from '../lib/format';
import { CategoryTag, ConfidentialTag, DemandStatusTag } from './DemandTags';

function Meta({ icon, children }: { icon: ReactNode; children: ReactNode }) {
  return (
    <Typography.Text type="secondary" className="dj-demand-card__meta">
      {icon} {children}
    </Typography.Text>
  );
}

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
        {demand.fieldNames.map((name, index) => (
          <Tag key={demand.fields[index] ?? name} variant="filled">
            {name}
          </Tag>
        ))}
      </Space>
      {confidential && demand.teaser ? (
        <Typography.Paragraph
          type="secondary"
          ellipsis={{ rows: 2 }}
          style={{ margin: '8px 0 0' }}
          data-testid="demand-teaser"
        >
          {demand.teaser}
        </Typography.Paragraph>
      ) : null}
      <Flex gap="4px 20px" wrap style={{ marginTop: 10 }}>
        {demand.industryName ? <Meta icon={<ApartmentOutlined />}>{demand.industryName}</Meta> : null}
        {demand.regionName ? <Meta icon={<EnvironmentOutlined />}>{demand.regionName}</Meta> : null}
        <Meta icon={<ClockCircleOutlined />}>
          {demand.deadline
            ? t('demand.deadlineOn', { date: formatDay(demand.deadline) })
            : t('demand.noDeadline')}
        </Meta>
        <Meta icon={<EyeOutlined />}>{t('demand.views', { count: demand.viewCount })}</Meta>
        {demand.organizationName ? <Meta icon={<ShopOutlined />}>{demand.organizationName}</Meta> : null}
      </Flex>
    </Card>
  );
}
