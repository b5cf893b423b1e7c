import { pick, regionName, wanToYuan, wanToYuanColumn, yuanToWan } from '#core';
import type { CatalogueKindSpec } from '../catalogue/catalogue-kind.js';
import { catalogueDetailBase, catalogueSummaryBase } from '../catalogue/catalogue-view.js';
import { coversRegion, whereInField } from '../catalogue/listing.js';
import { rangeErrors } from '../catalogue/range-check.js';
import type {
  CreateFinancingOfferDto,
  FinancingOfferDto,
  FinancingOfferQueryDto,
  FinancingOfferSummaryDto,
} from '../dto/financing-offer.dto.js';
import { FinancingOffer } from './financing-offer.entity.js';

export const FINANCING_OFFER_KIND: CatalogueKindSpec<
  FinancingOffer,
  CreateFinancingOfferDto,
  FinancingOfferDto,
  FinancingOfferSummaryDto,
  FinancingOfferQueryDto
> = {
  kind: 'financing-offer',
  subject: 'FinancingOffer',
  entity: FinancingOffer,
  notFound: 'financing-offer-not-found',
  ownerTypes: ['investor', 'service_agency'],
  required: ['title', 'instrument', 'sectors', 'stages', 'thesis', 'regionCodes'],
  publicText: ['p.title'],
  privateText: ['p.thesis'],

  columns: (input) => ({
    title: input.title,
    instrument: input.instrument,
    sectors: input.sectors,
    stages: input.stages,
    ticketMinYuan: wanToYuanColumn(input.ticketMinWan),
    ticketMaxYuan: wanToYuanColumn(input.ticketMaxWan),
    regionCodes: input.regionCodes ?? [],
    thesis: input.thesis,
    contact: input.contact ?? null,
  }),

  asInput: (row) => ({
    ...pick(row, ['title', 'instrument', 'sectors', 'stages']),
    ticketMinWan: yuanToWan(row.ticketMinYuan) ?? undefined,
    ticketMaxWan: yuanToWan(row.ticketMaxYuan) ?? undefined,
    ...pick(row, ['regionCodes', 'thesis']),
    contact: row.contact ?? undefined,
  }),

  check: (input) => rangeErrors(input.ticketMinWan, input.ticketMaxWan, 'ticketMaxWan'),

  filter(qb, query) {
    if (query.field) whereInField(qb, 'p.sectors', query.field);
    if (query.instrument) qb.andWhere('p.instrument = :instrument', { instrument: query.instrument });
    if (query.stage) qb.andWhere(':stage = ANY(p.stages)', { stage: query.stage });
    if (query.regionCode) {
      // An offer serves a region when it is nationwide or names the region or one of its parents.
      qb.andWhere(`(cardinality(p.region_codes) = 0 OR ${coversRegion('p.region_codes')})`, {
        region: query.regionCode,
      });
    }
    if (query.amountWan !== undefined) {
      qb.andWhere(
        '(p.ticket_min_yuan IS NULL OR p.ticket_min_yuan <= :amount) AND (p.ticket_max_yuan IS NULL OR p.ticket_max_yuan >= :amount)',
        { amount: wanToYuan(query.amountWan) },
      );
    }
  },

  label: (row) => row.title,

  toSummary: (row, redacted, lang) => ({
    ...catalogueSummaryBase(row, row.sectors, redacted, lang),
    title: row.title,
    instrument: row.instrument,
    stages: row.stages,
    ticketMinWan: yuanToWan(row.ticketMinYuan),
    ticketMaxWan: yuanToWan(row.ticketMaxYuan),
    regionCodes: row.regionCodes,
    regionNames: row.regionCodes.map((code) => regionName(code, lang) ?? code),
  }),

  toDto: (row, view, lang) => ({
    ...FINANCING_OFFER_KIND.toSummary(row, view.redacted, lang),
    ...catalogueDetailBase(row, view),
    thesis: view.redacted ? null : row.thesis,
    contact: view.redacted ? null : row.contact,
  }),
};
