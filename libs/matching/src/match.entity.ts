import { Column, Entity, Index, Unique } from 'typeorm';
import { UpdatedRow } from '#database';
import type { PostingKind } from '#core';

/** Stored data: never rename a value without a migration. */
export const MATCH_STATUSES = ['new', 'viewed', 'contacted', 'shortlisted', 'declined'] as const;
export type MatchStatus = (typeof MATCH_STATUSES)[number];

/** Why a party declined a match. Stored data: never rename a value without a migration. */
export const DECLINE_REASONS = [
  'too-early',
  'budget-mismatch',
  'wrong-field',
  'region',
  'already-solved',
  'description-unclear',
  'other',
] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

/** Features, reasons and warnings as one side may read them. */
export interface StoredView {
  features: Record<string, number | null>;
  reasons: Record<string, string[]>;
  warnings: Record<string, string[]>;
}

/** The view without each confidential side's hidden facts, keyed by that side. */
export type RedactedExplanations = Partial<Record<'source' | 'candidate', StoredView>>;

/** One scoring of a pair, kept so an edit that changes the fit leaves a trace. */
export interface ScorePoint {
  score: number;
  at: string;
}

/**
 * A scored pair, stored once: the need side (a demand, or a project looking for finance) as the source
 * and the supply side (expert, achievement, project, financing offer) as the candidate, whichever of the
 * two was published first. Re-scoring updates the row and appends to its history.
 */
@Entity('matches')
@Unique('matches_pair', ['sourceKind', 'sourceId', 'candidateKind', 'candidateId'])
@Index('matches_source_ranked', ['sourceKind', 'sourceId', 'score'])
@Index('matches_candidate', ['candidateKind', 'candidateId'])
// Decline feedback counts a candidate's answered matches at every match it is proposed for; a popular
// posting gathers many unanswered ones, which this index leaves out.
@Index('matches_candidate_answered', ['candidateKind', 'candidateId'], { where: "status <> 'new'" })
@Index('matches_candidate_organization', ['candidateOrganizationId', 'updatedAt'])
@Index('matches_source_organization', ['sourceOrganizationId', 'updatedAt'])
// The Beijing day reporting_facts counts the row on (migrations/…-ReportingDaily.ts, issue 18).
@Index('matches_created_day', { synchronize: false })
@Index('matches_declined_day', { synchronize: false })
// Whom the row in reporting_facts belongs to, for a drill-down by organization (…-ReportingDailyParties.ts).
@Index('matches_parties', { synchronize: false })
export class Match extends UpdatedRow {
  @Column({ type: 'varchar', length: 20 })
  sourceKind: PostingKind;

  @Column({ type: 'uuid' })
  sourceId: string;

  /** Denormalized owners, so the inbox and the access check need no join across five tables. */
  @Column({ type: 'uuid' })
  sourceOrganizationId: string;

  @Column({ type: 'varchar', length: 20 })
  candidateKind: PostingKind;

  @Column({ type: 'uuid' })
  candidateId: string;

  @Column({ type: 'uuid' })
  candidateOrganizationId: string;

  /** 0–1, four decimals. Read back as a string by pg; the service converts. */
  @Column({ type: 'numeric', precision: 6, scale: 4 })
  score: string;

  /** Feature name → 0–1, or null where the pair carries no evidence (see libs/matching features). */
  @Column({ type: 'jsonb' })
  features: Record<string, number | null>;

  /** Reasons in favour per language: `{ "zh-CN": [...], "en": [...] }`. */
  @Column({ type: 'jsonb' })
  reasons: Record<string, string[]>;

  /** Misfits (TRL short, amounts apart, outside a required region) per language, like `reasons`. */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  warnings: Record<string, string[]>;

  /**
   * For a pair with a confidential side: the features, reasons and warnings as the other side may read
   * them without access, keyed by the side that keeps facts back. Null when neither side does.
   */
  @Column({ type: 'jsonb', nullable: true })
  redacted: RedactedExplanations | null;

  @Column({ type: 'varchar', length: 20, default: 'new' })
  status: MatchStatus;

  @Column({ type: 'varchar', length: 30, nullable: true })
  declineReasonCode: DeclineReason | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  declineText: string | null;

  /**
   * When the match was declined: set by the database when the status becomes `declined` (and cleared when
   * it moves away), whoever writes it; the day the dashboards count the decline on (issue 18).
   */
  @Column({ type: 'timestamptz', nullable: true })
  declinedAt: Date | null;

  /** Which side declined: its owners' view of the match, the other side's aggregate. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  declinedBy: 'source' | 'candidate' | null;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  scoreHistory: ScorePoint[];

  /**
   * The score the parties were last told about, and when: set in the same upsert that decides to notify,
   * under the row's lock, so two jobs scoring the same pair at once notify once. The time also versions
   * the notification, so a later clear improvement is a new notification, not a duplicate of the first.
   */
  @Column({ type: 'numeric', precision: 6, scale: 4, nullable: true })
  notifiedScore: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  notifiedAt: Date | null;

  /**
   * When a re-score (or the posting's closing) dropped a pair the parties had been told about: such a
   * match is never deleted, since notifications link to it; it leaves the posting's ranked list and stays
   * in the inbox and at its own address, marked superseded. Cleared when a later re-score ranks it again.
   */
  @Column({ type: 'timestamptz', nullable: true })
  supersededAt: Date | null;
}
