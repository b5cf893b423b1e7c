/**
 * Chinese patent numbers as people write them: an application number (申请号) with or without the ZL
 * prefix, `ZL202110123456.7` — year, type digit (1 invention, 2 utility model, 3 design, 8/9 PCT),
 * serial, and a check digit that catches most typos — or a publication number such as `CN112345678A`.
 */
const APPLICATION = /^(?:ZL)?(\d{4})([12389])(\d{7})\.([\dX])$/;
const PUBLICATION = /^CN\d{9}[ABCUSY]\d?$/;
const WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];

export function patentCheckDigit(twelveDigits: string): string {
  const sum = [...twelveDigits].reduce((total, digit, i) => total + Number(digit) * WEIGHTS[i], 0);
  const check = sum % 11;
  return check === 10 ? 'X' : String(check);
}

export function isPatentNumber(value: string): boolean {
  if (PUBLICATION.test(value)) return true;
  const match = APPLICATION.exec(value);
  if (!match) return false;
  const [, year, type, serial, check] = match;
  return Number(year) >= 2003 && patentCheckDigit(`${year}${type}${serial}`) === check;
}
