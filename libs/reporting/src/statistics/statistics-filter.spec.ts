import { describe, expect, it } from '@jest/globals';
import { industryCodesWithin } from '#core';
import type { StatisticsScopeDto } from '../dto/statistics.dto.js';
import { filter, filterOf, INDUSTRY_COLUMNS } from './statistics-filter.js';

const platform: StatisticsScopeDto = { kind: 'platform', regionCode: '320000', organizationId: null };
const year = { from: '2026-01-01', to: '2026-12-31', industryCode: 'C' };

describe('the filter by industry', () => {
  it('looks the industry’s codes up in the industries aggregate, hashed, and its organizations elsewhere', () => {
    const codes = filterOf('industries', platform, year, 'contract-value', ['organization']);
    expect(codes.params).toEqual([year.from, year.to, '32%', industryCodesWithin('C'), 'contract-value']);
    expect(codes.where).toContain('industry_codes[1] = ANY($4::text[])');
    expect(codes.where).not.toMatch(/organization_ids|&&/);
    const parties = filterOf('parties', platform, year, undefined, ['organization']);
    expect(parties.params).toEqual([year.from, year.to, '32%', ['organization']]);
    expect(parties.where).toContain('organization_ids[1] = ANY($4::uuid[])');
  });

  it('refuses a party condition on rows that keep only their parties’ industries', () => {
    expect(() =>
      filter(platform, { ...year, organizationId: 'enterprise' }, undefined, undefined, [], INDUSTRY_COLUMNS),
    ).toThrow(/no parties/);
  });
});
