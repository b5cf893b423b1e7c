import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { referenceApi } from '../api/endpoints';
import { toCascaderOptions, toTreeSelectData } from './tree';
import { useAsync } from './use-async';

/**
 * Regions, industries and technology fields, with their Cascader / TreeSelect options. Their names come
 * in the UI language (the API reads Accept-Language), so they reload on a language switch.
 */
export function useReferenceData() {
  const { i18n } = useTranslation();
  const regions = useAsync(() => referenceApi.regions(), `regions:${i18n.language}`);
  const industries = useAsync(() => referenceApi.industries(), `industries:${i18n.language}`);
  const techFields = useAsync(() => referenceApi.techFields(), `tech-fields:${i18n.language}`);
  const regionOptions = useMemo(() => toCascaderOptions(regions.data ?? []), [regions.data]);
  const industryOptions = useMemo(() => toTreeSelectData(industries.data ?? []), [industries.data]);
  const fieldOptions = useMemo(() => toTreeSelectData(techFields.data ?? []), [techFields.data]);
  const { reload: reloadRegions } = regions;
  const { reload: reloadIndustries } = industries;
  const { reload: reloadFields } = techFields;
  const reload = useCallback(() => {
    reloadRegions();
    reloadIndustries();
    reloadFields();
  }, [reloadRegions, reloadIndustries, reloadFields]);

  return {
    regions,
    industries,
    techFields,
    regionOptions,
    industryOptions,
    fieldOptions,
    failed: Boolean(regions.error || industries.error || techFields.error),
    reload,
  };
}
