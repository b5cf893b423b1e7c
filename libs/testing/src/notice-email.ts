import { expect } from '@jest/globals';

/**
 * What every notice email promises, whichever context sends it: the subject it names, the link behind
 * its action in the plain-text part, and the caller's text escaped in the HTML part (`unsafe` is text
 * from users that holds markup, `escaped` that text as the HTML must show it).
 */
export function expectNoticeEmail(
  email: { subject: string; text: string; html: string },
  expected: { subject: string; actionLines: string[]; unsafe: string; escaped?: string },
): void {
  expect(email.subject).toBe(expected.subject);
  for (const line of expected.actionLines) expect(email.text).toContain(line);
  if (expected.escaped) expect(email.html).toContain(expected.escaped);
  expect(email.html).not.toContain(expected.unsafe);
}

type Bilingual = { zh: string; en: string };

/**
 * What every notice's in-app text promises: its title in both languages, the whole Chinese body, and the
 * English body holding each of `en` (English wording is checked in parts, the Chinese one to the letter).
 */
export function expectNoticeText(
  text: { title: Bilingual; body: Bilingual },
  expected: { title: Bilingual; zh: string; en: string[] },
): void {
  expect(text.title).toEqual(expected.title);
  expect(text.body.zh).toBe(expected.zh);
  for (const part of expected.en) expect(text.body.en).toContain(part);
}
