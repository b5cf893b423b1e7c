/**
 * 统一社会信用代码 (unified social credit code) check of GB 32100-2015: 18 characters from a
 * 31-character alphabet, the last one a weighted mod-31 check character over the first 17.
 */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type CreditCodeProblem = 'length' | 'chars' | 'checksum';

/** The check character for the first 17 characters, or null if one is outside the alphabet. */
export function creditCodeCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const index = CREDIT_CODE_ALPHABET.indexOf(first17[i]!);
    if (index < 0) return null;
    sum += index * WEIGHTS[i]!;
  }
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** null when valid, otherwise what is wrong. Expects an upper-case, trimmed code. */
export function checkCreditCode(code: string): CreditCodeProblem | null {
  if (code.length !== 18) return 'length';
  for (const char of code) if (!CREDIT_CODE_ALPHABET.includes(char)) return 'chars';
  return creditCodeCheckChar(code.slice(0, 17)) === code[17] ? null : 'checksum';
}

export function normaliseCreditCode(value: unknown): string {
  return typeof value === 'string' ? value.replace(/\s+/g, '').toUpperCase() : '';
}
