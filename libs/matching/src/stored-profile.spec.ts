import { describe, expect, it } from '@jest/globals';
import { ProfileBuilder } from './profile-builder.js';
import { loadProfile, storeProfile } from './stored-profile.js';

describe('stored profiles', () => {
  it('read back equal to what the builder made, through JSON', () => {
    const built = ProfileBuilder.shared().build({
      kind: 'achievement',
      id: '7d0c2f5e-1f2a-4b7a-9a55-0a0a0a0a0a0a',
      title: '锂离子电池热失控预警系统',
      texts: [{ text: '锂离子电池热失控预警系统，基于多传感器融合', weight: 1 }],
      keywords: ['热失控', '锂电池'],
      fieldCodes: ['EV-BATTERY'],
      region: { province: '320000', city: '320100', served: [], nationwide: false },
      trl: 6,
      amountWan: { min: 80, max: 80 },
      publishedAt: new Date('2026-06-01T00:00:00.123Z'),
    });
    const restored = loadProfile(JSON.parse(JSON.stringify(storeProfile(built))));
    expect(restored).toEqual(built);
    expect(restored.terms.size).toBeGreaterThan(3);
  });
});
