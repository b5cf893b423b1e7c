import { randomInt } from 'node:crypto';
import { creditCodeCheckChar } from '#core';

/** A valid, random-enough 统一社会信用代码 (company, Nanjing) so tests never collide on the unique index. */
export function testCreditCode(seed: number = randomInt(1_000_000)): string {
  const body = `${String(seed % 1_000_000).padStart(6, '0')}${String(randomInt(1000)).padStart(3, '0')}`;
  const first17 = `91320100${body}`;
  return first17 + creditCodeCheckChar(first17);
}
