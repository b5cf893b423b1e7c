/**
 * Amounts are stored as whole 元; Chinese users think of budgets and contract values in 万元
 * (10,000 元), so that is how they are shown and entered in zh-CN.
 */
import type { Language } from '../i18n/messages.js';

const YUAN_PER_WAN = 10_000;

/**
 * Renders whole 元 for display: zh-CN in 万元 without losing precision ('80万元', '1.5万元',
 * '1,200万元', '1.2345万元'); en as plain yuan ('CNY 800,000'), because 万 is not a unit English readers
 * group by.
 *
 * @param yuan whole 元; pass a bigint for amounts beyond `Number.MAX_SAFE_INTEGER`
 * @throws RangeError if `yuan` is a number that is not a safe integer
 */
export function formatWan(yuan: number | bigint, lang: Language = 'zh-CN'): string {
  if (typeof yuan === 'number' && !Number.isSafeInteger(yuan)) {
    throw new RangeError(`formatWan expects whole yuan, got ${yuan}`);
  }
  // bigint keeps the 万 split exact for any size of amount, where number division would round.
  const amount = BigInt(yuan);
  const sign = amount < 0n ? '-' : '';
  const magnitude = amount < 0n ? -amount : amount;
  if (lang === 'en') return `CNY ${sign}${groupThousands(magnitude)}`;
  const wan = magnitude / BigInt(YUAN_PER_WAN);
  const fraction = (magnitude % BigInt(YUAN_PER_WAN)).toString().padStart(4, '0').replace(/0+$/, '');
  return `${sign}${groupThousands(wan)}${fraction ? `.${fraction}` : ''}万元`;
}

function groupThousands(value: bigint): string {
  return value.toString().replace(/\B(?=(\d{3})+$)/g, ',');
}

/**
 * Converts an amount entered in 万元 to whole 元, rounding to the nearest 元 (so float noise such as
 * 1.1 × 10,000 = 11000.000000000002 disappears, and digits past the fourth decimal are dropped).
 *
 * @throws RangeError if the result is not a safe integer (including NaN and ±Infinity input)
 */
export function wanToYuan(wan: number): number {
  const yuan = Math.round(wan * YUAN_PER_WAN);
  if (!Number.isSafeInteger(yuan)) {
    throw new RangeError(`${wan}万元 is not representable as whole yuan`);
  }
  return yuan;
}

/** Stored whole 元 (a bigint column, read as text) back to 万元 for the API; null stays null. */
export const yuanToWan = (yuan: string | null): number | null =>
  yuan === null ? null : Number(yuan) / YUAN_PER_WAN;

/** An optional 万元 input as the text a bigint column takes; absent or null stays null. */
export const wanToYuanColumn = (wan: number | null | undefined): string | null =>
  wan === undefined || wan === null ? null : String(wanToYuan(wan));

const ENGLISH_SCALES = [
  { unit: 'B', yuan: 1e9 },
  { unit: 'M', yuan: 1e6 },
  { unit: 'K', yuan: 1e3 },
] as const;

/**
 * 万元 amounts as English readers count money: in thousands, millions or billions of CNY, one scale for
 * all of them (60–150 万元 → 0.6–1.5 M), chosen by the largest, with at most two decimals.
 * Must agree with the web's `scaleWanForEnglish` (apps/web/src/lib/money.ts), which cannot import server
 * libs: match reasons and the amounts the web shows beside them should read alike. The specs share cases.
 */
export function scaleWanForEnglish(...amountsWan: number[]): { values: string[]; unit: string } {
  const largest = Math.max(...amountsWan.map((wan) => Math.abs(wan * YUAN_PER_WAN)));
  const scale = ENGLISH_SCALES.find((s) => largest >= s.yuan);
  const format = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
  return {
    values: amountsWan.map((wan) => format.format((wan * YUAN_PER_WAN) / (scale?.yuan ?? 1))),
    unit: scale?.unit ?? '',
  };
}

/** A 万元 range (or one amount when both ends agree) in English: 'CNY 3–4 M', 'CNY 500 K'. */
export function formatWanRangeEnglish(minWan: number, maxWan: number): string {
  const { values, unit } =
    minWan === maxWan ? scaleWanForEnglish(minWan) : scaleWanForEnglish(minWan, maxWan);
  return `CNY ${values.join('–')} ${unit}`.trim();
}
