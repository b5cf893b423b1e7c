import { describe, expect, it } from '@jest/globals';
import { inStableOrder } from './stable-order.js';

describe('openapi.json in the committed order', () => {
  it('keeps the previous order of keys at every depth and puts new keys after them', () => {
    const previous = { paths: { '/b': { get: 1 }, '/a': { post: 2, get: 3 } }, info: {} };
    const next = { info: { title: 'x' }, paths: { '/a': { get: 3, post: 2 }, '/c': {}, '/b': { get: 1 } } };
    const ordered = inStableOrder(previous, next);
    expect(JSON.stringify(ordered)).toBe(
      JSON.stringify({
        paths: { '/b': { get: 1 }, '/a': { post: 2, get: 3 }, '/c': {} },
        info: { title: 'x' },
      }),
    );
  });

  it('drops what is gone and leaves arrays and values as they are', () => {
    const ordered = inStableOrder({ gone: 1, tags: ['b', 'a'] }, { tags: ['a', 'b'], n: 2 });
    expect(ordered).toEqual({ tags: ['a', 'b'], n: 2 });
    expect(Object.keys(ordered as object)).toEqual(['tags', 'n']);
  });
});
