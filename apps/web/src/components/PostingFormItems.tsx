/** Form items the catalogue forms share: title-like text, tech fields, keywords, region(s). */
import { Cascader, Form, Input, InputNumber, Select, TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { pathToCode, toTreeSelectData, type CascaderNode } from '../lib/tree';
import { FieldSuggestions } from './FieldSuggestions';
import type { useReferenceData } from '../lib/use-reference';
import { schemaRules } from '../api/generated/rules';

type Reference = ReturnType<typeof useReferenceData>;

export const FIELDS_MAX = schemaRules.CreateAchievementDto.fields.maxItems;
export const KEYWORDS_MAX = schemaRules.CreateAchievementDto.keywords.maxItems;
const KEYWORD_MAX = schemaRules.CreateAchievementDto.keywords.items.maxLength;

/** Server error paths naming an element of an array field (fields.0, keywords[2]) → the field. */
export function arrayAliases(names: readonly string[], length = 20): Record<string, string> {
  return Object.fromEntries(
    names.flatMap((name) =>
      Array.from({ length }, (_, i) => [
        [`${name}.${i}`, name],
        [`${name}[${i}]`, name],
      ]).flat(),
    ),
  );
}

export function useTooLong() {
  const { t } = useTranslation();
  return (max: number) => ({ max, message: t('posting.form.tooLong', { max }) });
}

/** A required text (or long text) field with a length limit. */
export function TextItem({
  name,
  label,
  max,
  required = false,
  rows,
  placeholder,
  extra,
}: {
  name: string;
  label: string;
  max: number;
  required?: boolean;
  /** Rows of a text area; a one-line input without. */
  rows?: number;
  placeholder?: string;
  extra?: string;
}) {
  const { t } = useTranslation();
  const tooLong = useTooLong();
  return (
    <Form.Item
      name={name}
      label={label}
      extra={extra}
      rules={[
        ...(required
          ? [{ required: true, whitespace: true, message: t('posting.form.required', { label }) }]
          : []),
        tooLong(max),
      ]}
    >
      {rows ? (
        <Input.TextArea rows={rows} showCount maxLength={max} placeholder={placeholder} />
      ) : (
        <Input maxLength={max} showCount placeholder={placeholder} />
      )}
    </Form.Item>
  );
}

/** 技术领域: one to `max` technology fields, with fields suggested from the form's text fields `suggestFrom`. */
export function TechFieldsItem({
  reference,
  name = 'fields',
  label,
  max = FIELDS_MAX,
  suggestFrom,
}: {
  reference: Reference;
  name?: string;
  label?: string;
  max?: number;
  suggestFrom: readonly string[];
}) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name={name}
      label={label ?? t('posting.fields')}
      extra={<FieldSuggestions from={suggestFrom} fieldsName={name} max={max} />}
      rules={[
        { required: true, type: 'array', min: 1, message: t('posting.form.fieldsRequired') },
        { type: 'array', max, message: t('posting.form.fieldsTooMany', { max }) },
      ]}
    >
      <TreeSelect
        multiple
        maxCount={max}
        treeData={reference.fieldOptions}
        placeholder={t('posting.form.fieldsPlaceholder')}
        showSearch={{ treeNodeFilterProp: 'title' }}
        allowClear
        loading={reference.techFields.loading}
      />
    </Form.Item>
  );
}

/** 关键词: free tags, de-duplicated. */
export function KeywordsItem() {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="keywords"
      label={t('posting.keywords')}
      normalize={(value?: string[]) =>
        value ? [...new Set(value.map((word) => word.trim()).filter(Boolean))] : []
      }
      rules={[
        {
          validator: (_, value?: string[]) => {
            if (value && value.length > KEYWORDS_MAX)
              return Promise.reject(new Error(t('posting.form.keywordsTooMany', { max: KEYWORDS_MAX })));
            if (value?.some((word) => word.length > KEYWORD_MAX))
              return Promise.reject(new Error(t('posting.form.keywordTooLong', { max: KEYWORD_MAX })));
            return Promise.resolve();
          },
        },
      ]}
    >
      <Select
        mode="tags"
        maxCount={KEYWORDS_MAX}
        tokenSeparators={[',', '，', ';', '；']}
        placeholder={t('posting.form.keywordsPlaceholder', { max: KEYWORDS_MAX })}
        suffixIcon={null}
        open={false}
      />
    </Form.Item>
  );
}

/** 所在地区: one region, picked down the province → city → district tree. */
export function RegionItem({ reference, label }: { reference: Reference; label?: string }) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="regionCode"
      label={label ?? t('posting.region')}
      rules={[{ required: true, message: t('posting.form.regionRequired') }]}
      getValueProps={(code?: string) => ({
        value: code ? pathToCode(reference.regions.data ?? [], code) : undefined,
      })}
      normalize={(path?: string[]) => (path && path.length ? path[path.length - 1] : undefined)}
    >
      <Cascader<CascaderNode>
        options={reference.regionOptions}
        placeholder={t('posting.form.regionPlaceholder')}
        changeOnSelect
        showSearch={{
          filter: (input, path) => path.some((option) => option.label.includes(input.trim())),
        }}
        loading={reference.regions.loading}
      />
    </Form.Item>
  );
}

/** Several regions (served, covered); empty means nationwide when `emptyHint` says so. */
export function RegionsItem({
  reference,
  name,
  label,
  extra,
  max = 34,
}: {
  reference: Reference;
  name: string;
  label: string;
  extra?: string;
  max?: number;
}) {
  const { t } = useTranslation();
  const treeData = useMemo(() => toTreeSelectData(reference.regions.data ?? []), [reference.regions.data]);
  return (
    <Form.Item name={name} label={label} extra={extra}>
      <TreeSelect
        multiple
        maxCount={max}
        treeData={treeData}
        placeholder={t('posting.form.regionsPlaceholder')}
        showSearch={{ treeNodeFilterProp: 'title' }}
        allowClear
        loading={reference.regions.loading}
      />
    </Form.Item>
  );
}

/** An amount in 万元. */
export function WanInput({ min = 0, max = 100_000, ...props }: { min?: number; max?: number; id?: string }) {
  const { t } = useTranslation();
  return (
    <InputNumber<number> {...props} min={min} max={max} suffix={t('posting.wan')} style={{ width: '100%' }} />
  );
}
