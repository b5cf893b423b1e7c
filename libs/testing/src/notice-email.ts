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
