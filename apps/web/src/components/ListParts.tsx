/** Pieces the list pages share: region and technology-field filters, the "load more" footer, results. */
import { LoginOutlined, ReloadOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Cascader,
  Col,
  Empty,
  Flex,
  Input,
  Result,
  Row,
  Skeleton,
  Spin,
  Tabs,
  TreeSelect,
  Typography,
} from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { errorMessage } from '../lib/errors';
import { withRedirect } from '../lib/redirect';
import { pathToCode, type CascaderNode } from '../lib/tree';
import type { CursorListState } from '../lib/use-cursor-list';
import type { useReferenceData } from '../lib/use-reference';
import { FormError } from './FormError';
import { ReferenceAlert } from './FormParts';
import { LinkButton } from './LinkButton';
import { queryRules } from '../api/generated/rules';

type Reference = ReturnType<typeof useReferenceData>;

const Q_MAX = queryRules['/api/v1/demands'].q.maxLength;

/** 地区 filter: a province, city or district (a province includes its cities). */
export function RegionFilter({
  reference,
  value,
  onChange,
}: {
  reference: Reference;
  value: string | undefined;
  onChange: (code: string | undefined) => void;
}) {
  const { t } = useTranslation();
  return (
    <Cascader<CascaderNode>
      value={value ? pathToCode(reference.regions.data ?? [], value) : undefined}
      onChange={(path?: string[]) => onChange(path?.length ? path[path.length - 1] : undefined)}
      options={reference.regionOptions}
      placeholder={t('posting.list.allRegions')}
      aria-label={t('posting.region')}
      changeOnSelect
      allowClear
      showSearch={{
        filter: (input, path) => path.some((option) => option.label.includes(input.trim())),
      }}
      loading={reference.regions.loading}
      style={{ width: '100%' }}
      data-testid="filter-region"
    />
  );
}

/** 技术领域 filter. */
export function FieldFilter({
  reference,
  value,
  onChange,
}: {
  reference: Reference;
  value: string | undefined;
  onChange: (code: string | undefined) => void;
}) {
  const { t } = useTranslation();
  return (
    <TreeSelect
      value={value}
      onChange={(code?: string) => onChange(code)}
      treeData={reference.fieldOptions}
      placeholder={t('posting.list.allFields')}
      aria-label={t('posting.fields')}
      allowClear
      showSearch={{ treeNodeFilterProp: 'title' }}
      loading={reference.techFields.loading}
      style={{ width: '100%' }}
      data-testid="filter-field"
    />
  );
}

/** The region and technology-field filters every posting list offers, each in its column of the filter row. */
export function RegionAndFieldFilters({
  reference,
  regionCode,
  field,
  update,
}: {
  reference: Reference;
  regionCode: string | undefined;
  field: string | undefined;
  update: (change: { regionCode: string | undefined } | { field: string | undefined }) => void;
}) {
  return (
    <>
      <Col xs={24} sm={12} lg={6}>
        <RegionFilter
          reference={reference}
          value={regionCode}
          onChange={(code) => update({ regionCode: code })}
        />
      </Col>
      <Col xs={24} sm={12} lg={6}>
        <FieldFilter reference={reference} value={field} onChange={(code) => update({ field: code })} />
      </Col>
    </>
  );
}

/** "加载更多" while there is a next page, "没有更多了" at the end. */
export function LoadMoreFooter({
  list,
  testId,
}: {
  list: Pick<CursorListState<{ id: string }>, 'hasMore' | 'loadMore' | 'loadingMore' | 'loading' | 'items'>;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <Flex justify="center" style={{ marginTop: 16 }}>
      {list.hasMore ? (
        <Button onClick={list.loadMore} loading={list.loadingMore} data-testid={testId}>
          {t('posting.list.loadMore')}
        </Button>
      ) : list.items.length > 0 && !list.loading ? (
        <Typography.Text type="secondary">{t('posting.list.noMore')}</Typography.Text>
      ) : null}
    </Flex>
  );
}

/**
 * A cursor list's body: its error, a skeleton on the first load, the empty state, then the items
 * (`renderItem`) in a column and the load-more footer.
 */
export function CursorListBody<T extends { id: string }>({
  list,
  empty,
  testId,
  moreTestId,
  renderItem,
}: {
  list: CursorListState<T>;
  empty: string;
  testId: string;
  moreTestId: string;
  renderItem: (item: T) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      {list.error ? <FormError message={errorMessage(list.error, t)} /> : null}
      {list.loading && list.items.length === 0 ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : list.items.length === 0 ? (
        list.error ? null : (
          <Empty description={empty} />
        )
      ) : (
        <Spin spinning={list.loading}>
          <Flex vertical gap={12} data-testid={testId}>
            {list.items.map(renderItem)}
          </Flex>
        </Spin>
      )}
      <LoadMoreFooter list={list} testId={moreTestId} />
    </>
  );
}

/** Pages that act for an organization, opened without one: the way to create one. */
export function NoOrganizationResult({ title, subTitle }: { title: string; subTitle?: string }) {
  const { t } = useTranslation();
  return (
    <Result
      status="info"
      title={title}
      subTitle={subTitle}
      extra={
        <LinkButton type="primary" to="/organizations/new" data-testid="create-org-cta">
          {t('home.createOrgCta')}
        </LinkButton>
      }
    />
  );
}

/** Platform pages opened by someone who is not platform staff. */
export function ForbiddenResult() {
  const { t } = useTranslation();
  return (
    <Result
      status="403"
      title={t('admin.forbiddenTitle')}
      subTitle={t('admin.forbidden')}
      extra={
        <LinkButton type="primary" to="/">
          {t('common.backHome')}
        </LinkButton>
      }
    />
  );
}

/** "登录" that comes back to this page afterwards. */
export function LoginButton({ label, testId }: { label: string; testId?: string }) {
  const location = useLocation();
  return (
    <LinkButton
      type="primary"
      icon={<LoginOutlined />}
      to={withRedirect('/login', `${location.pathname}${location.search}`)}
      data-testid={testId}
    >
      {label}
    </LinkButton>
  );
}

/** The list's search box: edited freely, applied on search, following `q` when the URL changes. */
export function SearchBox({
  q,
  onSearch,
  placeholder,
  testId,
}: {
  q: string | undefined;
  onSearch: (q: string | undefined) => void;
  placeholder: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [input, setInput] = useState(q ?? '');
  const [applied, setApplied] = useState(q);
  if (applied !== q) {
    setApplied(q);
    setInput(q ?? '');
  }
  return (
    <Input.Search
      value={input}
      onChange={(event) => setInput(event.target.value)}
      onSearch={(value) => onSearch(value.trim() || undefined)}
      placeholder={placeholder}
      aria-label={t('posting.list.search')}
      enterButton={t('posting.list.search')}
      maxLength={Q_MAX}
      allowClear
      size="large"
      data-testid={testId}
    />
  );
}

/**
 * The card above a list: its search box, the reference data's load error, a row of filters (the children,
 * each in its `Col`) and, while anything is filtered, a link that clears it all (`onClear`).
 */
export function FilterCard({
  search,
  reference,
  referenceFailed,
  label,
  clearLabel,
  onClear,
  children,
}: {
  search: Parameters<typeof SearchBox>[0];
  reference: Reference;
  referenceFailed: string;
  label: string;
  clearLabel: string;
  onClear: (() => void) | null;
  children: ReactNode;
}) {
  return (
    <Card style={{ marginBottom: 16 }}>
      <SearchBox {...search} />
      <ReferenceAlert reference={reference} message={referenceFailed} style={{ marginTop: 16 }} />
      <Row gutter={[12, 12]} style={{ marginTop: 16 }} role="group" aria-label={label}>
        {children}
      </Row>
      {onClear ? (
        <Flex justify="flex-end" style={{ marginTop: 12 }}>
          <Button type="link" size="small" onClick={onClear}>
            {clearLabel}
          </Button>
        </Flex>
      ) : null}
    </Card>
  );
}

/** Sort tabs over a list, with a refresh button. */
export function SortTabs<S extends string>({
  value,
  options,
  onChange,
  onRefresh,
  label,
  testId,
}: {
  value: S;
  options: readonly { key: S; label: string }[];
  onChange: (value: S) => void;
  onRefresh: () => void;
  label: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <Tabs
      activeKey={value}
      onChange={(key) => onChange(key as S)}
      items={options.map((option) => ({ key: option.key, label: option.label }))}
      aria-label={label}
      tabBarExtraContent={
        <Button
          type="text"
          icon={<ReloadOutlined />}
          onClick={onRefresh}
          aria-label={t('common.refresh')}
          title={t('common.refresh')}
        />
      }
      data-testid={testId}
    />
  );
}
