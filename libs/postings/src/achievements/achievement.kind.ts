import { pick, wanToYuanColumn, yuanToWan, type FieldError } from '#core';
import type { CatalogueKindSpec } from '../catalogue/catalogue-kind.js';
import { catalogueDetailBase, catalogueSummaryBase, shownRegion } from '../catalogue/catalogue-view.js';
import { whereInField, whereInRegion } from '../catalogue/listing.js';
import type {
  AchievementDto,
  AchievementQueryDto,
  AchievementSummaryDto,
  CreateAchievementDto,
} from '../dto/achievement.dto.js';
import { Achievement } from './achievement.entity.js';

export const ACHIEVEMENT_KIND: CatalogueKindSpec<
  Achievement,
  CreateAchievementDto,
  AchievementDto,
  AchievementSummaryDto,
  AchievementQueryDto
> = {
  kind: 'achievement',
  subject: 'Achievement',
  entity: Achievement,
  notFound: 'achievement-not-found',
  ownerTypes: ['university', 'enterprise', 'service_agency'],
  required: ['title', 'abstract', 'fields', 'trl', 'maturity', 'transferModes', 'regionCode', 'keywords'],
  publicText: ['p.title'],
  privateText: ['p.abstract', `array_to_string(p.keywords, ' ')`],

  columns: (input) => ({
    title: input.title,
    abstract: input.abstract,
    fields: input.fields,
    keywords: input.keywords ?? [],
    trl: input.trl,
    maturity: input.maturity,
    transferModes: input.transferModes,
    priceYuan: wanToYuanColumn(input.priceWan),
    regionCode: input.regionCode,
    patents: input.patents ?? [],
    contact: input.contact ?? null,
  }),

  asInput: (row) => ({
    ...pick(row, ['title', 'abstract', 'fields', 'keywords', 'trl', 'maturity', 'transferModes']),
    priceWan: yuanToWan(row.priceYuan) ?? undefined,
    ...pick(row, ['regionCode', 'patents']),
    contact: row.contact ?? undefined,
  }),

  check(input) {
    const errors: FieldError[] = [];
    const numbers = (input.patents ?? []).map((p) => p.number);
    if (new Set(numbers).size !== numbers.length) errors.push({ field: 'patents', code: 'duplicate-patent' });
    // An industrialised achievement at TRL 3 is a contradiction a reviewer would send back.
    if (input.maturity === 'industrial' && input.trl !== undefined && input.trl < 7)
      errors.push({ field: 'trl', code: 'trl-below-maturity' });
    return errors;
  },

  filter(qb, query, full) {
    if (query.regionCode) whereInRegion(qb, 'p.region_code', query.regionCode, full);
    if (query.field) whereInField(qb, 'p.fields', query.field);
    if (query.maturity) qb.andWhere('p.maturity = :maturity', { maturity: query.maturity });
    if (query.transferMode) qb.andWhere(':mode = ANY(p.transfer_modes)', { mode: query.transferMode });
    if (query.trlMin) qb.andWhere('p.trl >= :trlMin', { trlMin: query.trlMin });
  },

  label: (row) => row.title,

  toSummary: (row, redacted, lang) => ({
    ...catalogueSummaryBase(row, row.fields, redacted, lang),
    ...shownRegion(row.regionCode, redacted, lang),
    ...pick(row, ['title', 'trl', 'maturity', 'transferModes']),
    priceWan: redacted ? null : yuanToWan(row.priceYuan),
    priceNegotiable: !redacted && row.priceYuan === null,
  }),

  toDto: (row, view, lang) => ({
    ...ACHIEVEMENT_KIND.toSummary(row, view.redacted, lang),
    ...catalogueDetailBase(row, view),
    abstract: view.redacted ? null : row.abstract,
    keywords: view.redacted ? [] : row.keywords,
    patents: view.redacted ? [] : row.patents,
    contact: view.redacted ? null : row.contact,
  }),
};
