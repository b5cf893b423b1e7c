import { BankOutlined, EnvironmentOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { societiesApi } from '../api/catalogue';
import { useAuth } from '../auth/auth-context';
import { SearchBox } from '../components/ListParts';
import { FormError } from '../components/FormError';
import { PageHeader } from '../components/PageHeader';
import { FieldTags } from '../components/PostingTags';
import { errorMessage } from '../lib/errors';
import { useCursorList } from '../lib/use-cursor-list';

/** 学会: the national societies, with how many experts and service stations each has. */
export default function SocietyListPage() {
  const { t, i18n } = useTranslation();
  const { status } = useAuth();
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() || undefined;
  const signedIn = status === 'authenticated';
  const list = useCursorList(
    (cursor) => societiesApi.list({ q, cursor }, signedIn ? 'session' : 'public'),
    JSON.stringify([q, signedIn, i18n.language]),
  );

  return (
    <>
      <PageHeader title={t('society.listTitle')} subtitle={t('society.listSubtitle')} />
      <Card style={{ marginBottom: 16 }}>
        <SearchBox
          q={q}
          onSearch={(value) => setParams(value ? { q: value } : {}, { replace: true })}
          placeholder={t('society.searchPlaceholder')}
        />
      </Card>
      <Card>
        {list.error ? <FormError message={errorMessage(list.error, t)} /> : null}
        {list.loading && list.items.length === 0 ? (
          <Skeleton active />
        ) : list.items.length === 0 ? (
          list.error ? null : (
            <Empty description={t('society.empty')} />
          )
        ) : (
          <Flex vertical gap={12} data-testid="society-list">
            {list.items.map((society) => (
              <Card key={society.id} size="small" className="dj-demand-card">
                <Typography.Title level={5} style={{ margin: 0 }}>
                  <Link to={`/societies/${society.id}`}>
                    <BankOutlined /> {society.name}
                  </Link>
                </Typography.Title>
                {society.description ? (
                  <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: '6px 0 0' }}>
                    {society.description}
                  </Typography.Paragraph>
                ) : null}
                <Space size={[4, 6]} wrap style={{ marginTop: 8 }}>
                  <FieldTags codes={society.fields} names={society.fieldNames} />
                </Space>
                <Flex gap="4px 20px" wrap style={{ marginTop: 8 }}>
                  <Typography.Text type="secondary">
                    <EnvironmentOutlined /> {society.regionName}
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    <TeamOutlined /> {t('society.experts', { count: society.expertCount })}
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    {t('society.stations', { count: society.stationCount })}
                  </Typography.Text>
                </Flex>
              </Card>
            ))}
          </Flex>
        )}
        {list.hasMore ? (
          <Flex justify="center" style={{ marginTop: 16 }}>
            <Button onClick={list.loadMore} loading={list.loadingMore}>
              {t('posting.list.loadMore')}
            </Button>
          </Flex>
        ) : null}
      </Card>
    </>
  );
}
