import { describe, expect, it } from '@jest/globals';
import { FIT_THRESHOLDS, fitLevel } from './fit-level.js';
import { PAIR_TYPES } from './profile.js';

describe('fitLevel', () => {
  it('reads a score as high, medium or fair against its pair type’s calibrated thresholds', () => {
    expect(fitLevel('demand:expert', 0.26)).toBe('high');
    expect(fitLevel('demand:expert', 0.07)).toBe('medium');
    expect(fitLevel('demand:expert', 0.02)).toBe('fair');
    // The same score means less for an investor, whose fit is mostly field and ticket.
    expect(fitLevel('demand:financing-offer', 0.15)).toBe('medium');
    expect(fitLevel('demand:financing-offer', 0.48)).toBe('high');
    // An achievement's shared field counts 0.2 of its topical fit: 0.15 is a medium one.
    expect(fitLevel('demand:achievement', 0.15)).toBe('medium');
  });

  it('has ordered thresholds for every pair type', () => {
    for (const type of PAIR_TYPES) {
      const { high, medium } = FIT_THRESHOLDS[type];
      expect(0 < medium && medium < high && high < 1).toBe(true);
    }
  });
});
