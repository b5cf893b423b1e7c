import { describe, expect, it } from '@jest/globals';
import { meiliSynonyms } from './meili-search.engine.js';

describe('meiliSynonyms', () => {
  const synonyms = meiliSynonyms();

  it('keeps every term of a group finding every other', () => {
    expect(synonyms['锂电池']).toEqual(expect.arrayContaining(['锂离子电池', 'lithium-ion battery']));
    expect(synonyms['lithium-ion battery']).toContain('锂电池');
  });

  it('lets a term find its narrower and broader groups one way, as the postgres adapter does', () => {
    expect(synonyms['锂电池']).toEqual(expect.arrayContaining(['动力电池', '电芯', '正极材料']));
    expect(synonyms['电芯']).toContain('锂电池');
    expect(synonyms['动力电池']).not.toContain('电芯');
  });

  it('lets a word that is part of terms find them, but not a word that only qualifies', () => {
    expect(synonyms['lithium']).toEqual(expect.arrayContaining(['锂电池', 'lithium iron phosphate']));
    expect(synonyms['system']).toBeUndefined();
  });
});
