import { Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { organizationsApi } from '../api/endpoints';
import type { Schemas } from '../api/client';
import type { OrganizationType } from '../api/types';

type Hit = Schemas['OrganizationSearchHitDto'];

/**
 * Picks a verified organization by typing a part of its name or its 统一社会信用代码 (GET
 * /organizations/search), for forms that name another organization. A form item's value: the id.
 */
export function OrganizationPicker({
  value,
  onChange,
  type,
  id,
  allowClear,
}: {
  value?: string;
  /** The chosen organization's id; '' when cleared (`allowClear`). */
  onChange?: (id: string) => void;
  type?: OrganizationType;
  id?: string;
  allowClear?: boolean;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<Hit[]>([]);
  const [loading, setLoading] = useState(false);
  useEffect(() => {
    if (!q.trim()) return;
    let current = true;
    // Waits for a pause in typing rather than searching on every keystroke.
    const timer = setTimeout(() => {
      setLoading(true);
      organizationsApi
        .search(q.trim(), type)
        .then((page) => current && setHits(page.items))
        .catch(() => current && setHits([]))
        .finally(() => current && setLoading(false));
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [q, type]);
  return (
    <Select
      id={id}
      showSearch
      value={value}
      onChange={(chosen?: string) => onChange?.(chosen ?? '')}
      allowClear={allowClear}
      onSearch={setQ}
      filterOption={false}
      loading={loading}
      placeholder={t('common.organizationSearch')}
      notFoundContent={q.trim() ? t('common.organizationNotFound') : null}
      options={hits.map((hit) => ({
        value: hit.id,
        title: hit.name,
        label: (
          <>
            {hit.name} <Typography.Text type="secondary">{hit.regionName}</Typography.Text>
          </>
        ),
      }))}
      data-testid="organization-picker"
    />
  );
}
