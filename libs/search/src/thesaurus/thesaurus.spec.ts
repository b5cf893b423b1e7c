import { describe, expect, it } from '@jest/globals';
import { normalizeText } from '../text/analyzer.js';
import { thesaurusGroups, thesaurusHierarchy } from './thesaurus.js';

describe('the thesaurus', () => {
  const groupOf = new Map<string, number>();
  thesaurusGroups().forEach((group, index) => {
    for (const term of group) groupOf.set(normalizeText(term), index);
  });

  it('names only terms of its groups in the hierarchy', () => {
    const unknown = thesaurusHierarchy()
      .flatMap(({ broader, narrower }) => [broader, ...narrower])
      .filter((term) => !groupOf.has(normalizeText(term)));
    expect(unknown).toEqual([]);
  });

  it('has no cycles: no group is narrower than itself', () => {
    const narrower = new Map<number, Set<number>>();
    for (const line of thesaurusHierarchy()) {
      const parent = groupOf.get(normalizeText(line.broader))!;
      for (const term of line.narrower) {
        const set = narrower.get(parent) ?? new Set<number>();
        set.add(groupOf.get(normalizeText(term))!);
        narrower.set(parent, set);
      }
    }
    const below = (from: number, seen = new Set<number>()): Set<number> => {
      for (const child of narrower.get(from) ?? []) {
        if (seen.has(child)) continue;
        seen.add(child);
        below(child, seen);
      }
      return seen;
    };
    for (const group of narrower.keys()) expect(below(group).has(group)).toBe(false);
  });
});
