import { Cascader } from 'antd';
import { useReferenceData } from '../lib/use-reference';

/** Province → city → county, any level may be chosen; labelled by its placeholder. */
export function RegionCascader({
  label,
  value,
  onChange,
}: {
  label: string;
  /** The codes from the province down to the chosen level. */
  value: string[];
  onChange: (codes: string[]) => void;
}) {
  const reference = useReferenceData();
  return (
    <Cascader
      aria-label={label}
      placeholder={label}
      options={reference.regionOptions}
      changeOnSelect
      value={value}
      onChange={(codes) => onChange((codes ?? []).map(String))}
      style={{ width: 220 }}
    />
  );
}
