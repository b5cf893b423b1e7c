import { SafetyCertificateFilled } from '@ant-design/icons';
import { Card, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AsyncTable } from '../../components/AsyncTable';
import { PageHeader } from '../../components/PageHeader';
import { RegionCascader } from '../../components/RegionCascader';
import { formatAmountWan, formatNumber } from '../../lib/format';
import { namesToCode } from '../../lib/tree';
import { useAsync } from '../../lib/use-async';
import { useReferenceData } from '../../lib/use-reference';
import { reportingApi, type ServiceOrganization } from './api';

/**
 * 服务机构评价: the public directory of verified societies and service agencies with the indicators their
 * records give (enterprises served, visits, needs found and drafted into demands, matches contacted,
 * deals and their value, ratings), narrowed to a region. Nothing behind a figure is shown: totals only.
 */
export default function ServiceOrganizationsPage() {
  const { t } = useTranslation();
  const reference = useReferenceData();
  const [region, setRegion] = useState<string[]>([]);
  const regionCode = region.at(-1);
  const listed = useAsync(() => reportingApi.serviceOrganizations({ regionCode }), regionCode ?? 'all');
  const regionName = useMemo(() => {
    const tree = reference.regions.data ?? [];
    return (code: string) => namesToCode(tree, code).join(' ') || code;
  }, [reference.regions.data]);
  const indicator = (pick: (o: ServiceOrganization['indicators']) => number) => ({
    align: 'right' as const,
    render: (_: unknown, o: ServiceOrganization) => formatNumber(pick(o.indicators)),
  });

  return (
    <>
      <PageHeader title={t('reporting.directory.title')} subtitle={t('reporting.directory.subtitle')} />
      <Card style={{ marginBottom: 16 }}>
        <RegionCascader label={t('reporting.region')} value={region} onChange={setRegion} />
      </Card>
      <Card>
        <AsyncTable<ServiceOrganization>
          state={listed}
          testId="service-organizations"
          rowKey="id"
          size="small"
          columns={[
            {
              title: t('reporting.directory.organization'),
              render: (_, o) => (
                <>
                  <Typography.Text strong>
                    <Link to={`/organizations/${o.id}`}>{o.name}</Link>
                  </Typography.Text>{' '}
                  <Tag color="green" icon={<SafetyCertificateFilled />}>
                    {t(`organization.types.${o.type}`)}
                  </Tag>
                  <div>
                    <Typography.Text type="secondary">{regionName(o.regionCode)}</Typography.Text>
                  </div>
                </>
              ),
            },
            { title: t('reporting.directory.enterprisesServed'), ...indicator((i) => i.enterprisesServed) },
            { title: t('reporting.directory.visits'), ...indicator((i) => i.visits) },
            { title: t('reporting.directory.needsFound'), ...indicator((i) => i.needsFound) },
            { title: t('reporting.directory.demandsCollected'), ...indicator((i) => i.demandsCollected) },
            { title: t('reporting.directory.serviceHours'), ...indicator((i) => i.serviceHours) },
            {
              title: t('reporting.directory.contacted'),
              align: 'right',
              render: (_, o) =>
                o.indicators.matchesContactedShare === null
                  ? '—'
                  : t('reporting.directory.share', {
                      percent: Math.round(o.indicators.matchesContactedShare * 100),
                      count: o.indicators.matches,
                    }),
            },
            {
              title: t('reporting.directory.deals'),
              align: 'right',
              render: (_, o) =>
                t('reporting.directory.dealsValue', {
                  count: o.indicators.deals,
                  amount: formatAmountWan(o.indicators.dealValueWan),
                }),
            },
            {
              title: t('reporting.directory.rating'),
              align: 'right',
              render: (_, o) =>
                o.indicators.averageRating === null
                  ? '—'
                  : t('reporting.directory.ratingValue', {
                      score: o.indicators.averageRating,
                      count: o.indicators.ratings,
                    }),
            },
          ]}
          locale={{ emptyText: t('reporting.directory.empty') }}
        />
      </Card>
    </>
  );
}
