import { describe, expect, it } from '@jest/globals';
import { assertJsonShape, JsonTooComplexError } from './json-body.js';

describe('assertJsonShape', () => {
  const array = (n: number) => `[${Array(n).fill(1).join(',')}]`;

  it('lets through nesting up to the limit and as many values as allowed', () => {
    expect(() => assertJsonShape('['.repeat(32) + ']'.repeat(32))).not.toThrow();
    expect(() => assertJsonShape(`{"a":${array(998)}}`)).not.toThrow();
  });

  it('refuses one level or one value more', () => {
    expect(() => assertJsonShape('['.repeat(33) + ']'.repeat(33))).toThrow(JsonTooComplexError);
    expect(() => assertJsonShape(array(1_001))).toThrow(JsonTooComplexError);
    expect(() => assertJsonShape(`{"a":${array(1_000)}}`)).toThrow(JsonTooComplexError);
  });

  it('reads brackets, commas and escaped quotes inside strings as text', () => {
    const text = JSON.stringify({ a: `${'['.repeat(100)}\\",${','.repeat(5_000)}` });
    expect(() => assertJsonShape(text)).not.toThrow();
  });

  it('ends a string at a quote after an escaped backslash, and at the end of an unclosed one', () => {
    expect(() => assertJsonShape(JSON.stringify({ a: 'x\\', b: [[1]] }), 2)).toThrow(JsonTooComplexError);
    expect(() => assertJsonShape(JSON.stringify({ a: 'x\\"[[[', b: 1 }), 2)).not.toThrow();
    expect(() => assertJsonShape('{"a":"[[[[', 2)).not.toThrow();
  });
});
