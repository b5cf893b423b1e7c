import { describe, expect, it } from '@jest/globals';
import { wholeMonths, wholeMonthsOnly } from './reporting-measures.js';

const wholeOnly = (from: string, to: string) => wholeMonthsOnly({ from, to }, ...wholeMonths(from, to));

describe('the whole months of a period', () => {
  it('are its first and last whole months, the first after the last when it has none', () => {
    expect(wholeMonths('2026-01-01', '2026-12-31')).toEqual(['2026-01-01', '2026-12-01']);
    expect(wholeMonths('2026-01-15', '2026-03-31')).toEqual(['2026-02-01', '2026-03-01']);
    expect(wholeMonths('2026-03-05', '2026-03-20')).toEqual(['2026-04-01', '2026-02-01']);
  });

  it('are all of it only when it starts on a first and ends on a last day', () => {
    expect(wholeOnly('2026-01-01', '2026-12-31')).toBe(true);
    expect(wholeOnly('2026-02-01', '2026-02-28')).toBe(true);
    expect(wholeOnly('2024-02-01', '2024-02-29')).toBe(true);
    expect(wholeOnly('2024-02-01', '2024-02-28')).toBe(false);
    expect(wholeOnly('2026-01-02', '2026-12-31')).toBe(false);
    expect(wholeOnly('2026-01-01', '2026-12-30')).toBe(false);
    expect(wholeOnly('2026-03-05', '2026-03-20')).toBe(false);
  });
});
