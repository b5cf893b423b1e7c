import { DatePicker, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CodeTree } from '../../components/CodeTree';
import { RegionCascader } from '../../components/RegionCascader';
import { useReferenceData } from '../../lib/use-reference';
import type { EventItem, EventQuery } from './api';

const EVENT_KINDS: EventItem['kind'][] = ['one-to-one', 'roadshow', 'both'];

/** What a participant narrows the public list to; every part optional. */
export interface EventFilter {
  /** Province → city → county codes down to the chosen level. */
  region: string[];
  techField?: string;
  kind?: EventItem['kind'];
  dates?: [Dayjs, Dayjs];
}

/** The API query of a filter: the deepest region chosen, the dates as Beijing calendar days. */
export function eventQuery(filter: EventFilter): EventQuery {
  return {
    regionCode: filter.region.at(-1),
    techField: filter.techField,
    kind: filter.kind,
    from: filter.dates?.[0].format('YYYY-MM-DD'),
    to: filter.dates?.[1].format('YYYY-MM-DD'),
  };
}

/** Region (any level), technology field, kind and a date range; each change reloads the list. */
export function EventFilters({
  value,
  onChange,
}: {
  value: EventFilter;
  onChange: (f: EventFilter) => void;
}) {
  const { t } = useTranslation();
  const reference = useReferenceData();
  const set = (patch: Partial<EventFilter>) => onChange({ ...value, ...patch });
  return (
    <Space wrap style={{ marginBottom: 16 }} data-testid="event-filters">
      <RegionCascader
        label={t('events.filters.region')}
        value={value.region}
        onChange={(region) => set({ region })}
      />
      <CodeTree
        label={t('events.filters.techField')}
        treeData={reference.fieldOptions}
        value={value.techField}
        onChange={(techField) => set({ techField })}
      />
      <Select
        aria-label={t('events.filters.kind')}
        placeholder={t('events.filters.kind')}
        allowClear
        value={value.kind}
        onChange={(kind?: EventItem['kind']) => set({ kind })}
        options={EVENT_KINDS.map((kind) => ({ value: kind, label: t(`events.kinds.${kind}`) }))}
        style={{ width: 160 }}
      />
      <DatePicker.RangePicker
        aria-label={t('events.filters.dates')}
        value={value.dates}
        onChange={(dates) => set({ dates: dates?.[0] && dates[1] ? [dates[0], dates[1]] : undefined })}
      />
    </Space>
  );
}
