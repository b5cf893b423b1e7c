/**
 * 统一社会信用代码 (unified social credit code, GB 32100-2015).
 *
 * Layout of the 18 characters:
 * - 1: 登记管理部门代码 (registration authority)
 * - 2: 机构类别代码 (organisation category within that authority)
 * - 3–8: 登记管理机关行政区划码 (GB/T 2260 region code of the registering office)
 * - 9–17: 主体标识码 (the GB 11714 organisation code)
 * - 18: check character over the first 17
 */

/** The 31 characters a credit code may use, in check-sum order; I, O, S, V and Z are excluded. */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

const BODY_CHARS = `[${CREDIT_CODE_ALPHABET}]`;
// Authorities per GB 32100 appendix A: 1–9 (机构编制 … 工商), A (军队), N (农业), Y (其他).
// Every authority numbers its categories 1–9, so 0 or a letter in position 2 is never valid.
// The region part is only checked for shape: codes keep the region of the office that issued them,
// which may since have been renamed or merged away, so it cannot be checked against today's GB/T 2260.
const CREDIT_CODE_PATTERN = new RegExp(`^[1-9ANY][1-9]\\d{6}${BODY_CHARS}{10}$`);

/**
 * Computes the check character (position 18) for the first 17 characters of a credit code.
 *
 * @param first17 17 characters from {@link CREDIT_CODE_ALPHABET}, upper case
 * @throws RangeError if `first17` is not 17 characters of the alphabet
 */
export function creditCodeCheckChar(first17: string): string {
  if (first17.length !== 17) {
    throw new RangeError(`expected 17 characters, got ${first17.length}`);
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_ALPHABET.indexOf(first17[i]);
    if (value < 0) {
      throw new RangeError(`'${first17[i]}' at position ${i + 1} is not a credit code character`);
    }
    sum += value * WEIGHTS[i];
  }
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31];
}

/**
 * Whether `code` is a well-formed 统一社会信用代码 with a correct check character.
 *
 * Case-sensitive on purpose: the alphabet is upper case, and the API upper-cases (and trims) user
 * input before validating, so the value it stores is the canonical form.
 */
export function isValidCreditCode(code: string): boolean {
  return CREDIT_CODE_PATTERN.test(code) && creditCodeCheckChar(code.slice(0, 17)) === code[17];
}
