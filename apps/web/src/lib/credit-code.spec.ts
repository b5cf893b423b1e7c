import { describe, expect, it } from '@jest/globals';
import { checkCreditCode, creditCodeCheckChar, normaliseCreditCode } from './credit-code.js';

describe('credit code (GB 32100-2015)', () => {
  it('accepts a valid code', () => {
    expect(checkCreditCode('91350100M000100Y43')).toBeNull();
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
  });

  it('rejects a wrong check character', () => {
    expect(checkCreditCode('91350100M000100Y44')).toBe('checksum');
  });

  it('rejects characters outside the alphabet and wrong lengths', () => {
    expect(checkCreditCode('91350100M000100I43')).toBe('chars');
    expect(checkCreditCode('91350100M000100Y4')).toBe('length');
  });

  it('normalises case and spaces', () => {
    expect(normaliseCreditCode(' 91350100m000100y43 ')).toBe('91350100M000100Y43');
  });
});
