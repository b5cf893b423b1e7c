import { Card, Col, Empty, Flex, InputNumber, Select, Skeleton, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { postingSorts, type PostingSort } from '../api/catalogue-types';
import { useAuth } from '../auth/auth-context';
import type { AnyCatalogueKind, CatalogueKindName, FilterSpec } from '../catalogue/kind';
import { catalogueKinds } from '../catalogue/kinds';
import { FilterCard, LoadMoreFooter, RegionAndFieldFilters, SortTabs } from '../components/ListParts';
import { FormError } from '../components/FormError';
import { CreatePostingButton } from '../components/CreatePostingButton';
import { PageHeader } from '../components/PageHeader';
import { PostingCard } from '../components/PostingCard';
import { errorMessage } from '../lib/errors';
import { useCursorList } from '../lib/use-cursor-list';
import { useReferenceData } from '../lib/use-reference';

const PAGE_SIZE = 20;

/** The public list of one catalogue kind (成果, 项目, 金融产品, 专家): filters live in the URL. */
export default function CatalogueListPage({ kind }: { kind: CatalogueKindName }) {
  // A fresh state per kind (the route element is reused between kinds).
  return <CatalogueList key={kind} kind={catalogueKinds[kind]} />;
}

/** The value a filter has in the URL, checked against its options (or as a non-negative number). */
function filterValue(spec: FilterSpec, raw: string | null): string | number | undefined {
  if (!raw) return undefined;
  if (spec.type === 'number') {
    const value = Number(raw);
    return Number.isFinite(value) && value >= 0 ? value : undefined;
  }
  return spec.options?.some((option) => option.value === raw) ? raw : undefined;
}

function CatalogueList({ kind }: { kind: AnyCatalogueKind }) {
  const { t, i18n } = useTranslation();
  const { status, currentMembership } = useAuth();
  const [params, setParams] = useSearchParams();
  const reference = useReferenceData();
  const ns = `catalogue.${kind.name}` as const;
  const filters = kind.filters(t);

  const sort: PostingSort = postingSorts.find((value) => value === params.get('sort')) ?? 'newest';
  const regionCode = params.get('regionCode') || undefined;
  const field = params.get('field') || undefined;
  const q = params.get('q')?.trim() || undefined;
  const extra = Object.fromEntries(
    filters.map((spec) => [spec.name, filterValue(spec, params.get(spec.name))]),
  );
  // societyId comes from a society's page ("all its experts"); it has no control of its own.
  const societyId = kind.name === 'expert' ? params.get('societyId') || undefined : undefined;

  const update = (changes: Record<string, string | number | undefined>) => {
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [name, value] of Object.entries(changes)) {
          if (value !== undefined && value !== '' && !(name === 'sort' && value === 'newest'))
            next.set(name, String(value));
          else next.delete(name);
        }
        return next;
      },
      { replace: true },
    );
  };

  const signedIn = status === 'authenticated';
  const organizationId = currentMembership?.organizationId ?? null;
  const query = { ...extra, societyId, regionCode, field, q, sort, limit: PAGE_SIZE };
  const key = JSON.stringify([kind.name, query, signedIn, organizationId, i18n.language]);
  const list = useCursorList(
    (cursor) => kind.api.list({ ...query, cursor }, signedIn ? 'session' : 'public'),
    key,
  );

  const filtered = Boolean(
    regionCode || field || q || societyId || filters.some((spec) => extra[spec.name] !== undefined),
  );
  const cleared = Object.fromEntries(
    ['regionCode', 'field', 'q', 'societyId', ...filters.map((spec) => spec.name)].map((name) => [
      name,
      undefined,
    ]),
  );

  return (
    <>
      <PageHeader
        title={t(`${ns}.listTitle`)}
        subtitle={t(`${ns}.listSubtitle`)}
        extra={<CreatePostingButton kind={kind} />}
      />
      <FilterCard
        search={{
          q,
          onSearch: (value) => update({ q: value }),
          placeholder: t(`${ns}.searchPlaceholder`),
          testId: 'posting-search',
        }}
        reference={reference}
        referenceFailed={t('posting.list.referenceLoadFailed')}
        label={t('posting.list.filters')}
        clearLabel={t('posting.list.clearFilters')}
        onClear={filtered ? () => update(cleared) : null}
      >
        <RegionAndFieldFilters reference={reference} regionCode={regionCode} field={field} update={update} />
        {filters.map((spec) => (
          <Col xs={24} sm={12} lg={6} key={spec.name}>
            {spec.type === 'number' ? (
              <InputNumber<number>
                value={extra[spec.name] as number | undefined}
                onChange={(value) => update({ [spec.name]: value ?? undefined })}
                min={0}
                placeholder={spec.placeholder}
                aria-label={spec.label}
                suffix={t('posting.wan')}
                style={{ width: '100%' }}
                data-testid={`filter-${spec.name}`}
              />
            ) : (
              <Select
                value={extra[spec.name] as string | undefined}
                onChange={(value?: string) => update({ [spec.name]: value })}
                options={spec.options}
                placeholder={spec.placeholder}
                aria-label={spec.label}
                allowClear
                style={{ width: '100%' }}
                data-testid={`filter-${spec.name}`}
              />
            )}
          </Col>
        ))}
      </FilterCard>
      <Card>
        <SortTabs<PostingSort>
          value={sort}
          options={postingSorts.map((value) => ({ key: value, label: t(`posting.list.sort.${value}`) }))}
          onChange={(value) => update({ sort: value })}
          onRefresh={list.reload}
          label={t('posting.list.sortLabel')}
        />
        {list.error ? <FormError message={errorMessage(list.error, t)} /> : null}
        {list.loading && list.items.length === 0 ? (
          <Skeleton active paragraph={{ rows: 6 }} />
        ) : list.items.length === 0 ? (
          list.error ? null : (
            <Empty description={t(`${ns}.empty`)} />
          )
        ) : (
          <Spin spinning={list.loading}>
            <Flex vertical gap={12} data-testid="posting-list">
              {list.items.map((item) => (
                <PostingCard key={item.id} kind={kind} item={item} />
              ))}
            </Flex>
          </Spin>
        )}
        <LoadMoreFooter list={list} testId="posting-load-more" />
      </Card>
    </>
  );
}
