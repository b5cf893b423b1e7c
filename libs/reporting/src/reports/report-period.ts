import type { FieldError } from '#core';
import type { PeriodKind } from './period-report.entity.js';

const pad = (n: number) => String(n).padStart(2, '0');
/** The last day of a month (1–12) of a year, as YYYY-MM-DD. */
const lastDay = (year: number, month: number) =>
  `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;

/** The first and last day of a month, quarter or year, or what is wrong with the choice. */
export function periodOf(
  kind: PeriodKind,
  year: number,
  index: number | undefined,
): { from: string; to: string } | FieldError {
  if (kind === 'year') return { from: `${year}-01-01`, to: `${year}-12-31` };
  if (index === undefined) return { field: 'index', code: 'period-index-required' };
  if (kind === 'quarter') {
    if (index > 4) return { field: 'index', code: 'period-index-out-of-range' };
    return { from: `${year}-${pad(index * 3 - 2)}-01`, to: lastDay(year, index * 3) };
  }
  return { from: `${year}-${pad(index)}-01`, to: lastDay(year, index) };
}

/** How a period reads in a title: 2026年、2026年第3季度、2026年7月. */
export function periodName(kind: PeriodKind, from: string): string {
  const year = from.slice(0, 4);
  const month = Number(from.slice(5, 7));
  if (kind === 'year') return `${year}年`;
  return kind === 'quarter' ? `${year}年第${(month + 2) / 3}季度` : `${year}年${month}月`;
}
