/**
 * 万元 amounts as English readers count money: in thousands, millions or billions of CNY, one scale for
 * both ends of a range (60–150 万元 → 0.6–1.5 M), chosen by the larger end.
 * Must agree with `scaleWanForEnglish` in libs/core/src/codes/money.ts (the server's match reasons), which
 * the web cannot import; both specs hold the same cases.
 */
const YUAN_PER_WAN = 10_000;
const SCALES = [
  { unit: 'B', yuan: 1e9 },
  { unit: 'M', yuan: 1e6 },
  { unit: 'K', yuan: 1e3 },
] as const;

export interface ScaledAmounts {
  /** The amounts in `unit`, as text with at most two decimals ("0.6", "1.5", "1,200"). */
  values: string[];
  /** K, M or B; empty below one thousand CNY. */
  unit: string;
}

export function scaleWanForEnglish(...amountsWan: number[]): ScaledAmounts {
  const largest = Math.max(...amountsWan.map((wan) => Math.abs(wan * YUAN_PER_WAN)));
  const scale = SCALES.find((s) => largest >= s.yuan);
  const format = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
  return {
    values: amountsWan.map((wan) => format.format((wan * YUAN_PER_WAN) / (scale?.yuan ?? 1))),
    unit: scale?.unit ?? '',
  };
}
