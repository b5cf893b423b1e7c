import { Injectable } from '@nestjs/common';
import { yuanToWan } from '#core';
import { Achievement, ACHIEVEMENT_MATURITIES } from '../achievements/achievement.entity.js';
import { FinancingOffer, FINANCING_INSTRUMENTS } from '../financing-offers/financing-offer.entity.js';
import { Project, PROJECT_STAGES } from '../projects/project.entity.js';
import { CATALOGUE_LISTED } from './catalogue-workflow.js';
import { catalogueDocumentBase, postingSearchSourceFor } from './posting-search.source.js';

/** Achievements: maturity is a facet of its own; the asking price is both ends of the amount range. */
@Injectable()
export class AchievementSearchSource extends postingSearchSourceFor({
  kind: 'achievement',
  entity: Achievement,
  listed: CATALOGUE_LISTED,
  facetValues: { maturity: ACHIEVEMENT_MATURITIES, status: CATALOGUE_LISTED },
  toDocument: (row) => ({
    ...catalogueDocumentBase('achievement', row),
    title: row.title,
    keywords: row.keywords,
    body: row.abstract,
    maturity: row.maturity,
    fields: row.fields,
    regionCode: row.regionCode,
    trl: row.trl,
    amountMinWan: yuanToWan(row.priceYuan),
    amountMaxWan: yuanToWan(row.priceYuan),
  }),
}) {}

@Injectable()
export class ProjectSearchSource extends postingSearchSourceFor({
  kind: 'project',
  entity: Project,
  listed: CATALOGUE_LISTED,
  facetValues: { stage: PROJECT_STAGES, status: CATALOGUE_LISTED },
  toDocument: (row) => ({
    ...catalogueDocumentBase('project', row),
    title: row.title,
    keywords: row.keywords,
    body: [row.summary, row.traction].filter(Boolean).join('\n'),
    fields: row.fields,
    regionCode: row.regionCode,
    stage: row.stage,
    amountMinWan: yuanToWan(row.amountSoughtYuan),
    amountMaxWan: yuanToWan(row.amountSoughtYuan),
  }),
}) {}

/** Offers: sectors are their fields; a nationwide offer has no region; the ticket is the amount range. */
@Injectable()
export class FinancingOfferSearchSource extends postingSearchSourceFor({
  kind: 'financing-offer',
  entity: FinancingOffer,
  listed: CATALOGUE_LISTED,
  facetValues: { instrument: FINANCING_INSTRUMENTS, status: CATALOGUE_LISTED },
  toDocument: (row) => ({
    ...catalogueDocumentBase('financing-offer', row),
    title: row.title,
    keywords: [],
    body: row.thesis,
    fields: row.sectors,
    regionCode: row.regionCodes.length === 1 ? row.regionCodes[0] : null,
    instrument: row.instrument,
    amountMinWan: yuanToWan(row.ticketMinYuan),
    amountMaxWan: yuanToWan(row.ticketMaxYuan),
  }),
}) {}
