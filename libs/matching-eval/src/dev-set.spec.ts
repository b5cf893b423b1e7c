import { describe, expect, it } from '@jest/globals';
import { demandBody, devFieldCodes, fitKeywords } from './dev-postings.js';
import { regionFromText } from './dev-set.js';
import { parsePerDemand, parseScoreTable } from './score-runs.js';

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

describe('the set as form bodies (pipeline evaluation)', () => {
  it('moves keywords a form cannot take into the description, and reads 全国 as a nationwide demand', () => {
    expect(fitKeywords(['锂电池', '锂电池', 'biological odor abatement for high-load off-gas'])).toEqual({
      keywords: ['锂电池'],
      overflow: ' biological odor abatement for high-load off-gas.',
    });
    const body = demandBody({
      id: 'D',
      title: '全国性水处理难题',
      description: '工业园区废水深度处理。',
      industry: '节能环保/水处理',
      keywords: ['废水处理'],
      region: '全国',
      regionPreference: true,
      language: 'zh',
    });
    expect(body).not.toHaveProperty('regionCode');
    expect(body).not.toHaveProperty('regionRequired');
    expect(body.fields).toEqual(['EP']);
  });

  it('files a record under the most specific fields its words name, or 现代服务与其他 when none', () => {
    expect(devFieldCodes('交通基础设施/建材', '')).toEqual(['CI-ROAD', 'CI-MATERIAL']);
    expect(devFieldCodes('文物保护', '')).toEqual(['SV']);
  });

  it('reads score.mjs --per-demand lines', () => {
    expect(parsePerDemand('D03\texpert\tnDCG@10=0.812\tR@20=0.667\nnoise\n')).toEqual([
      { demandId: 'D03', type: 'expert', ndcg10: 0.812, recall20: 0.667 },
    ]);
  });
});
