import { EnvironmentOutlined, EyeOutlined, ShopOutlined } from '@ant-design/icons';
import { Card, Flex, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PostingSummary } from '../api/catalogue-types';
import type { AnyCatalogueKind } from '../catalogue/kind';
import { FieldTags, PostingConfidentialTag, PostingStatusTag } from './PostingTags';

function Meta({ icon, children }: { icon: ReactNode; children: ReactNode }) {
  return (
    <Typography.Text type="secondary" className="dj-demand-card__meta">
      {icon} {children}
    </Typography.Text>
  );
}

/** One catalogue posting of any kind in a list: title, its figure, tags, teaser and where it is. */
export function PostingCard({ kind, item }: { kind: AnyCatalogueKind; item: PostingSummary }) {
  const { t } = useTranslation();
  const confidential = item.visibility === 'confidential';
  const subtitle = kind.subtitle?.(item);
  return (
    <Card size="small" className="dj-demand-card" data-testid="posting-card">
      <Flex justify="space-between" align="flex-start" gap={16} wrap>
        <div style={{ flex: '1 1 320px' }}>
          <Typography.Title level={5} style={{ margin: 0 }}>
            <Link to={`${kind.route}/${item.id}`} data-testid="posting-card-title">
              {kind.label(item)}
            </Link>
          </Typography.Title>
          {subtitle ? <Typography.Text type="secondary">{subtitle}</Typography.Text> : null}
        </div>
        {item.redacted || !kind.highlight ? null : (
          <Typography.Text strong className="dj-demand-card__budget" data-testid="posting-highlight">
            {kind.highlight(item, t)}
          </Typography.Text>
        )}
      </Flex>
      <Space size={[4, 6]} wrap style={{ marginTop: 8 }}>
        {kind.tags(item, t)}
        {confidential ? <PostingConfidentialTag /> : null}
        {item.status !== 'published' ? <PostingStatusTag status={item.status} /> : null}
        <FieldTags codes={item.fields} names={item.fieldNames} />
      </Space>
      {confidential && item.teaser ? (
        <Typography.Paragraph
          type="secondary"
          ellipsis={{ rows: 2 }}
          style={{ margin: '8px 0 0' }}
          data-testid="posting-teaser"
        >
          {item.teaser}
        </Typography.Paragraph>
      ) : null}
      <Flex gap="4px 20px" wrap style={{ marginTop: 10 }}>
        <Meta icon={<EnvironmentOutlined />}>{kind.place(item, t)}</Meta>
        <Meta icon={<EyeOutlined />}>{t('posting.views', { count: item.viewCount })}</Meta>
        {item.organizationName ? <Meta icon={<ShopOutlined />}>{item.organizationName}</Meta> : null}
      </Flex>
    </Card>
  );
}
