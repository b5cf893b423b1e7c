import { describe, expect, it } from '@jest/globals';

import * as codes from './index.js';

describe('codes index', () => {
  it('re-exports the public functions', () => {
    expect(Object.keys(codes).sort()).toEqual([
      'CREDIT_CODE_ALPHABET',
      'POSTING_KINDS',
      'codeForName',
      'creditCodeCheckChar',
      'formatWan',
      'formatWanRangeEnglish',
      'industryCodesWithin',
      'industryName',
      'industrySectionOf',
      'industryTree',
      'isIndustryCode',
      'isPatentNumber',
      'isRegionCode',
      'isValidCreditCode',
      'patentCheckDigit',
      'provinceNameEn',
      'provinceOf',
      'regionName',
      'regionOwnName',
      'regionPath',
      'regionTree',
      'scaleWanForEnglish',
      'wanToYuan',
      'wanToYuanColumn',
      'yuanToWan',
    ]);
  });
});
