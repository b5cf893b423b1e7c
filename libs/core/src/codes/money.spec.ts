import { describe, expect, it } from '@jest/globals';

import { formatWan, formatWanRangeEnglish, scaleWanForEnglish, wanToYuan } from './money.js';

describe('formatWan', () => {
  it.each([
    [800_000, '80万元'],
    [15_000, '1.5万元'],
    [12_000_000, '1,200万元'],
    [12_345, '1.2345万元'],
    [10_001, '1.0001万元'],
    [5_000, '0.5万元'],
    [1, '0.0001万元'],
    [0, '0万元'],
    [-15_000, '-1.5万元'],
    [1_000_000_000_000, '100,000,000万元'],
  ])('renders %d yuan as %s in zh-CN', (yuan, text) => {
    expect(formatWan(yuan, 'zh-CN')).toBe(text);
  });

  it('defaults to zh-CN', () => {
    expect(formatWan(800_000)).toBe('80万元');
  });

  it.each([
    [800_000, 'CNY 800,000'],
    [15_000, 'CNY 15,000'],
    [999, 'CNY 999'],
    [0, 'CNY 0'],
    [-1_234_567, 'CNY -1,234,567'],
  ])('renders %d yuan as %s in en', (yuan, text) => {
    expect(formatWan(yuan, 'en')).toBe(text);
  });

  it('formats bigint amounts beyond the safe integer range exactly', () => {
    expect(formatWan(123_456_789_012_345_678_901n)).toBe('12,345,678,901,234,567.8901万元');
    expect(formatWan(123_456_789_012_345_678_901n, 'en')).toBe('CNY 123,456,789,012,345,678,901');
  });

  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])(
    'rejects %p, which is not whole safe yuan',
    (yuan) => {
      expect(() => formatWan(yuan)).toThrow(RangeError);
    },
  );
});

describe('wanToYuan', () => {
  it.each([
    [80, 800_000],
    [1.5, 15_000],
    [1200, 12_000_000],
    [1.1, 11_000],
    [1.2345, 12_345],
    [0.00004, 0],
    [0.00005, 1],
    [-2.5, -25_000],
  ])('converts %p万元 to %d yuan', (wan, yuan) => {
    expect(wanToYuan(wan)).toBe(yuan);
  });

  it('round-trips with formatWan', () => {
    expect(formatWan(wanToYuan(1.2345))).toBe('1.2345万元');
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, 1e12])('rejects %p', (wan) => {
    expect(() => wanToYuan(wan)).toThrow(RangeError);
  });
});

// Same cases as the web's apps/web/src/lib/money.spec.ts: the two implementations must agree.
describe('scaleWanForEnglish', () => {
  it('shows a range in millions on one scale chosen by its larger end', () => {
    expect(scaleWanForEnglish(60, 150)).toEqual({ values: ['0.6', '1.5'], unit: 'M' });
  });

  it('uses thousands below a million and billions from a billion', () => {
    expect(scaleWanForEnglish(5)).toEqual({ values: ['50'], unit: 'K' });
    expect(scaleWanForEnglish(2, 80)).toEqual({ values: ['20', '800'], unit: 'K' });
    expect(scaleWanForEnglish(120_000)).toEqual({ values: ['1.2'], unit: 'B' });
  });

  it('keeps small amounts in plain CNY and rounds to two decimals', () => {
    expect(scaleWanForEnglish(0.05)).toEqual({ values: ['500'], unit: '' });
    expect(scaleWanForEnglish(123.456)).toEqual({ values: ['1.23'], unit: 'M' });
  });
});

describe('formatWanRangeEnglish', () => {
  it.each([
    [300, 400, 'CNY 3–4 M'],
    [50, 50, 'CNY 500 K'],
    [60, 150, 'CNY 0.6–1.5 M'],
    [0.05, 0.05, 'CNY 500'],
  ])('%p–%p 万元 → %p', (min, max, text) => {
    expect(formatWanRangeEnglish(min, max)).toBe(text);
  });
});
