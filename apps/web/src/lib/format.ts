import type { TFunction } from 'i18next';
import { currentLanguage } from '../i18n';
import { scaleWanForEnglish } from './money';

/** A date-time in the UI language, e.g. 2026年5月1日 14:30 / May 1, 2026, 2:30 PM. */
export function formatDateTime(value: string | null | undefined, fallback = '—'): string {
  if (!value) return fallback;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return fallback;
  return new Intl.DateTimeFormat(currentLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function formatDate(value: string | null | undefined, fallback = '—'): string {
  if (!value) return fallback;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return fallback;
  return new Intl.DateTimeFormat(currentLanguage(), { dateStyle: 'medium' }).format(date);
}

/** A calendar date (YYYY-MM-DD, as the API sends deadlines) in the UI language, read as a local date. */
export function formatDay(value: string | null | undefined, fallback = '—'): string {
  if (!value) return fallback;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return formatDate(value, fallback);
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Intl.DateTimeFormat(currentLanguage(), { dateStyle: 'medium' }).format(date);
}

export function formatNumber(value: number, maximumFractionDigits = 4): string {
  return new Intl.NumberFormat(currentLanguage(), { maximumFractionDigits }).format(value);
}

/**
 * A budget in 万元 (10,000 CNY): "50–120 万元", "50 万元起", "最高 120 万元", or "面议" when both absent; in
 * English on the reader's scale: "CNY 0.5–1.2 M", "From CNY 500 K".
 */
export function formatBudgetWan(
  min: number | null | undefined,
  max: number | null | undefined,
  t: TFunction,
): string {
  const present = [min, max].filter((v): v is number => typeof v === 'number');
  if (present.length === 0) return t('demand.budgetNegotiable');
  const english = currentLanguage() === 'en';
  const { values, unit } = english
    ? scaleWanForEnglish(...present)
    : { values: present.map((v) => formatNumber(v)), unit: '' };
  const [first, second] = values;
  if (present.length === 2) {
    if (min === max) return t('demand.budgetExact', { amount: first, unit });
    return t('demand.budgetRange', { min: first, max: second, unit });
  }
  if (typeof min === 'number') return t('demand.budgetFrom', { min: first, unit });
  return t('demand.budgetUpTo', { max: first, unit });
}

/** One 万元 amount as its number in Chinese ("120", shown with 万元) and in full in English ("CNY 1.2 M"). */
export function formatAmountWan(value: number): string {
  if (currentLanguage() !== 'en') return formatNumber(value);
  const { values, unit } = scaleWanForEnglish(value);
  return `CNY ${values[0]} ${unit}`.trim();
}

/** 1536 → "1.5 KB". */
export function formatFileSize(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${formatNumber(value, unit === 0 ? 0 : 1)} ${units[unit]}`;
}
