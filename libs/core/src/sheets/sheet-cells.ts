import type { CellValue } from 'exceljs';

/** What separates the items a person lists in one cell: 、，,;； or spaces. */
const LIST_SEPARATORS = /[、，,;；\s]+/;
const TRUE_WORDS = new Set(['是', 'y', 'yes', 'true', '1']);
const FALSE_WORDS = new Set(['否', 'n', 'no', 'false', '0']);

/** A cell as the text a person sees: rich text joined, hyperlinks by their text, dates as YYYY-MM-DD. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if ('richText' in value)
      return value.richText
        .map((part) => part.text)
        .join('')
        .trim();
    if ('text' in value) return String(value.text).trim();
    if ('result' in value) return String(value.result ?? '').trim();
  }
  return String(value).trim();
}

/** The items of a list cell ('动力电池、储能' → ['动力电池', '储能']). */
export function splitList(text: string): string[] {
  return text.split(LIST_SEPARATORS).filter(Boolean);
}

/** 是/否, yes/no, 1/0 as a boolean; anything else stays as typed so validation names the cell. */
export function parseYesNo(text: string): boolean | string {
  const word = text.toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return text;
}
