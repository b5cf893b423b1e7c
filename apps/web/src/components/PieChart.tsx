import { Empty } from 'antd';
import ReactECharts from 'echarts-for-react';

/** A ring chart of named values (`unit` follows each value in the tooltip); an empty mark when none. */
export function PieChart({ rows, unit = '' }: { rows: { name: string; value: number }[]; unit?: string }) {
  if (rows.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <ReactECharts
      style={{ height: 220 }}
      notMerge
      option={{
        tooltip: { trigger: 'item', formatter: `{b}: {c}${unit} ({d}%)` },
        series: [{ type: 'pie', radius: ['35%', '65%'], data: rows }],
      }}
    />
  );
}
