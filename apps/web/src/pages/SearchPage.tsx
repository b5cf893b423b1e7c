import { CloseOutlined } from '@ant-design/icons';
import {
  Alert,
  AutoComplete,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Input,
  List,
  Pagination,
  Row,
  Select,
  Skeleton,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import {
  amountBuckets,
  postingKinds,
  postingPath,
  searchApi,
  searchSorts,
  type FacetName,
  type FacetValue,
  type PostingKind,
  type SearchQuery,
  type SearchSort,
  type Suggestion,
} from '../api/search';
import { maturities, type Maturity } from '../api/catalogue-types';
import { useAuth } from '../auth/auth-context';
import { FormError } from '../components/FormError';
import { Highlighted } from '../components/Highlighted';
import { SaveSearchButton } from '../components/SaveSearchButton';
import { PageHeader } from '../components/PageHeader';
import { errorMessage } from '../lib/errors';
import { useAsync } from '../lib/use-async';
import { queryRules } from '../api/generated/rules';

const PAGE_SIZE = 10;
const Q_MAX = queryRules['/api/v1/search'].q.maxLength;
const SUGGEST_DELAY_MS = 200;
type Param =
  | 'q'
  | 'kind'
  | 'category'
  | 'maturity'
  | 'field'
  | 'regionCode'
  | 'trl'
  | 'amount'
  | 'status'
  | 'sort'
  | 'page';

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((item) => item === value);
}

/**
 * One search box over the whole catalogue: suggestions while typing, kind tabs, facets with counts
 * (a province drills down to its cities), sorting and highlighted snippets. Everything lives in the URL.
 */
const isMaturity = (value: string): value is Maturity => (maturities as readonly string[]).includes(value);

export default function SearchPage() {
  const { t } = useTranslation();
  const { status: authStatus } = useAuth();
  const auth = authStatus === 'authenticated' ? 'session' : 'public';
  const [params, setParams] = useSearchParams();

  const q = params.get('q')?.trim() ?? '';
  const kind = oneOf(params.get('kind'), postingKinds);
  const sort: SearchSort = oneOf(params.get('sort'), searchSorts) ?? 'relevance';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const trl = params.get('trl') ?? undefined;
  const amount = params.get('amount') ?? undefined;
  const filters = {
    category: params.get('category') ?? undefined,
    maturity: params.get('maturity') ?? undefined,
    field: params.get('field') ?? undefined,
    regionCode: params.get('regionCode') ?? undefined,
    status: params.get('status') ?? undefined,
  };

  const update = (changes: Partial<Record<Param, string | undefined>>) => {
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      for (const [name, value] of Object.entries(changes)) {
        if (value) next.set(name, value);
        else next.delete(name);
      }
      // A new query or filter starts from the first page.
      if (!('page' in changes)) next.delete('page');
      return next;
    });
  };

  const query: SearchQuery | null = q
    ? {
        q,
        kind,
        ...filters,
        trlMin: trl ? Number(trl) : undefined,
        trlMax: trl ? Number(trl) : undefined,
        amountMinWan: amount ? amountBuckets[amount]?.min : undefined,
        amountMaxWan: amount ? amountBuckets[amount]?.max : undefined,
        sort,
        page,
        limit: PAGE_SIZE,
      }
    : null;
  const key = query ? `${auth}:${JSON.stringify(query)}` : null;
  const result = useAsync(() => searchApi.search(query!, auth), key);

  // The box is edited freely; it follows q when the URL changes.
  const [input, setInput] = useState(q);
  const [shownQ, setShownQ] = useState(q);
  if (shownQ !== q) {
    setShownQ(q);
    setInput(q);
  }
  const suggestions = useSuggestions(input, auth);

  const label = (facet: FacetName, value: FacetValue): string => {
    if (value.label) return facet === 'city' ? (value.label.split(' ').at(-1) ?? value.label) : value.label;
    if (facet === 'kind') return t(`search.kinds.${value.value as PostingKind}`, value.value);
    // One meaning per facet: a demand's category, an achievement's maturity.
    if (facet === 'category')
      return t(`demand.categories.${value.value}` as 'demand.categories.common', value.value);
    if (facet === 'maturity')
      return isMaturity(value.value) ? t(`achievement.maturities.${value.value}`) : value.value;
    if (facet === 'status')
      return t(`demand.statuses.${value.value}` as 'demand.statuses.published', value.value);
    if (facet === 'trl') return `TRL ${value.value}`;
    if (facet === 'amount') return t('search.amountBucket', { range: value.value });
    return value.value;
  };

  const facetCard = (
    facet: FacetName,
    param: Param,
    title: string,
    selected: string | undefined,
    onClear?: () => void,
  ) => {
    const values = result.data?.facets[facet] ?? [];
    if (values.length === 0 && !selected) return null;
    return (
      <Card
        size="small"
        title={title}
        key={facet}
        data-testid={`facet-${facet}`}
        style={{ marginBottom: 12 }}
      >
        <Flex wrap gap={6}>
          {selected ? (
            <Tag.CheckableTag checked onChange={() => (onClear ? onClear() : update({ [param]: undefined }))}>
              {label(facet, values.find((v) => v.value === selected) ?? { value: selected, count: 0 })}{' '}
              <CloseOutlined />
            </Tag.CheckableTag>
          ) : (
            values.slice(0, 15).map((value) => (
              <Tag.CheckableTag
                key={value.value}
                checked={false}
                data-testid={`facet-${facet}-${value.value}`}
                onChange={() => update({ [param]: value.value })}
              >
                {label(facet, value)} <Typography.Text type="secondary">{value.count}</Typography.Text>
              </Tag.CheckableTag>
            ))
          )}
        </Flex>
      </Card>
    );
  };

  const regionCode = filters.regionCode;
  const province = regionCode && regionCode.endsWith('0000') ? regionCode : undefined;
  const city = regionCode && !province ? regionCode : undefined;

  return (
    <>
      <PageHeader title={t('search.title')} subtitle={t('search.subtitle')} />
      <AutoComplete
        style={{ width: '100%', marginBottom: 16 }}
        value={input}
        options={suggestions.map((s) => ({
          value: s.text,
          label: (
            <Flex justify="space-between" gap={8} data-testid="search-suggestion">
              <span>{s.text}</span>
              <Typography.Text type="secondary">
                {s.type === 'term' ? t('search.suggestTerm') : t(`search.kinds.${s.kind ?? 'demand'}`)}
              </Typography.Text>
            </Flex>
          ),
        }))}
        onChange={(value: string) => setInput(value)}
        onSelect={(value: string) => update({ q: value })}
      >
        <Input.Search
          size="large"
          enterButton={t('search.submit')}
          placeholder={t('search.placeholder')}
          maxLength={Q_MAX}
          allowClear
          aria-label={t('search.placeholder')}
          data-testid="search-input"
          onSearch={(value) => update({ q: value.trim() || undefined })}
        />
      </AutoComplete>

      {!q ? (
        <Empty description={t('search.prompt')} />
      ) : (
        <>
          <Tabs
            activeKey={kind ?? 'all'}
            onChange={(key) =>
              update({
                kind: key === 'all' ? undefined : key,
                category: undefined,
                maturity: undefined,
                status: undefined,
              })
            }
            items={[
              { key: 'all', label: t('search.allKinds') },
              ...postingKinds.map((k) => ({ key: k, label: t(`search.kinds.${k}`) })),
            ]}
          />
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={7}>
              {facetCard('category', 'category', t('search.facets.category'), filters.category)}
              {facetCard('maturity', 'maturity', t('search.facets.maturity'), filters.maturity)}
              {facetCard('field', 'field', t('search.facets.field'), filters.field)}
              {province || city
                ? facetCard('city', 'regionCode', t('search.facets.city'), city, () =>
                    update({ regionCode: city ? `${city.slice(0, 2)}0000` : undefined }),
                  )
                : null}
              {facetCard(
                'region',
                'regionCode',
                t('search.facets.region'),
                province ?? (city ? `${city.slice(0, 2)}0000` : undefined),
                () => update({ regionCode: undefined }),
              )}
              {facetCard('trl', 'trl', t('search.facets.trl'), trl)}
              {facetCard('amount', 'amount', t('search.facets.amount'), amount)}
              {facetCard('status', 'status', t('search.facets.status'), filters.status)}
            </Col>
            <Col xs={24} lg={17}>
              <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
                <Typography.Text type="secondary" data-testid="search-total">
                  {result.data
                    ? t(result.data.totalCapped ? 'search.totalCapped' : 'search.total', {
                        count: result.data.total,
                      })
                    : '\u00a0'}
                </Typography.Text>
                <Flex gap={8}>
                  {query && authStatus === 'authenticated' ? (
                    <SaveSearchButton
                      search={{
                        q: query.q,
                        kind: query.kind,
                        ...filters,
                        trlMin: query.trlMin,
                        trlMax: query.trlMax,
                        amountMinWan: query.amountMinWan,
                        amountMaxWan: query.amountMaxWan,
                      }}
                    />
                  ) : null}
                  <Select
                    aria-label={t('search.sortLabel')}
                    value={sort}
                    style={{ width: 160 }}
                    onChange={(value) => update({ sort: value === 'relevance' ? undefined : value })}
                    options={searchSorts.map((s) => ({ value: s, label: t(`search.sort.${s}`) }))}
                  />
                </Flex>
              </Flex>
              {result.data && Object.keys(result.data.corrections).length > 0 ? (
                <Alert
                  type="info"
                  showIcon
                  style={{ marginBottom: 12 }}
                  title={t('search.corrected', { words: Object.values(result.data.corrections).join(' ') })}
                />
              ) : null}
              {result.error ? <FormError message={errorMessage(result.error, t)} /> : null}
              {result.loading && !result.data ? (
                <Skeleton active />
              ) : (
                <List
                  dataSource={result.data?.hits ?? []}
                  locale={{ emptyText: <Empty description={t('search.empty')} /> }}
                  renderItem={(hit) => (
                    <List.Item key={`${hit.kind}:${hit.id}`} data-testid="search-hit">
                      <List.Item.Meta
                        title={
                          <Flex gap={8} align="center">
                            <Tag>{t(`search.kinds.${hit.kind}`)}</Tag>
                            <Link to={postingPath(hit.kind, hit.id)} data-testid="search-hit-title">
                              <Highlighted html={hit.titleHighlight} />
                            </Link>
                          </Flex>
                        }
                        description={<Highlighted html={hit.snippet} className="dj-search-snippet" />}
                      />
                    </List.Item>
                  )}
                />
              )}
              {result.data && result.data.total > PAGE_SIZE ? (
                <Pagination
                  style={{ marginTop: 16 }}
                  current={page}
                  pageSize={PAGE_SIZE}
                  total={Math.min(result.data.total, 1000)}
                  showSizeChanger={false}
                  onChange={(next) => update({ page: String(next) })}
                />
              ) : null}
              {result.error ? (
                <Button style={{ marginTop: 12 }} onClick={result.reload}>
                  {t('common.retry')}
                </Button>
              ) : null}
            </Col>
          </Row>
        </>
      )}
    </>
  );
}

/** Suggestions for what is typed, fetched after a pause; a newer keystroke cancels the older request. */
function useSuggestions(text: string, auth: 'session' | 'public'): Suggestion[] {
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const controller = useRef<AbortController | null>(null);
  const trimmed = useMemo(() => text.trim(), [text]);
  useEffect(() => {
    if (!trimmed) {
      setSuggestions([]);
      return;
    }
    const timer = setTimeout(() => {
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      searchApi.suggest(trimmed.slice(0, Q_MAX), auth, current.signal).then(
        (answer) => {
          if (!current.signal.aborted) setSuggestions(answer.suggestions);
        },
        () => undefined,
      );
    }, SUGGEST_DELAY_MS);
    return () => clearTimeout(timer);
  }, [trimmed, auth]);
  return suggestions;
}
