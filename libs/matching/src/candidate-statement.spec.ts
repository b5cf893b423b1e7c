import { describe, expect, it } from '@jest/globals';
import { fieldFallbackLimit } from './candidate-statement.js';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `engine-${i}`);

describe('fieldFallbackLimit', () => {
  it('skips the field search when the engine’s hits fill the cap', () => {
    expect(fieldFallbackLimit({ engineIds: ids(3), sourceId: 'source', cap: 3 })).toBe(0);
  });

  it('searches the fields up to the cap when the engine leaves room', () => {
    expect(fieldFallbackLimit({ engineIds: ids(2), sourceId: 'source', cap: 3 })).toBe(3);
    expect(fieldFallbackLimit({ engineIds: [], sourceId: 'source', cap: 3 })).toBe(3);
  });

  it('does not count the source among the engine’s hits, since it is never a candidate', () => {
    expect(fieldFallbackLimit({ engineIds: [...ids(2), 'source'], sourceId: 'source', cap: 3 })).toBe(3);
  });
});
