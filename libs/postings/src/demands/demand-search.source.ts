import { Injectable } from '@nestjs/common';
import { yuanToWan } from '#core';
import { postingSearchSourceFor } from '../catalogue/posting-search.source.js';
import { LISTED_STATUSES } from './demand-workflow.js';
import { DEMAND_CATEGORIES, Demand } from './demand.entity.js';

/** Demands as search documents: listed ones (published, in progress, solved) only. */
@Injectable()
export class DemandSearchSource extends postingSearchSourceFor({
  kind: 'demand',
  entity: Demand,
  listed: LISTED_STATUSES,
  facetValues: { category: DEMAND_CATEGORIES, status: LISTED_STATUSES },
  toDocument: (demand) => ({
    kind: 'demand',
    id: demand.id,
    organizationId: demand.organizationId,
    title: demand.title,
    keywords: demand.keywords,
    body: demand.description,
    teaser: demand.teaser,
    visibility: demand.visibility,
    status: demand.status,
    category: demand.category,
    industryCode: demand.industryCode,
    fields: demand.fields,
    regionCode: demand.regionCode,
    trl: demand.trlRequired,
    amountMinWan: yuanToWan(demand.budgetMinYuan),
    amountMaxWan: yuanToWan(demand.budgetMaxYuan),
    stage: null,
    instrument: null,
    societyId: null,
    publishedAt: demand.publishedAt,
    deadline: demand.deadline,
  }),
}) {}
