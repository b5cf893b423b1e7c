import { describe, expect, it } from '@jest/globals';
import { regionFromText } from './dev-set.js';
import { parseScoreTable } from './score-runs.js';

describe('regionFromText', () => {
  it('maps a province and a prefecture-level city to GB/T 2260 codes', () => {
    expect(regionFromText('江苏/苏州')).toEqual({
      province: '320000',
      city: '320500',
      served: [],
      nationwide: false,
    });
  });

  it('maps a county-level city to the prefecture that holds it', () => {
    expect(regionFromText('安徽/明光')).toMatchObject({ province: '340000', city: '341100' });
  });

  it('maps a municipality alone and 全国 to nationwide', () => {
    expect(regionFromText('天津')).toEqual({ province: '120000', served: [], nationwide: false });
    expect(regionFromText('全国')).toEqual({ served: [], nationwide: true });
  });
});

describe('parseScoreTable', () => {
  it('reads the per-type lines of score.mjs and refuses output without them', () => {
    const output = [
      'type         #dem  nDCG@10  Recall@20',
      'expert         17  0.8325   0.7699',
      'achievement    17  0.8959   0.6894',
      'investor       16  0.7255   0.8526',
      'mean                0.8180   0.7706',
    ].join('\n');
    expect(parseScoreTable(output).investor).toEqual({ demands: 16, ndcg10: 0.7255, recall20: 0.8526 });
    expect(() => parseScoreTable('type #dem\n')).toThrow(/no line for expert/);
  });
});
