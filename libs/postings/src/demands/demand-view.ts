import { industryName, provinceOf, regionName, techFieldName, yuanToWan, type Language } from '#core';
import type { DemandDto, DemandSummaryDto, OwnAccessRequestDto } from '../dto/demand.dto.js';
import type { ChallengeStatus } from '../challenges/challenge.entity.js';
import type { Demand } from './demand.entity.js';

/** What the caller may see of one demand, decided by DemandService. */
export interface DemandAccess {
  /** Confidential content withheld: only the teaser shows. */
  redacted: boolean;
  canEdit: boolean;
  /** The demand's 揭榜挂帅 call, if it has one (null too for a teaser reader). */
  challengeStatus: ChallengeStatus | null;
  accessRequest: OwnAccessRequestDto | null;
}

/**
 * The one place that turns a demand row into what a caller sees. A redacted view keeps only what helps a
 * stranger decide whether to ask for access: no description, keywords, contact, attachments, budget or
 * owner, and the region only to the province.
 */
/** What a nationwide demand (no region code) shows as its region. */
const NATIONWIDE = { 'zh-CN': '全国', en: 'Nationwide' } as const;

/** A demand's budget in 万元, hidden where its owner's figures are not shown. */
export function budgetWan(
  demand: Demand,
  hidden: boolean,
): { budgetMinWan: number | null; budgetMaxWan: number | null } {
  return {
    budgetMinWan: hidden ? null : yuanToWan(demand.budgetMinYuan),
    budgetMaxWan: hidden ? null : yuanToWan(demand.budgetMaxYuan),
  };
}

export function toDemandSummary(demand: Demand, redacted: boolean, lang: Language): DemandSummaryDto {
  const stored = demand.regionCode;
  const regionCode = stored && redacted ? (provinceOf(stored)?.code ?? stored) : stored;
  return {
    id: demand.id,
    title: demand.title,
    category: demand.category,
    industryCode: demand.industryCode,
    industryName: demand.industryCode ? (industryName(demand.industryCode, lang) ?? null) : null,
    fields: demand.fields,
    fieldNames: demand.fields.map((code) => techFieldName(code, lang) ?? code),
    regionCode,
    regionName: regionCode ? (regionName(regionCode, lang) ?? '') : NATIONWIDE[lang],
    regionRequired: demand.regionRequired,
    ...budgetWan(demand, redacted),
    deadline: demand.deadline,
    status: demand.status,
    visibility: demand.visibility,
    redacted,
    teaser: demand.visibility === 'confidential' ? demand.teaser : null,
    viewCount: demand.viewCount,
    publishedAt: demand.publishedAt,
    updatedAt: demand.updatedAt,
    organizationName: redacted ? null : (demand.organizationName ?? null),
  };
}

export function toDemandDto(demand: Demand, access: DemandAccess, lang: Language): DemandDto {
  const { redacted } = access;
  return {
    ...toDemandSummary(demand, redacted, lang),
    description: redacted ? null : demand.description,
    keywords: redacted ? [] : demand.keywords,
    trlRequired: demand.trlRequired,
    cooperationModes: demand.cooperationModes,
    attachments: redacted ? [] : demand.attachments,
    contact: redacted ? null : demand.contact,
    ndaText: demand.visibility === 'confidential' ? demand.ndaText : null,
    rejectionReason: access.canEdit ? demand.rejectionReason : null,
    organizationId: redacted ? null : demand.organizationId,
    canEdit: access.canEdit,
    challengeStatus: access.challengeStatus,
    accessRequest: access.accessRequest,
  };
}
