import { describe, expect, it } from '@jest/globals';

import { formatWan, wanToYuan } from './money.js';

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
