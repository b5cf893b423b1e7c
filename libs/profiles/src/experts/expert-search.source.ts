import { Injectable } from '@nestjs/common';
import { CATALOGUE_LISTED, catalogueDocumentBase, postingSearchSourceFor } from '#postings';
import { Expert } from './expert.entity.js';

/** Experts: name as title; 职称 and affiliation searchable with the keywords; the society as a facet. */
@Injectable()
export class ExpertSearchSource extends postingSearchSourceFor({
  kind: 'expert',
  entity: Expert,
  listed: CATALOGUE_LISTED,
  facetValues: { status: CATALOGUE_LISTED },
  toDocument: (row) => ({
    ...catalogueDocumentBase('expert', row),
    title: row.name,
    keywords: [...row.keywords, row.title, row.affiliation],
    body: row.bio,
    fields: row.fields,
    regionCode: row.regionCode,
    societyId: row.organizationId,
  }),
}) {}
