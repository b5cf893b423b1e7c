import { describe, expect, it } from '@jest/globals';
import { periodName, periodOf } from './report-period.js';

describe('report periods', () => {
  it('spans a quarter from its first month’s first day to its last month’s last day', () => {
    expect(periodOf('quarter', 2026, 1)).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(periodOf('quarter', 2026, 3)).toEqual({ from: '2026-07-01', to: '2026-09-30' });
  });

  it('ends February on its leap day', () => {
    expect(periodOf('month', 2028, 2)).toEqual({ from: '2028-02-01', to: '2028-02-29' });
  });

  it('asks for the month or quarter, and refuses a fifth quarter', () => {
    expect(periodOf('month', 2026, undefined)).toEqual({ field: 'index', code: 'period-index-required' });
    expect(periodOf('quarter', 2026, 5)).toEqual({ field: 'index', code: 'period-index-out-of-range' });
  });

  it('names the period as a title reads it', () => {
    expect(periodName('quarter', '2026-07-01')).toBe('2026年第3季度');
    expect(periodName('month', '2026-11-01')).toBe('2026年11月');
    expect(periodName('year', '2026-01-01')).toBe('2026年');
  });
});
