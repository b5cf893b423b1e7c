import { describe, expect, it } from '@jest/globals';
import { TextAnalyzer } from '../text/analyzer.js';
import { anyOf } from './any-of.js';
import { toTsquery } from './tsquery.js';

const analyzer = TextAnalyzer.shared();

describe('anyOf', () => {
  it('spells each query out as alternatives of one word', () => {
    const query = anyOf([analyzer.parse('储能'), analyzer.parse('海上 风电')]);
    expect(query.words).toHaveLength(1);
    const alternatives = query.words[0]!.alternatives.map((lexemes) => lexemes.join(' '));
    for (const single of analyzer.parse('储能').words[0]!.alternatives)
      expect(alternatives).toContain(single.join(' '));
    // Both words of the two-word query must occur together in one alternative.
    expect(alternatives).toContain('海上 风电');
    expect(alternatives).not.toContain('海上');
    expect(toTsquery(query.words)).toContain(`('海上' & '风电')`);
  });

  it('drops queries with nothing searchable and is empty when none is left', () => {
    expect(anyOf([analyzer.parse('！？')]).words).toEqual([]);
    expect(anyOf([analyzer.parse('！？'), analyzer.parse('储能')]).text).toBe('储能');
  });
});
