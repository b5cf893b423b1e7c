import { describe, expect, it } from '@jest/globals';
import { TextAnalyzer } from '#search';
import { candidateStatement } from './candidate-statement.js';
import { POSTING_PROFILE_SOURCES, type PostingRow } from './posting-profiles.js';
import { ProfileBuilder } from './profile-builder.js';
import { closestFields, retrievalFields } from './retrieval-fields.js';
import { retrievalQueries } from './retrieval-queries.js';
import { regionFit } from './features.js';
import { TermStatistics } from './bm25.js';

/** Issue 15's retrieval rules: what a posting asks the engine and the field search for. */

describe('field retrieval follows the hierarchy both ways', () => {
  it('proposes the subfields of a top field a posting is filed under', () => {
    const fields = retrievalFields(['BI']);
    expect(fields).toEqual(expect.arrayContaining(['BI', 'BI-PHARMA', 'BI-TCM', 'BI-DEVICE']));
  });

  it('proposes the top field above a subfield, and the family under it, the closest ones first', () => {
    expect(retrievalFields(['EV-BATTERY'])).toEqual(
      expect.arrayContaining(['EV', 'EV-BATTERY', 'EV-MOTOR', 'EV-CHARGING']),
    );
    expect(retrievalFields(['EV-BATTERY'])).not.toContain('NE-PV');
    expect(closestFields(['EV-BATTERY'])).toEqual(['EV', 'EV-BATTERY']);
  });

  it('proposes the related subfields of other top fields alone, not their families', () => {
    const fields = retrievalFields(['EP-MONITOR']);
    expect(fields).toEqual(expect.arrayContaining(['EP', 'EP-WATER', 'EQ-INSTRUMENT', 'IT-IOT']));
    expect(fields).not.toContain('EQ');
    expect(fields).not.toContain('EQ-ROBOT');
    expect(closestFields(['EP-MONITOR'])).toEqual(['EP', 'EP-MONITOR']);
  });

  it('covers construction and infrastructure, and ignores codes the taxonomy does not know', () => {
    expect(retrievalFields(['CI', 'NOPE'])).toEqual(
      expect.arrayContaining(['CI', 'CI-ROAD', 'CI-BRIDGE', 'CI-MATERIAL', 'CI-BUILDING']),
    );
    expect(retrievalFields(['NOPE'])).toEqual([]);
  });
});

describe('cross-language retrieval through the thesaurus', () => {
  const builder = ProfileBuilder.shared();
  const analyzer = TextAnalyzer.shared();
  const alternativesOf = (texts: string[]) =>
    texts.flatMap((text) =>
      analyzer.parse(text).words.flatMap((word) => word.alternatives.map((lexemes) => lexemes.join(' '))),
    );

  it('asks the engine for an English posting’s concepts, whose alternatives hold their Chinese names', () => {
    const profile = builder.build({
      kind: 'demand',
      id: 'd',
      title: 'Early warning of thermal runaway in lithium-ion battery packs',
      texts: [{ text: 'Early warning of thermal runaway in lithium-ion battery packs for buses', weight: 1 }],
      keywords: ['battery management system', 'gas sensing'],
      region: { served: [], nationwide: true },
    });
    const queries = retrievalQueries(profile);
    expect(queries).toEqual(expect.arrayContaining(['锂电池']));
    expect(alternativesOf(queries)).toEqual(expect.arrayContaining(['锂电池', '锂离子电池']));
  });

  it('and a Chinese posting’s concepts, whose alternatives hold their English names', () => {
    const profile = builder.build({
      kind: 'achievement',
      id: 'a',
      title: '锂离子电池热失控预警技术',
      texts: [{ text: '锂离子电池热失控预警技术', weight: 1 }],
      keywords: ['电池管理'],
      region: { served: [], nationwide: true },
    });
    const alternatives = alternativesOf(retrievalQueries(profile));
    expect(alternatives.filter((alternative) => alternative.includes('lithium'))).not.toEqual([]);
    expect(alternatives.filter((alternative) => alternative.includes('thermal runaway'))).not.toEqual([]);
  });
});

describe('nationwide demands and the region requirement', () => {
  const demandRow = (patch: Partial<Record<string, unknown>>) =>
    ({
      id: '00000000-0000-0000-0000-000000000001',
      organizationId: '00000000-0000-0000-0000-000000000002',
      status: 'published',
      visibility: 'public',
      teaser: null,
      publishedAt: null,
      title: '全国性任务',
      description: '面向全国征集解决方案',
      fields: ['CI-ROAD'],
      keywords: ['路基'],
      regionCode: null,
      regionRequired: false,
      budgetMinYuan: null,
      budgetMaxYuan: null,
      trlRequired: null,
      ...patch,
    }) as unknown as PostingRow;
  const profileOf = (patch: Partial<Record<string, unknown>>) =>
    ProfileBuilder.shared().build(POSTING_PROFILE_SOURCES.demand.input(demandRow(patch)));
  const supplier = (province: string) =>
    ProfileBuilder.shared().build({
      kind: 'expert',
      id: 'e',
      title: 'e',
      texts: [],
      keywords: [],
      region: { province, served: [], nationwide: false },
    });
  const fit = (need: ReturnType<typeof profileOf>, province: string) =>
    regionFit({ need, supply: supplier(province), stats: new TermStatistics([]), now: new Date() }).value;

  it('reads a demand without a region code as nationwide: no region bonus for any province', () => {
    const profile = profileOf({});
    expect(profile.region.nationwide).toBe(true);
    expect(fit(profile, '320000')).toBeNull();
  });

  it('gives a demand that requires its region nothing from a supplier elsewhere', () => {
    const required = profileOf({ regionCode: '630100', regionRequired: true });
    expect(required.regionRequired).toBe(true);
    expect(fit(required, '320000')).toBe(0);
    expect(fit(required, '630000')).toBe(0.85);
    expect(fit(profileOf({ regionCode: '630100' }), '320000')).toBe(0.2);
  });
});

describe('confidential postings in retrieval', () => {
  const args = {
    engineIds: [],
    fields: ['EV-BATTERY'],
    closest: ['EV-BATTERY'],
    sourceId: 's',
    sourceOrganizationId: 'o',
    kind: 'demand',
    version: 'v',
    cap: 10,
  };

  it('proposes confidential demands (their owners get matches; the other side sees the teaser)', () => {
    const { sql } = candidateStatement(POSTING_PROFILE_SOURCES.demand, args);
    expect(sql).not.toContain(`visibility <> 'confidential'`);
  });

  it('never proposes confidential supply to strangers', () => {
    const { sql } = candidateStatement(POSTING_PROFILE_SOURCES.achievement, { ...args, kind: 'achievement' });
    expect(sql).toContain(`t.visibility <> 'confidential'`);
  });
});
