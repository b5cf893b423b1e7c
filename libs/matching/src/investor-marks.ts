import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService, type Actor } from '#identity';
import { Match, type MatchStatus } from './match.entity.js';

/**
 * An investor's explicit answer to a project at a roadshow. Stored data (event marks): never rename a value
 * without a migration.
 */
export const INVESTOR_MARKS = ['interested', 'meeting', 'not-interested'] as const;
export type InvestorMark = (typeof INVESTOR_MARKS)[number];

/** The match status a mark stands for: the same ladder a party climbs in its inbox. */
const MARK_STATUS: Record<InvestorMark, MatchStatus> = {
  interested: 'shortlisted',
  meeting: 'contacted',
  'not-interested': 'declined',
};

/** Why a match exists that the engine did not propose, per language like the engine's reasons. */
export const ROADSHOW_REASON = { 'zh-CN': ['路演现场标记'], en: ['Marked at a roadshow'] };

/** A posting and the organization that owns it. */
export interface OwnedPosting {
  id: string;
  organizationId: string;
}

/**
 * Investors' marks at roadshows, written onto the project ↔ financing-offer match: the one place outside
 * the engine that creates a match, because the investor's word is better evidence than a score. The
 * project is the need side (source), the offer the supply side (candidate), as the engine stores them.
 */
@Injectable()
export class InvestorMarks {
  constructor(private readonly audit: AuditService) {}

  /**
   * Records the mark as the investor's status on the pair's match in the caller's transaction (row
   * locked), creating the match with score 0 and the reason 路演现场标记 when the engine had not proposed
   * it; a later re-score keeps the status, since only untouched (`new`) matches leave the ranked lists.
   */
  async record(
    manager: EntityManager,
    pair: { project: OwnedPosting; offer: OwnedPosting },
    mark: InvestorMark,
    by: Actor,
  ): Promise<Match> {
    const { project, offer } = pair;
    await manager.query(
      `INSERT INTO matches (source_kind, source_id, source_organization_id, candidate_kind, candidate_id,
                            candidate_organization_id, score, features, reasons, score_history)
       VALUES ('project', $1, $2, 'financing-offer', $3, $4, 0, '{}', $5, '[]')
       ON CONFLICT ON CONSTRAINT matches_pair DO NOTHING`,
      [project.id, project.organizationId, offer.id, offer.organizationId, JSON.stringify(ROADSHOW_REASON)],
    );
    const match = await manager.findOneOrFail(Match, {
      where: {
        sourceKind: 'project',
        sourceId: project.id,
        candidateKind: 'financing-offer',
        candidateId: offer.id,
      },
      lock: { mode: 'pessimistic_write' },
    });
    const declined = mark === 'not-interested';
    match.status = MARK_STATUS[mark];
    match.declinedBy = declined ? 'candidate' : null;
    match.declineReasonCode = declined ? 'other' : null;
    match.declineText = declined ? ROADSHOW_REASON['zh-CN'][0]! : null;
    match.supersededAt = null;
    await manager.save(match);
    await this.audit.record(manager, {
      action: 'match.roadshow-mark',
      subjectType: 'match',
      subjectId: match.id,
      actorUserId: by.userId,
      organizationId: offer.organizationId,
      ip: by.ip,
      data: { mark },
    });
    return match;
  }
}
