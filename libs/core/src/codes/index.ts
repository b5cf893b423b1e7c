export { CREDIT_CODE_ALPHABET, creditCodeCheckChar, isValidCreditCode } from './credit-code.js';
export {
  industryCodesWithin,
  industryName,
  industrySectionOf,
  industryTree,
  isIndustryCode,
} from './industries.js';
export type { IndustryNode } from './industries.js';
export {
  formatWan,
  formatWanRangeEnglish,
  scaleWanForEnglish,
  wanToYuan,
  wanToYuanColumn,
  yuanToWan,
} from './money.js';
export { isRegionCode, provinceOf, regionName, regionOwnName, regionPath, regionTree } from './regions.js';
export type { RegionNode, RegionRef } from './regions.js';
export { provinceNameEn } from './province-names-en.js';
export { POSTING_KINDS, type CatalogueKind, type PostingKind } from './posting-kinds.js';
export { isPatentNumber, patentCheckDigit } from './patent-number.js';
export { codeForName, type NamedCodeList } from './code-names.js';
