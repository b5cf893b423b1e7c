import { PlusOutlined } from '@ant-design/icons';
import { Card, Col, Empty, Flex, Select, Skeleton, Spin, TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { demandsApi } from '../api/demands';
import { demandCategories, demandSorts, type DemandListQuery, type DemandSort } from '../api/types';
import { useAuth } from '../auth/auth-context';
import { DemandCard } from '../components/DemandCard';
import { FilterCard, LoadMoreFooter, RegionAndFieldFilters, SortTabs } from '../components/ListParts';
import { FormError } from '../components/FormError';
import { LinkButton } from '../components/LinkButton';
import { PageHeader } from '../components/PageHeader';
import { offersDemandCreation } from '../lib/demands';
import { errorMessage } from '../lib/errors';
import { useCursorList } from '../lib/use-cursor-list';
import { useReferenceData } from '../lib/use-reference';

const PAGE_SIZE = 20;
type FilterName = 'category' | 'industryCode' | 'regionCode' | 'field' | 'q' | 'sort';

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((item) => item === value);
}

/** The public 难题榜: filters and sort live in the URL, results load page by page (keyset cursor). */
export default function DemandListPage() {
  const { t, i18n } = useTranslation();
  const { status, currentMembership } = useAuth();
  const [params, setParams] = useSearchParams();
  const reference = useReferenceData();

  const category = oneOf(params.get('category'), demandCategories);
  const sort: DemandSort = oneOf(params.get('sort'), demandSorts) ?? 'newest';
  const industryCode = params.get('industryCode') || undefined;
  const regionCode = params.get('regionCode') || undefined;
  const field = params.get('field') || undefined;
  const q = params.get('q')?.trim() || undefined;

  const update = (changes: Partial<Record<FilterName, string | undefined>>) => {
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [name, value] of Object.entries(changes)) {
          if (value && !(name === 'sort' && value === 'newest')) next.set(name, value);
          else next.delete(name);
        }
        return next;
      },
      { replace: true },
    );
  };

  const signedIn = status === 'authenticated';
  const organizationId = currentMembership?.organizationId ?? null;
  const query: DemandListQuery = { category, industryCode, regionCode, field, q, sort, limit: PAGE_SIZE };
  // Signed-in callers also see `registered` demands; names come in the UI language.
  const key = JSON.stringify([query, signedIn, organizationId, i18n.language]);
  const list = useCursorList(
    (cursor) => demandsApi.list({ ...query, cursor }, signedIn ? 'session' : 'public'),
    key,
  );

  const filtered = Boolean(category || industryCode || regionCode || field || q);

  return (
    <>
      <PageHeader
        title={t('demandBoard.title')}
        subtitle={t('demandBoard.subtitle')}
        extra={
          offersDemandCreation(currentMembership) ? (
            <LinkButton type="primary" icon={<PlusOutlined />} to="/demands/new" data-testid="create-demand">
              {t('demandBoard.create')}
            </LinkButton>
          ) : null
        }
      />
      <FilterCard
        search={{
          q,
          onSearch: (value) => update({ q: value }),
          placeholder: t('demandBoard.searchPlaceholder'),
          testId: 'demand-search',
        }}
        reference={reference}
        referenceFailed={t('demandBoard.referenceLoadFailed')}
        label={t('demandBoard.filters')}
        clearLabel={t('demandBoard.clearFilters')}
        onClear={
          filtered
            ? () =>
                update({
                  category: undefined,
                  industryCode: undefined,
                  regionCode: undefined,
                  field: undefined,
                  q: undefined,
                })
            : null
        }
      >
        <Col xs={24} sm={12} lg={6}>
          <Select
            value={category}
            onChange={(value?: string) => update({ category: value })}
            options={demandCategories.map((value) => ({ value, label: t(`demand.categories.${value}`) }))}
            placeholder={t('demandBoard.allCategories')}
            aria-label={t('demand.category')}
            allowClear
            style={{ width: '100%' }}
            data-testid="filter-category"
          />
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <TreeSelect
            value={industryCode}
            onChange={(value?: string) => update({ industryCode: value })}
            treeData={reference.industryOptions}
            placeholder={t('demandBoard.allIndustries')}
            aria-label={t('demand.industry')}
            allowClear
            showSearch={{ treeNodeFilterProp: 'title' }}
            loading={reference.industries.loading}
            style={{ width: '100%' }}
            data-testid="filter-industry"
          />
        </Col>
        <RegionAndFieldFilters reference={reference} regionCode={regionCode} field={field} update={update} />
      </FilterCard>
      <Card>
        <SortTabs<DemandSort>
          value={sort}
          options={demandSorts.map((value) => ({ key: value, label: t(`demandBoard.sort.${value}`) }))}
          onChange={(value) => update({ sort: value })}
          onRefresh={list.reload}
          label={t('demandBoard.sortLabel')}
          testId="demand-sort"
        />
        {list.error ? <FormError message={errorMessage(list.error, t)} /> : null}
        {list.loading && list.items.length === 0 ? (
          <Skeleton active paragraph={{ rows: 6 }} />
        ) : list.items.length === 0 ? (
          list.error ? null : (
            <Empty description={t('demandBoard.empty')} />
          )
        ) : (
          <Spin spinning={list.loading}>
            <Flex vertical gap={12} data-testid="demand-list">
              {list.items.map((demand) => (
                <DemandCard key={demand.id} demand={demand} />
              ))}
            </Flex>
          </Spin>
        )}
        <LoadMoreFooter list={list} testId="demand-load-more" />
      </Card>
    </>
  );
}
