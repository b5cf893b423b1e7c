import { describe, expect, it } from '@jest/globals';

import { CREDIT_CODE_ALPHABET, creditCodeCheckChar, isValidCreditCode } from './credit-code.js';

// Published codes of real registrants, so the check algorithm is tested against the issuing
// authorities' output rather than only against itself.
const REAL_CODES = [
  '91350100M000100Y43',
  '91110000802100433B',
  '914403001922038216', // 华为技术有限公司
  '91440300708461136T', // 深圳市腾讯计算机系统有限公司
  '91330100799655058B', // 阿里巴巴（中国）有限公司
  '91110108551385082Q', // 小米科技有限责任公司
];

describe('isValidCreditCode', () => {
  it.each(REAL_CODES)('accepts %s', (code) => {
    expect(isValidCreditCode(code)).toBe(true);
  });

  // Constructed with creditCodeCheckChar: 机构编制 机关, 民政 社会团体, 农业 组级集体经济组织, 其他.
  it.each(['11100000000013127D', '52110000500021676T', 'N2110105MA0000001H', 'Y1110000000000002Y'])(
    'accepts %s from another registration authority',
    (code) => {
      expect(isValidCreditCode(code)).toBe(true);
    },
  );

  it('rejects every wrong check character', () => {
    const [first17, check] = ['91350100M000100Y4', '3'];
    for (const wrong of CREDIT_CODE_ALPHABET.replace(check, '')) {
      expect(isValidCreditCode(first17 + wrong)).toBe(false);
    }
  });

  it('rejects a transposition of two characters', () => {
    expect(isValidCreditCode('91350100M000010Y43')).toBe(false);
  });

  it('rejects lower case, which callers must upper-case first', () => {
    expect(isValidCreditCode('91350100m000100y43')).toBe(false);
    expect(isValidCreditCode('91110000802100433b')).toBe(false);
  });

  it.each(['', '91350100M000100Y4', '91350100M000100Y433', ' 91350100M000100Y43', '91350100M000100Y43 '])(
    'rejects wrong length %p',
    (code) => {
      expect(isValidCreditCode(code)).toBe(false);
    },
  );

  it.each(['I', 'O', 'Z', 'S', 'V'])(
    'rejects the forbidden letter %s even with a matching check',
    (letter) => {
      // A valid check character cannot be computed for these, so try all 31.
      for (const check of CREDIT_CODE_ALPHABET) {
        expect(isValidCreditCode(`91350100M0001${letter}0Y4${check}`)).toBe(false);
      }
    },
  );

  it('rejects an unknown registration authority or category, and a non-numeric region', () => {
    const withCheck = (first17: string) => first17 + creditCodeCheckChar(first17);
    expect(isValidCreditCode(withCheck('01350100M000100Y4'))).toBe(false);
    expect(isValidCreditCode(withCheck('B1350100M000100Y4'))).toBe(false);
    expect(isValidCreditCode(withCheck('90350100M000100Y4'))).toBe(false);
    expect(isValidCreditCode(withCheck('9A350100M000100Y4'))).toBe(false);
    expect(isValidCreditCode(withCheck('913501A0M000100Y4'))).toBe(false);
  });
});

describe('creditCodeCheckChar', () => {
  it.each(REAL_CODES)('computes the check character of %s', (code) => {
    expect(creditCodeCheckChar(code.slice(0, 17))).toBe(code[17]);
  });

  it('can produce 0, which (31 - 0) % 31 maps back from 31', () => {
    expect(creditCodeCheckChar('00000000000000000')).toBe('0');
  });

  it('throws on input that is not 17 alphabet characters', () => {
    expect(() => creditCodeCheckChar('91350100M000100Y')).toThrow(RangeError);
    expect(() => creditCodeCheckChar('91350100M000100Y43')).toThrow(RangeError);
    expect(() => creditCodeCheckChar('91350100I000100Y4')).toThrow(/position 9/);
  });
});
