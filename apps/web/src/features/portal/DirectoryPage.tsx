import { SafetyCertificateFilled } from '@ant-design/icons';
import { Card, Flex, Input, Segmented, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CursorListBody } from '../../components/ListParts';
import { PageHeader } from '../../components/PageHeader';
import { useCursorList } from '../../lib/use-cursor-list';
import { useSearchParamSetter } from '../../lib/use-search-param';
import { portalApi, type DirectoryQuery } from './api';

/** The directory's tabs: the supply side's organizations a visitor looks for. */
const TYPES = ['university', 'investor', 'service_agency', 'society', 'enterprise'] as const;
type DirectoryType = NonNullable<DirectoryQuery['type']>;

/** 机构名录: verified organizations by type, searchable by name. */
export default function DirectoryPage() {
  const { t } = useTranslation();
  const [params, update] = useSearchParamSetter<'type' | 'q'>();
  const type = TYPES.find((value) => value === params.get('type')) as DirectoryType | undefined;
  const q = params.get('q')?.trim() || undefined;
  const list = useCursorList(
    (cursor) => portalApi.directory({ type, q, cursor, limit: 20 }),
    JSON.stringify([type, q]),
  );

  return (
    <>
      <PageHeader title={t('directory.title')} subtitle={t('directory.subtitle')} />
      <Card style={{ marginBottom: 16 }}>
        <Flex vertical gap={12}>
          <div style={{ overflowX: 'auto' }}>
            <Segmented
              value={type ?? 'all'}
              onChange={(value) => update('type', value === 'all' ? undefined : String(value))}
              options={[
                { value: 'all', label: t('directory.all') },
                ...TYPES.map((value) => ({ value, label: t(`organization.types.${value}`) })),
              ]}
              data-testid="directory-type"
            />
          </div>
          <Input.Search
            defaultValue={q}
            allowClear
            placeholder={t('directory.searchPlaceholder')}
            aria-label={t('directory.searchPlaceholder')}
            maxLength={50}
            onSearch={(value) => update('q', value.trim() || undefined)}
          />
        </Flex>
      </Card>
      <Card>
        <CursorListBody
          list={list}
          empty={t('directory.empty')}
          testId="directory-list"
          moreTestId="directory-more"
          renderItem={(org) => (
            <Card key={org.id} size="small">
              <Flex gap={8} align="center" wrap>
                <Typography.Text strong>
                  <Link to={`/organizations/${org.id}`}>{org.name}</Link>
                </Typography.Text>
                <Tag color="green" icon={<SafetyCertificateFilled />}>
                  {t('orgPage.verified')}
                </Tag>
                <Tag>{t(`organization.types.${org.type}`)}</Tag>
                <Typography.Text type="secondary">{org.regionName}</Typography.Text>
              </Flex>
              {org.description ? (
                <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: '6px 0 0' }}>
                  {org.description}
                </Typography.Paragraph>
              ) : null}
            </Card>
          )}
        />
      </Card>
    </>
  );
}
