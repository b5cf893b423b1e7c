import { describe, expect, it } from '@jest/globals';
import type { StatisticsScopeDto } from '../dto/statistics.dto.js';
import { monthsAnswer } from './measured-figures.js';
import { filter, MONTH_COLUMNS } from './statistics-filter.js';

const platform: StatisticsScopeDto = { kind: 'platform', regionCode: null, organizationId: null };
const society: StatisticsScopeDto = { kind: 'organization', regionCode: null, organizationId: 'society' };
const year = { from: '2026-01-01', to: '2026-12-31' };

describe('the measures’ months', () => {
  it('answer a region and at most one party condition, never a technology field', () => {
    expect(monthsAnswer(platform, year)).toBe(true);
    expect(monthsAnswer({ ...platform, regionCode: '320100' }, year)).toBe(true);
    expect(monthsAnswer(platform, { ...year, industryCode: 'C' })).toBe(true);
    expect(monthsAnswer(platform, { ...year, organizationId: 'enterprise' })).toBe(true);
    expect(monthsAnswer(society, year)).toBe(true);
    // Two conditions on one row: the union of a month's parties may pass both where no row does.
    expect(monthsAnswer(society, { ...year, industryCode: 'C' })).toBe(false);
    expect(monthsAnswer(society, { ...year, organizationId: 'enterprise' })).toBe(false);
    expect(monthsAnswer(platform, { ...year, organizationId: 'enterprise', industryCode: 'C' })).toBe(false);
    expect(monthsAnswer(platform, { ...year, techField: 'EV' })).toBe(false);
  });

  it('are filtered on their own columns, with the parameters of the rows’ clause', () => {
    const industry = ['a', 'b'];
    const query = { ...year, organizationId: 'enterprise' };
    const rows = filter(platform, query, undefined, undefined, industry);
    const months = filter(platform, query, undefined, undefined, industry, MONTH_COLUMNS);
    expect(months.params).toEqual(rows.params);
    expect(months.where).toContain('month BETWEEN $1 AND $2');
    expect(months.where).toContain('parties @> ARRAY[$3::uuid]');
    expect(months.where).toContain('parties[1] = ANY($4::uuid[])');
    expect(months.where).not.toMatch(/\bday\b|organization_ids/);
    expect(() =>
      filter(platform, { ...year, techField: 'EV' }, undefined, undefined, undefined, MONTH_COLUMNS),
    ).toThrow(/no technology field/);
  });
});
