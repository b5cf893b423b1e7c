import { describe, expect, it } from '@jest/globals';
import { pick } from './pick.js';

describe('pick', () => {
  it('copies the named fields, in their order, and nothing else', () => {
    const row = { id: 'a', name: 'b', secret: 'c', count: 0, gone: null };
    const picked = pick(row, ['name', 'id', 'count', 'gone']);
    expect(picked).toStrictEqual({ name: 'b', id: 'a', count: 0, gone: null });
    expect(Object.keys(picked)).toEqual(['name', 'id', 'count', 'gone']);
  });
});
