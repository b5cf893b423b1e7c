import { EnvironmentOutlined, EyeOutlined, ShopOutlined } from '@ant-design/icons';
import { Card, Flex, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PostingSummary } from '../api/catalogue-types';
import type { AnyCatalogueKind } from '../catalogue/kind';
import { CardMeta, CardTeaser } from './ListCardParts';
import { FieldTags, PostingConfidentialTag, PostingStatusTag } from './PostingTags';

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
      {confidential && item.teaser ? <CardTeaser text={item.teaser} testId="posting-teaser" /> : null}
      <Flex gap="4px 20px" wrap style={{ marginTop: 10 }}>
        <CardMeta icon={<EnvironmentOutlined />}>{kind.place(item, t)}</CardMeta>
        <CardMeta icon={<EyeOutlined />}>{t('posting.views', { count: item.viewCount })}</CardMeta>
        {item.organizationName ? <CardMeta icon={<ShopOutlined />}>{item.organizationName}</CardMeta> : null}
      </Flex>
    </Card>
  );
}
