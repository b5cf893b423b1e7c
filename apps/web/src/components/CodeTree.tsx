import { TreeSelect } from 'antd';
import type { TreeSelectNode } from '../lib/tree';

/** A searchable, clearable tree of codes (industries, technology fields), labelled by its placeholder. */
export function CodeTree({
  label,
  treeData,
  value,
  onChange,
}: {
  label: string;
  treeData: TreeSelectNode[];
  value?: string;
  onChange: (code?: string) => void;
}) {
  return (
    <TreeSelect
      aria-label={label}
      placeholder={label}
      treeData={treeData}
      allowClear
      showSearch
      treeNodeFilterProp="title"
      value={value}
      onChange={onChange}
      style={{ width: 200 }}
    />
  );
}
