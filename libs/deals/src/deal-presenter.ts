import { Injectable } from '@nestjs/common';
import { yuanToWan } from '#core';
import { OrganizationDirectory, type Actor } from '#identity';
import type { DealSide } from './deal-terms.js';
import type { Deal, DealTerms } from './deal.entity.js';
import type { DealDto, DealPartyDto, DealTermsDto } from './dto/deal.dto.js';

/** The side a caller acts for in a deal, and as which of their organizations. */
export interface Viewer {
  side: DealSide;
  organizationId: string;
}

/**
 * The caller's side: the acting organization when it is a party, else the first party the caller belongs
 * to (buyer first); null when the caller belongs to neither.
 */
export function sideOf(actor: Actor, deal: Deal): Viewer | null {
  const sides: Viewer[] = [
    { side: 'buyer' as const, organizationId: deal.buyerOrganizationId },
    { side: 'seller' as const, organizationId: deal.sellerOrganizationId },
  ].filter((viewer) => actor.memberships.has(viewer.organizationId));
  return sides.find((viewer) => viewer.organizationId === actor.organizationId) ?? sides[0] ?? null;
}

const wan = (yuan: string | null): number | null => yuanToWan(yuan);

/** Terms in the API's units: 万元 for money, the rest as stored. */
export function presentTerms(terms: Partial<DealTerms>): DealTermsDto {
  const { contractValueYuan, techTransactionYuan, ...rest } = terms;
  return {
    ...rest,
    ...(contractValueYuan === undefined ? {} : { contractValueWan: wan(contractValueYuan)! }),
    ...(techTransactionYuan === undefined ? {} : { techTransactionWan: wan(techTransactionYuan) }),
  };
}

/** Deals as a caller sees them: the parties named, money in 万元, and what the caller may do now. */
@Injectable()
export class DealPresenter {
  constructor(private readonly organizations: OrganizationDirectory) {}

  async present(actor: Actor, deals: Deal[]): Promise<DealDto[]> {
    const names = await this.organizations.summaries(
      deals.flatMap((deal) => [deal.buyerOrganizationId, deal.sellerOrganizationId]),
    );
    const party = (id: string, type: string, regionCode: string, confirmedAt: Date | null): DealPartyDto => ({
      id,
      name: names.get(id)?.name ?? '',
      type,
      regionCode,
      confirmedAt: confirmedAt?.toISOString() ?? null,
    });
    return deals.map((deal) => {
      const viewer = sideOf(actor, deal);
      const role = viewer && actor.memberships.get(viewer.organizationId);
      const speaks = role === 'owner' || role === 'admin';
      const own = viewer && (viewer.side === 'buyer' ? deal.buyerConfirmedAt : deal.sellerConfirmedAt);
      const change = deal.pendingChange;
      const awaitingViewer = !!viewer && (change ? change.bySide !== viewer.side : !own);
      return {
        id: deal.id,
        source: deal.sourceType && deal.sourceId ? { type: deal.sourceType, id: deal.sourceId } : null,
        buyer: party(deal.buyerOrganizationId, deal.buyerType, deal.buyerRegionCode, deal.buyerConfirmedAt),
        seller: party(
          deal.sellerOrganizationId,
          deal.sellerType,
          deal.sellerRegionCode,
          deal.sellerConfirmedAt,
        ),
        kind: deal.kind,
        category: deal.category,
        projectName: deal.projectName,
        contractValueWan: wan(deal.contractValueYuan)!,
        techTransactionWan: wan(deal.techTransactionYuan),
        signedOn: deal.signedOn,
        termMonths: deal.termMonths,
        techField: deal.techField,
        ipType: deal.ipType,
        registrationNumber: deal.registrationNumber,
        stage: deal.stage,
        stageDates: deal.stageDates,
        status: deal.status,
        counts: deal.status === 'confirmed',
        viewerSide: viewer?.side ?? null,
        awaitingViewer,
        dispute:
          deal.disputedBy && deal.disputedAt
            ? { by: deal.disputedBy, reason: deal.disputeReason ?? '', at: deal.disputedAt.toISOString() }
            : null,
        pendingChange: change
          ? { terms: presentTerms(change.terms), by: change.bySide, at: change.at }
          : null,
        actions: {
          confirm: speaks && awaitingViewer,
          dispute: speaks && deal.status !== 'disputed',
          edit: speaks && !(change && change.bySide !== viewer!.side),
          stage: !!viewer && deal.status !== 'disputed' && !['completed', 'terminated'].includes(deal.stage),
        },
        version: deal.version,
        createdAt: deal.createdAt.toISOString(),
        updatedAt: deal.updatedAt.toISOString(),
      };
    });
  }
}
