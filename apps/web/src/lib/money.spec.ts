import { describe, expect, it } from '@jest/globals';
import { scaleWanForEnglish } from './money.js';

describe('万元 amounts in English', () => {
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
