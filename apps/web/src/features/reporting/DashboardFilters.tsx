import { DatePicker } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CodeTree } from '../../components/CodeTree';
import { RegionCascader } from '../../components/RegionCascader';
import { OrganizationPicker } from '../../components/OrganizationPicker';
import { useReferenceData } from '../../lib/use-reference';

/** What the dashboard narrows its figures to, besides the caller's scope. */
export interface DashboardFilter {
  period: [Dayjs, Dayjs];
  /** Province → city → county codes down to the chosen level. */
  region: string[];
  industryCode?: string;
  techField?: string;
  organizationId?: string;
}

/**
 * The dashboard's filters: period, region (province → city → county, any level), GB/T 4754 industry,
 * technology field and one organization. Each change reloads the figures, charts and drill-down.
 */
export function DashboardFilters({
  value,
  onChange,
}: {
  value: DashboardFilter;
  onChange: (filter: DashboardFilter) => void;
}) {
  const { t } = useTranslation();
  const reference = useReferenceData();
  const set = (patch: Partial<DashboardFilter>) => onChange({ ...value, ...patch });
  return (
    <>
      <DatePicker.RangePicker
        aria-label={t('reporting.period')}
        allowClear={false}
        value={value.period}
        onChange={(period) => period?.[0] && period[1] && set({ period: [period[0], period[1]] })}
      />
      <RegionCascader
        label={t('reporting.region')}
        value={value.region}
        onChange={(region) => set({ region })}
      />
      <CodeTree
        label={t('reporting.industry')}
        treeData={reference.industryOptions}
        value={value.industryCode}
        onChange={(industryCode) => set({ industryCode })}
      />
      <CodeTree
        label={t('reporting.techField')}
        treeData={reference.fieldOptions}
        value={value.techField}
        onChange={(techField) => set({ techField })}
      />
      <div style={{ width: 240 }}>
        <OrganizationPicker
          allowClear
          value={value.organizationId}
          onChange={(organizationId) => set({ organizationId: organizationId || undefined })}
        />
      </div>
    </>
  );
}
