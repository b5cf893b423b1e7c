import { describe, expect, it } from '@jest/globals';
import { halfMetrics, splitHalves } from './halves.js';

const ids = Array.from({ length: 17 }, (_, i) => `D${String(i * 3).padStart(2, '0')}`);

describe('two fixed halves of the demands', () => {
  it('splits every demand into exactly one half, the same way on every run and in any order', () => {
    const { A, B } = splitHalves(ids);
    expect(A).toHaveLength(9);
    expect(B).toHaveLength(8);
    expect([...A, ...B].sort()).toEqual([...ids].sort());
    expect(splitHalves([...ids].reverse())).toEqual({ A, B });
  });

  it('splits differently under another seed, so the halves are drawn, not the first and last ids', () => {
    expect(splitHalves(ids, 'another seed').A).not.toEqual(splitHalves(ids).A);
    expect(splitHalves(ids).A).not.toEqual(ids.slice(0, 9));
  });

  it('averages a half over its demands that have the type, as score.mjs averages the whole set', () => {
    const metrics = halfMetrics(
      [
        { demandId: 'D00', type: 'expert', ndcg10: 1, recall20: 0.5 },
        { demandId: 'D03', type: 'expert', ndcg10: 0.5, recall20: 1 },
        { demandId: 'D06', type: 'expert', ndcg10: 0, recall20: 0 },
        { demandId: 'D00', type: 'investor', ndcg10: 0.8, recall20: 0.6 },
      ],
      ['D00', 'D03'],
    );
    expect(metrics.expert).toEqual({ demands: 2, ndcg10: 0.75, recall20: 0.75 });
    expect(metrics.investor).toEqual({ demands: 1, ndcg10: 0.8, recall20: 0.6 });
    expect(metrics.achievement).toEqual({ demands: 0, ndcg10: 0, recall20: 0 });
  });
});
