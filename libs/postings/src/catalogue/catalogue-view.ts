import { provinceOf, regionName, techFieldName, type Language } from '#core';
import type { CatalogueSummaryDto } from '../dto/catalogue.dto.js';
import type { CatalogueView } from './catalogue-kind.js';
import { STANDARD_NDA_TEXT, toOwnAccessRequestDto } from '../access/posting-access.service.js';
import type { CataloguePosting } from './catalogue-posting.entity.js';

/**
 * The parts of a summary every kind shares. A redacted (confidential) posting keeps what helps a
 * stranger decide whether to get in touch through the platform: no owner, no body.
 */
export function catalogueSummaryBase(
  row: CataloguePosting,
  fields: string[],
  redacted: boolean,
  lang: Language,
): CatalogueSummaryDto {
  return {
    id: row.id,
    status: row.status,
    visibility: row.visibility,
    redacted,
    teaser: row.visibility === 'confidential' ? row.teaser : null,
    fields,
    fieldNames: fields.map((code) => techFieldName(code, lang) ?? code),
    viewCount: row.viewCount,
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
    organizationId: redacted ? null : row.organizationId,
    organizationName: redacted ? null : (row.organizationName ?? null),
  };
}

/** The detail's shared fields: review notes to owners, the NDA and the caller's own access request. */
export const catalogueDetailBase = (row: CataloguePosting, view: CatalogueView) => ({
  rejectionReason: view.full ? row.rejectionReason : null,
  canEdit: view.canEdit,
  ndaText: row.visibility === 'confidential' ? STANDARD_NDA_TEXT : null,
  accessRequest: toOwnAccessRequestDto(view.accessRequest),
});

/** A region as shown, named in the asked language: to the province only when the posting is redacted. */
export function shownRegion(
  code: string,
  redacted: boolean,
  lang: Language,
): { regionCode: string; regionName: string } {
  const regionCode = redacted ? (provinceOf(code)?.code ?? code) : code;
  return { regionCode, regionName: regionName(regionCode, lang) ?? '' };
}
