import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, Not, type DataSource, type EntityManager } from 'typeorm';
import { NotFoundError, ValidationError, type Language, type PostingKind } from '#core';
import { closestFields, retrievalFields } from './retrieval-fields.js';
import { retrievalQueries } from './retrieval-queries.js';
import { inTransaction } from '#database';
import { AuditService, type Actor } from '#identity';
import { decodeCursor, encodeCursor, postingAbilityFor, postingSubject } from '#postings';
import { EventType, outboxInsertSql } from '#queue';
import { SEARCH_ENGINE, TextAnalyzer, type ParsedQuery, type SearchEngine } from '#search';
import { candidateStatement, type CandidateRow } from './candidate-statement.js';
import type {
  DeclineMatchDto,
  DeclineSummaryDto,
  MatchDto,
  MatchListDto,
  MatchPageQueryDto,
} from './dto/match.dto.js';
import {
  Match,
  type DeclineReason,
  type MatchStatus,
  type RedactedExplanations,
  type StoredView,
} from './match.entity.js';
import { filedUnder, POSTING_PROFILE_SOURCES, type PostingRow } from './posting-profiles.js';
import {
  MatchProfileStore,
  profileRecords,
  profileUpsertSql,
  type StampedRow,
} from './match-profile.store.js';
import { counterpartKinds, pairTypeOf, type MatchProfile } from './profile.js';
import { MatchScorer, type ExplainedView, type ScoredMatch } from './scorer.js';
import { MatchConversations } from './match-conversations.js';
import { explanationFor, MatchPresenter, type PostingRef } from './match-presenter.js';
import { loadProfile, PROFILE_VERSION } from './stored-profile.js';

/** Candidates per counterpart kind the engine and the field fallback may bring, together. */
export const CANDIDATE_CAP = 200;
/**
 * Matches kept per posting and counterpart kind: every retrieved candidate that fits at all is ranked and
 * stored (the lists are paged), so a short list never caps recall; the parties are told only about the
 * ones above NOTIFY_MIN_SCORE. MIN_SCORE keeps out the pairs with no topical evidence left.
 */
export const MATCHES_KEPT = CANDIDATE_CAP;
export const MIN_SCORE = 0.01;
/**
 * The parties hear about a match when it first scores at least NOTIFY_MIN_SCORE, and again only when a
 * re-score beats the score they were told about by NOTIFY_IMPROVEMENT: small drifts after edits are noise.
 */
export const NOTIFY_MIN_SCORE = 0.3;
/** Matches per page of a posting's list or the inbox when the caller names no limit (as before paging). */
const DEFAULT_PAGE = 100;
export const NOTIFY_IMPROVEMENT = 0.1;

/** One side of a notified match: who to tell, and about which posting of the other side. */
export interface MatchNoticeSide {
  organizationId: string;
  /** Users to tell besides the organization's members: the expert who claimed an expert posting. */
  userIds: string[];
  /** The side's own posting of the pair. */
  own: { kind: PostingKind; id: string; title: string };
  counterpart: { kind: PostingKind; id: string; title: string };
  /**
   * Why it fits, as this side may be told: without the hidden facts of a confidential counterpart,
   * whatever grants stand (a notification outlives a revocation).
   */
  reasons: { zh: string[]; en: string[] };
  warnings: { zh: string[]; en: string[] };
}

export interface MatchNotice {
  matchId: string;
  version: string;
  score: number;
  /** The candidate's side first: it is the one hearing about a posting it did not go looking for. */
  sides: MatchNoticeSide[];
}

export type MatchOutcome = { outcome: 'matched'; stored: number } | { outcome: 'removed'; removed: number };

/** What a party may do to a match; `view` never moves a match back from contacted or shortlisted. */
/** A stored match as other contexts read it: its two postings, its score and each side's reasons. */
export interface StoredPair {
  id: string;
  score: number;
  /** The postings with their titles as matches show them (a confidential one's teaser). */
  source: { kind: PostingKind; id: string; title: string };
  candidate: { kind: PostingKind; id: string; title: string };
  /**
   * Reasons per language as each side may read them (without the other side's confidential facts unless
   * it holds a grant on them, as in /matches), and as an onlooker of neither side (an event's organizer)
   * may: without either side's.
   */
  reasonsSeenBy: Record<'source' | 'candidate' | 'onlooker', Record<string, string[]>>;
}

export type MatchAction = 'view' | 'contact' | 'shortlist' | 'decline';
const ACTION_STATUS: Record<MatchAction, MatchStatus> = {
  view: 'viewed',
  contact: 'contacted',
  shortlist: 'shortlisted',
  decline: 'declined',
};

/** Which side of the match the actor's organizations are on (the source's first), if either. */
const partySide = (actor: Actor, match: Match): 'source' | 'candidate' | undefined =>
  actor.memberships.has(match.sourceOrganizationId)
    ? 'source'
    : actor.memberships.has(match.candidateOrganizationId)
      ? 'candidate'
      : undefined;

/** A re-scored pair worth telling the parties about again (the SET clause of the upsert in `store`). */
const NOTIFY_WORTHY = `EXCLUDED.score >= $2 AND (matches.notified_score IS NULL
                        OR EXCLUDED.score >= matches.notified_score + $3)`;

/**
 * The explanations of a pair as each side may read it without access to the other (need = source):
 * null when neither side is confidential.
 */
function redactedViews(match: ScoredMatch): RedactedExplanations | null {
  const source = match.viewWithout('need');
  const candidate = match.viewWithout('supply');
  if (!source && !candidate) return null;
  const stored = (view: ExplainedView): StoredView => ({
    features: view.features,
    reasons: { ...view.reasons },
    warnings: { ...view.warnings },
  });
  return { ...(source && { source: stored(source) }), ...(candidate && { candidate: stored(candidate) }) };
}

/**
 * The reasons of a pair for someone on neither side: the view without the confidential side's facts,
 * and none when both sides keep facts back (no stored view leaves out both).
 */
const STORED_PAIR_COLUMNS = [
  'id',
  'score',
  'sourceKind',
  'sourceId',
  'sourceOrganizationId',
  'candidateKind',
  'candidateId',
  'candidateOrganizationId',
  'features',
  'reasons',
  'warnings',
  'redacted',
] as const satisfies readonly (keyof Match)[];

function onlookerReasons(match: Match): Record<string, string[]> {
  const { source, candidate } = match.redacted ?? {};
  if (source && candidate) return {};
  return (source ?? candidate ?? match).reasons;
}

const SUBJECT_NAMES = {
  demand: 'Demand',
  expert: 'Expert',
  achievement: 'Achievement',
  project: 'Project',
  'financing-offer': 'FinancingOffer',
} as const;

const DECLINE_LABELS: Record<DeclineReason, { zh: string; en: string }> = {
  'too-early': { zh: '时机过早', en: 'too early' },
  'budget-mismatch': { zh: '预算不符', en: 'budget mismatch' },
  'wrong-field': { zh: '领域不符', en: 'wrong field' },
  region: { zh: '地域不符', en: 'region' },
  'already-solved': { zh: '问题已解决', en: 'already solved' },
  'description-unclear': { zh: '描述不清', en: 'description unclear' },
  other: { zh: '其他', en: 'other' },
};

/**
 * Matching as the product runs it: scores a posting against the open postings it pairs with, stores
 * one row per pair, and serves the parties' lists and actions. The search engine only proposes
 * candidates; every fact scored is read from PostgreSQL, since the posting's own search document may
 * not be indexed yet when its matching job runs.
 */
@Injectable()
export class MatchingService {
  private readonly logger = new Logger(MatchingService.name);
  private readonly analyzer = TextAnalyzer.shared();
  private readonly scorer = new MatchScorer();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly audit: AuditService,
    private readonly presenter: MatchPresenter,
    private readonly conversations: MatchConversations,
    private readonly profileStore: MatchProfileStore,
  ) {}

  /**
   * (Re)scores one posting against every open posting of the kinds it pairs with. Safe to run twice: the
   * pair's row is updated, not duplicated, and its score history grows only when the score changed. A
   * posting that is gone, closed or withdrawn loses its matches. Stores the posting's own profile, so
   * matching others against it later reads it instead of analyzing its text again.
   */
  async matchPosting(kind: PostingKind, id: string, now = new Date()): Promise<MatchOutcome> {
    const source = POSTING_PROFILE_SOURCES[kind];
    const [stamped] = await this.profileStore.read(kind, [id]);
    if (!stamped || !source.openStatuses.includes(stamped.row.status)) {
      const removed = await this.removeMatchesOf(kind, id);
      await this.profileStore.remove(kind, id);
      return { outcome: 'removed', removed };
    }
    const { row } = stamped;
    const profile = this.profileStore.build(kind, row);
    const queries = this.engineQueries(profile);
    // The kinds' searches are independent, so they run side by side on separate connections: a match
    // waits for the slowest kind, not for their sum. What they found is stored at once.
    const ranked = await Promise.all(
      counterpartKinds(kind).map(async (counterpart) => {
        const candidates = await this.candidates(profile, row, counterpart, queries);
        const matches = this.scorer
          .rank(profile, candidates.profiles, now)
          .filter((match) => match.score >= MIN_SCORE)
          .slice(0, MATCHES_KEPT);
        return { counterpart, matches, owners: candidates.owners };
      }),
    );
    return { outcome: 'matched', stored: await this.store(kind, stamped, profile, ranked) };
  }

  /**
   * Open, non-confidential postings of `counterpart` worth scoring: the engine's hits for the keywords
   * and the title (alternatives, not a conjunction), then postings filed under an overlapping field,
   * capped; never the source's own organization's. Confidential postings are not proposed to strangers.
   * One statement brings them with their stored profiles and decline feedback; only candidates without
   * a current profile are read and analyzed again.
   */
  async candidates(
    profile: MatchProfile,
    row: PostingRow,
    counterpart: PostingKind,
    queries: readonly ParsedQuery[],
  ): Promise<{ profiles: MatchProfile[]; owners: Map<string, string> }> {
    const statement = candidateStatement(POSTING_PROFILE_SOURCES[counterpart], {
      engineIds: await this.engineCandidates(queries, counterpart),
      fields: retrievalFields(filedUnder(profile.kind, row)),
      closest: closestFields(filedUnder(profile.kind, row)),
      sourceId: row.id,
      sourceOrganizationId: row.organizationId,
      kind: counterpart,
      version: PROFILE_VERSION,
      cap: CANDIDATE_CAP,
    });
    const rows = await this.dataSource.query<CandidateRow[]>(statement.sql, statement.params);
    const missing = rows.filter((candidate) => candidate.profile === null).map((candidate) => candidate.id);
    const rebuilt = missing.length > 0 ? await this.profileStore.rebuild(counterpart, missing) : new Map();
    const profiles: MatchProfile[] = [];
    const owners = new Map<string, string>();
    for (const candidate of rows) {
      const built = candidate.profile ? loadProfile(candidate.profile) : rebuilt.get(candidate.id);
      if (!built) continue;
      const { shown, declined } = candidate;
      profiles.push(shown > 0 ? { ...built, feedback: { shown, declined } } : built);
      owners.set(candidate.id, candidate.organization_id);
    }
    return { profiles, owners };
  }

  /** The keywords and the title as engine queries, analyzed once for every counterpart kind. */
  private engineQueries(profile: MatchProfile): ParsedQuery[] {
    return retrievalQueries(profile, this.analyzer.words(profile.title)).map((text) =>
      this.analyzer.parse(text),
    );
  }

  /**
   * The engine's best hits for any of the keywords and the title, in one query. An engine outage must
   * not stop matching: the field-overlap fallback still finds candidates, and the next edit (or a
   * re-run) widens them again.
   */
  private async engineCandidates(
    queries: readonly ParsedQuery[],
    counterpart: PostingKind,
  ): Promise<string[]> {
    try {
      const keys = await this.engine.bestMatches(queries, { kind: counterpart }, 'signed-in', CANDIDATE_CAP);
      return keys.map((key) => key.id);
    } catch (error) {
      this.logger.warn(`Search engine unavailable for matching: ${(error as Error).message}`);
      return [];
    }
  }

  /**
   * Stores a match in one statement, so in one round trip and atomic without a transaction of its own:
   * the posting's profile; the ranked pairs of every counterpart kind, need side as the source (a pair
   * already stored keeps its status, so a declined match stays declined after an edit, and appends the
   * new score to its history when it changed); the outbox events of the matches worth telling about;
   * and the pairs of this posting that no longer rank and nobody has acted on: dropped if nobody was
   * told about them, marked superseded if a notification links to them (acted-on ones stay as the
   * parties left them). The dropped and the upserted pairs are disjoint, so the statement's single
   * snapshot changes nothing for them.
   */
  private async store(
    kind: PostingKind,
    stamped: StampedRow,
    profile: MatchProfile,
    ranked: { counterpart: PostingKind; matches: ScoredMatch[]; owners: ReadonlyMap<string, string> }[],
  ): Promise<number> {
    const { row } = stamped;
    const at = new Date().toISOString();
    const sides = ranked.map(({ counterpart, matches, owners }) => ({
      counterpart,
      matches,
      owners,
      swapped: pairTypeOf(kind, counterpart)!.swapped,
    }));
    const records = sides.flatMap(({ matches, owners, swapped }) =>
      matches.map((match) => {
        const candidateOwner = owners.get(swapped ? match.need.id : match.supply.id)!;
        return {
          source_kind: match.need.kind,
          source_id: match.need.id,
          source_organization_id: swapped ? candidateOwner : row.organizationId,
          candidate_kind: match.supply.kind,
          candidate_id: match.supply.id,
          candidate_organization_id: swapped ? row.organizationId : candidateOwner,
          score: match.score,
          features: match.features,
          reasons: match.reasons,
          warnings: match.warnings,
          redacted: redactedViews(match),
          score_history: [{ score: match.score, at }],
        };
      }),
    );
    // The other ends of the pairs that still rank; this posting is the source of a pair for the kinds it
    // is the need side of, and the candidate for the others.
    const kept = sides.flatMap(({ matches, swapped }) =>
      matches.map((match) => (swapped ? match.need : match.supply)),
    );
    const counterpartsAs = (swapped: boolean) =>
      sides.filter((side) => side.swapped === swapped).map((side) => side.counterpart);
    // The notify decision is made in the upsert, on the locked row: `notified_at = now()` afterwards
    // means this statement set it, so exactly one writer of a pair emits the event.
    // The posting and the counterparts are share-locked as the versions scored: a close or an edit that
    // committed since they were read leaves them out (its own job re-scores or removes), and one still
    // running waits for this statement, so a closed posting never gets matches back after its removal.
    const counterparts = sides.map(({ counterpart, matches, swapped }, i) => {
      const source = POSTING_PROFILE_SOURCES[counterpart];
      const ids = matches.map((match) => (swapped ? match.need.id : match.supply.id));
      return {
        sql: `open_${i} AS (
           SELECT '${counterpart}'::varchar AS kind, id FROM ${source.table}
            WHERE id = ANY($${13 + 2 * i}::uuid[]) AND status = ANY($${14 + 2 * i}::text[])
            ${source.confidentialMatched ? '' : `AND visibility <> 'confidential'`}
              FOR SHARE)`,
        params: [ids, source.openStatuses],
      };
    });
    const opened =
      sides.map((_, i) => `SELECT kind, id FROM open_${i}`).join(' UNION ALL ') ||
      'SELECT NULL::varchar, NULL::uuid';
    const [{ stored }] = await this.dataSource.query<[{ stored: number }]>(
      `WITH current AS (
         SELECT id FROM ${POSTING_PROFILE_SOURCES[kind].table}
          WHERE id = $5 AND updated_at = $${13 + 2 * sides.length}::timestamptz FOR SHARE
       ), ${counterparts.map((c) => c.sql + ', ').join('')}opened AS (${opened}), kept AS (
         SELECT * FROM unnest($8::varchar[], $9::uuid[]) AS k(kind, id)
       ), unranked AS (
         SELECT id, notified_at IS NOT NULL AS told FROM matches
          WHERE status = 'new' AND superseded_at IS NULL
            AND ((source_kind = $4 AND source_id = $5 AND candidate_kind = ANY($6)
                  AND (candidate_kind, candidate_id) NOT IN (SELECT kind, id FROM kept))
              OR (candidate_kind = $4 AND candidate_id = $5 AND source_kind = ANY($7)
                  AND (source_kind, source_id) NOT IN (SELECT kind, id FROM kept)))
       ), dropped AS (
         DELETE FROM matches WHERE id IN (SELECT id FROM unranked WHERE NOT told) AND EXISTS (SELECT FROM current)
       ), superseded AS (
         UPDATE matches SET superseded_at = now()
          WHERE id IN (SELECT id FROM unranked WHERE told) AND EXISTS (SELECT FROM current)
       ), upserted AS (
         INSERT INTO matches (source_kind, source_id, source_organization_id, candidate_kind, candidate_id,
                              candidate_organization_id, score, features, reasons, warnings, redacted,
                              score_history, notified_score, notified_at)
         SELECT r.source_kind, r.source_id, r.source_organization_id, r.candidate_kind, r.candidate_id,
                r.candidate_organization_id, r.score, r.features, r.reasons, r.warnings, r.redacted,
                r.score_history,
                CASE WHEN r.score >= $2 THEN r.score END, CASE WHEN r.score >= $2 THEN now() END
           FROM jsonb_to_recordset($1::jsonb) AS r(source_kind varchar, source_id uuid,
                source_organization_id uuid, candidate_kind varchar, candidate_id uuid,
                candidate_organization_id uuid, score numeric, features jsonb, reasons jsonb,
                warnings jsonb, redacted jsonb, score_history jsonb)
          WHERE EXISTS (SELECT FROM current)
            AND (CASE WHEN r.source_id = $5 THEN r.candidate_kind ELSE r.source_kind END,
                 CASE WHEN r.source_id = $5 THEN r.candidate_id ELSE r.source_id END) IN (SELECT kind, id FROM opened)
         ON CONFLICT ON CONSTRAINT matches_pair DO UPDATE SET
           score = EXCLUDED.score,
           features = EXCLUDED.features,
           reasons = EXCLUDED.reasons,
           warnings = EXCLUDED.warnings,
           redacted = EXCLUDED.redacted,
           source_organization_id = EXCLUDED.source_organization_id,
           candidate_organization_id = EXCLUDED.candidate_organization_id,
           score_history = CASE WHEN matches.score = EXCLUDED.score THEN matches.score_history
                                ELSE matches.score_history || EXCLUDED.score_history END,
           notified_score = CASE WHEN ${NOTIFY_WORTHY} THEN EXCLUDED.score ELSE matches.notified_score END,
           notified_at = CASE WHEN ${NOTIFY_WORTHY} THEN now() ELSE matches.notified_at END,
           superseded_at = NULL,
           updated_at = now()
         RETURNING id, notified_at IS NOT NULL AND notified_at = now() AS notify
       ), notified AS (
         ${outboxInsertSql('$10', `SELECT jsonb_build_object('matchId', id) FROM upserted WHERE notify`)}
       ), profiled AS (
         ${profileUpsertSql(POSTING_PROFILE_SOURCES[kind].table, '$4', '$11', '$12')}
       )
       SELECT count(*)::int AS stored FROM upserted`,
      [
        JSON.stringify(records),
        NOTIFY_MIN_SCORE,
        NOTIFY_IMPROVEMENT,
        kind,
        row.id,
        counterpartsAs(false),
        counterpartsAs(true),
        kept.map((end) => end.kind),
        kept.map((end) => end.id),
        EventType.MatchFound,
        PROFILE_VERSION,
        JSON.stringify(profileRecords([{ profile, row: stamped }])),
        ...counterparts.flatMap((c) => c.params),
        stamped.stamp,
      ],
    );
    return stored;
  }

  /**
   * A closed or withdrawn posting's matches leave every ranked list: the ones nobody was told about or
   * acted on are deleted, the others are marked superseded, since notifications and conversations link
   * to them. Returns how many left the lists.
   */
  private async removeMatchesOf(kind: PostingKind, id: string, manager?: EntityManager): Promise<number> {
    const [{ removed }] = await (manager ?? this.dataSource.manager).query<[{ removed: number }]>(
      `WITH ended AS (
         SELECT id, notified_at IS NULL AND status = 'new' AS untold FROM matches
          WHERE ((source_kind = $1 AND source_id = $2) OR (candidate_kind = $1 AND candidate_id = $2))
            AND superseded_at IS NULL
       ), dropped AS (
         DELETE FROM matches WHERE id IN (SELECT id FROM ended WHERE untold)
       ), superseded AS (
         UPDATE matches SET superseded_at = now() WHERE id IN (SELECT id FROM ended WHERE NOT untold)
       )
       SELECT count(*)::int AS removed FROM ended`,
      [kind, id],
    );
    return removed;
  }

  /**
   * What the parties of a notified match should hear, for the notify job: for each side, who (its
   * organization's members, and the expert who claimed an expert posting) and the other side's title
   * (its teaser when confidential). `version` is when the match was last judged worth notifying, so a
   * later clear improvement is a new notification. Null when the match is gone or was never notified.
   */
  async noticeOf(matchId: string): Promise<MatchNotice | null> {
    const match = await this.dataSource.getRepository(Match).findOneBy({ id: matchId });
    if (!match?.notifiedAt) return null;
    const ends = [
      { kind: match.sourceKind, id: match.sourceId },
      { kind: match.candidateKind, id: match.candidateId },
    ];
    const rows = await Promise.all(
      ends.map(({ kind, id }) =>
        this.dataSource.getRepository(POSTING_PROFILE_SOURCES[kind].entity).findOneBy({ id }),
      ),
    );
    const [source, candidate] = rows as [
      (PostingRow & { claimedBy?: string | null }) | null,
      (PostingRow & { claimedBy?: string | null }) | null,
    ];
    if (!source || !candidate) return null;
    const titleOf = (kind: PostingKind, row: PostingRow) =>
      row.visibility === 'confidential' ? (row.teaser ?? '') : POSTING_PROFILE_SOURCES[kind].title(row);
    const side = (
      ownKind: PostingKind,
      own: PostingRow & { claimedBy?: string | null },
      otherKind: PostingKind,
      other: PostingRow,
      otherSide: 'source' | 'candidate',
    ): MatchNoticeSide => {
      const view = explanationFor(match, otherSide, other.visibility === 'confidential');
      const both = (fragments: Record<string, string[]>) => ({
        zh: fragments['zh-CN'] ?? [],
        en: fragments['en'] ?? [],
      });
      return {
        organizationId: own.organizationId,
        userIds: own.claimedBy ? [own.claimedBy] : [],
        own: { kind: ownKind, id: own.id, title: titleOf(ownKind, own) },
        counterpart: { kind: otherKind, id: other.id, title: titleOf(otherKind, other) },
        reasons: both(view.reasons),
        warnings: both(view.warnings),
      };
    };
    return {
      matchId: match.id,
      version: match.notifiedAt.getTime().toString(),
      score: Number(match.score),
      sides: [
        side(match.candidateKind, candidate, match.sourceKind, source, 'source'),
        side(match.sourceKind, source, match.candidateKind, candidate, 'candidate'),
      ],
    };
  }

  /**
   * A posting's current matches, best first, a page at a time, for its owners and moderators; 404 for
   * anyone else. Superseded matches are off the ranked list (they stay in the inbox and at their own
   * address). The decline summary counts every answered match of the posting, not only the page's.
   */
  async listForPosting(
    actor: Actor,
    kind: PostingKind,
    id: string,
    lang: Language,
    page: MatchPageQueryDto = {},
  ): Promise<MatchListDto> {
    const source = POSTING_PROFILE_SOURCES[kind];
    const row = await this.dataSource.getRepository(source.entity).findOneBy({ id });
    const ability = postingAbilityFor(actor);
    const subject =
      row && postingSubject(SUBJECT_NAMES[kind], row as PostingRow & { claimedBy?: string | null });
    if (!row || !subject || !(ability.can('edit', subject) || ability.can('moderate', subject)))
      throw new NotFoundError('not-found');
    const limit = page.limit ?? DEFAULT_PAGE;
    const query = this.dataSource
      .getRepository(Match)
      .createQueryBuilder('m')
      .where(
        `((m.source_kind = :kind AND m.source_id = :id AND (:other::varchar IS NULL OR m.candidate_kind = :other))
          OR (m.candidate_kind = :kind AND m.candidate_id = :id AND (:other::varchar IS NULL OR m.source_kind = :other)))`,
        { kind, id, other: page.kind ?? null },
      )
      .andWhere('m.superseded_at IS NULL')
      .orderBy('m.score', 'DESC')
      .addOrderBy('m.id', 'ASC')
      .take(limit + 1);
    if (page.cursor) {
      const [score, after] = decodeCursor(page.cursor);
      query.andWhere('(m.score < :score OR (m.score = :score AND m.id > :after))', { score, after });
    }
    const [found, answered] = await Promise.all([
      query.getMany(),
      this.dataSource.getRepository(Match).find({
        where: [
          { sourceKind: kind, sourceId: id, status: Not('new') },
          { candidateKind: kind, candidateId: id, status: Not('new') },
        ],
      }),
    ]);
    const matches = found.slice(0, limit);
    const last = matches[matches.length - 1];
    const items = await this.presenter.present(
      matches,
      (match) => match.sourceId === id && match.sourceKind === kind,
      lang,
      ability.can('moderate', subject),
    );
    return {
      items,
      declines: this.declineSummary(answered, kind, id, lang),
      nextCursor: found.length > limit && last ? encodeCursor(last.score, last.id) : null,
    };
  }

  /**
   * The acting organization's inbox: the matches of its postings, on either side of the pair, that it
   * was told about (NOTIFY_MIN_SCORE), newest first, a page at a time. Superseded ones stay, marked: the
   * inbox holds every match a notification links to. The weaker ones stay on each posting's own list.
   */
  async inbox(
    actor: Actor,
    lang: Language,
    page: MatchPageQueryDto = {},
  ): Promise<{ items: MatchDto[]; nextCursor: string | null }> {
    const organizationId = actor.organizationId;
    if (!organizationId) return { items: [], nextCursor: null };
    const limit = page.limit ?? DEFAULT_PAGE;
    const query = this.dataSource
      .getRepository(Match)
      .createQueryBuilder('m')
      .where('(m.source_organization_id = :org OR m.candidate_organization_id = :org)', {
        org: organizationId,
      })
      .andWhere('m.notified_at IS NOT NULL')
      .orderBy('m.updated_at', 'DESC')
      .addOrderBy('m.id', 'ASC')
      .take(limit + 1);
    if (page.kind) {
      query.andWhere(
        `((m.source_organization_id = :org AND m.candidate_kind = :other)
          OR (m.candidate_organization_id = :org AND m.source_kind = :other))`,
        { other: page.kind },
      );
    }
    if (page.cursor) {
      const [at, after] = decodeCursor(page.cursor);
      query.andWhere('(m.updated_at < :at OR (m.updated_at = :at AND m.id > :after))', { at, after });
    }
    const found = await query.getMany();
    const matches = found.slice(0, limit);
    const last = matches[matches.length - 1];
    return {
      items: await this.presenter.present(
        matches,
        (match) => match.sourceOrganizationId === organizationId,
        lang,
      ),
      // Microseconds matter for the keyset: the timestamp's text keeps them, a Date would not.
      nextCursor:
        found.length > limit && last ? encodeCursor(await this.exactUpdatedAt(last.id), last.id) : null,
    };
  }

  private async exactUpdatedAt(matchId: string): Promise<string> {
    const [row] = await this.dataSource.query<{ at: string }[]>(
      `SELECT updated_at::text AS at FROM matches WHERE id = $1`,
      [matchId],
    );
    return row!.at;
  }

  /**
   * The two organizations of a match, for other contexts (a deal recorded from it) that must check a
   * caller is a party without reading the matches table; null when there is no such match.
   */
  async partiesOf(matchId: string): Promise<{ organizationIds: [string, string] } | null> {
    const match = await this.dataSource.getRepository(Match).findOneBy({ id: matchId });
    return match ? { organizationIds: [match.sourceOrganizationId, match.candidateOrganizationId] } : null;
  }

  /**
   * The stored matches of which one posting is among `postings` and the other among `counterparts`
   * (either as source), best first: an event's suggested pairs read them without the matches table.
   */
  async storedBetween(
    postings: readonly PostingRef[],
    counterparts: readonly PostingRef[],
    limit: number,
  ): Promise<StoredPair[]> {
    if (postings.length === 0 || counterparts.length === 0) return [];
    const kindsOf = (refs: readonly PostingRef[]) => [...new Set(refs.map((ref) => ref.kind))];
    // The kinds, though implied by the ids, let PostgreSQL answer from the indexes that begin with them
    // (matches_source_ranked, matches_candidate): by ids alone it scans every match (issue 17, ~50×).
    const matches = await this.dataSource
      .getRepository(Match)
      .createQueryBuilder('m')
      // What the pairs show: no score history nor decline text to read and hydrate for hundreds of rows.
      .select(STORED_PAIR_COLUMNS.map((column) => `m.${column}`))
      .where(
        new Brackets((q) =>
          q
            .where(
              `m.source_kind IN (:...mineKinds) AND m.source_id IN (:...mine)
               AND m.candidate_kind IN (:...otherKinds) AND m.candidate_id IN (:...others)`,
            )
            .orWhere(
              `m.candidate_kind IN (:...mineKinds) AND m.candidate_id IN (:...mine)
               AND m.source_kind IN (:...otherKinds) AND m.source_id IN (:...others)`,
            ),
        ),
        {
          mine: postings.map((ref) => ref.id),
          mineKinds: kindsOf(postings),
          others: counterparts.map((ref) => ref.id),
          otherKinds: kindsOf(counterparts),
        },
      )
      .orderBy('m.score', 'DESC')
      .limit(limit)
      .getMany();
    // Each side reads the other's hidden facts only as /matches shows them: its own, or under a grant.
    const { hidden, titles } = await this.presenter.shownTo(
      matches.flatMap((m) => [
        { posting: { kind: m.candidateKind, id: m.candidateId }, viewer: m.sourceOrganizationId },
        { posting: { kind: m.sourceKind, id: m.sourceId }, viewer: m.candidateOrganizationId },
      ]),
    );
    const titled = (kind: PostingKind, id: string) => ({
      kind,
      id,
      title: titles.get(`${kind}:${id}`) ?? '',
    });
    return matches.map((m, i) => ({
      id: m.id,
      score: Number(m.score),
      source: titled(m.sourceKind, m.sourceId),
      candidate: titled(m.candidateKind, m.candidateId),
      reasonsSeenBy: {
        source: explanationFor(m, 'candidate', hidden[2 * i]!).reasons,
        candidate: explanationFor(m, 'source', hidden[2 * i + 1]!).reasons,
        onlooker: onlookerReasons(m),
      },
    }));
  }

  /**
   * The stored match of two postings (either may be its source), its row locked in the caller's
   * transaction so a conversation can be opened from it (`MatchConversations.open`); null when none.
   */
  async lockedPair(
    manager: EntityManager,
    a: { kind: PostingKind; id: string },
    b: { kind: PostingKind; id: string },
  ): Promise<Match | null> {
    return manager.findOne(Match, {
      where: [
        { sourceKind: a.kind, sourceId: a.id, candidateKind: b.kind, candidateId: b.id },
        { sourceKind: b.kind, sourceId: b.id, candidateKind: a.kind, candidateId: a.id },
      ],
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** One match as a party (either side's organization) sees it; 404 for anyone else. */
  async one(actor: Actor, matchId: string, lang: Language): Promise<MatchDto> {
    const match = await this.dataSource.getRepository(Match).findOneBy({ id: matchId });
    if (!match || !partySide(actor, match)) throw new NotFoundError('not-found');
    return this.asSeenBy(actor, match, lang);
  }

  /** A party (either side's organization) views, shortlists or declines a match. */
  async act(
    actor: Actor,
    matchId: string,
    action: Exclude<MatchAction, 'contact'>,
    lang: Language,
    decline?: DeclineMatchDto,
  ): Promise<MatchDto> {
    if (action === 'decline' && decline?.reasonCode === 'other' && !decline.text)
      throw new ValidationError([{ field: 'text', code: 'isNotEmpty' }]);
    const { match } = await inTransaction(this.dataSource, (manager) =>
      this.transition(manager, actor, matchId, action, decline),
    );
    return this.asSeenBy(actor, match, lang);
  }

  /**
   * A party contacts the other side: the match moves to `contacted` and its conversation is opened (or
   * found: one per match, whoever contacts first), with the optional first message, all in one
   * transaction.
   */
  async contact(
    actor: Actor,
    matchId: string,
    lang: Language,
    message?: string,
  ): Promise<MatchDto & { conversationId: string }> {
    const { match, conversationId } = await inTransaction(this.dataSource, async (manager) => {
      const { match, side } = await this.transition(manager, actor, matchId, 'contact');
      const organizationId = side === 'source' ? match.sourceOrganizationId : match.candidateOrganizationId;
      const conversationId = await this.conversations.open(manager, match, {
        userId: actor.userId,
        organizationId,
        message,
      });
      return { match, conversationId };
    });
    return { ...(await this.asSeenBy(actor, match, lang)), conversationId };
  }

  /** Locks the match, checks the actor is one of its parties, applies the action and audits it. */
  private async transition(
    manager: EntityManager,
    actor: Actor,
    matchId: string,
    action: MatchAction,
    decline?: DeclineMatchDto,
  ): Promise<{ match: Match; side: 'source' | 'candidate' }> {
    const match = await manager.findOne(Match, {
      where: { id: matchId },
      lock: { mode: 'pessimistic_write' },
    });
    const side = match && partySide(actor, match);
    if (!match || !side) throw new NotFoundError('not-found');
    const status = ACTION_STATUS[action];
    // Viewing a match someone already contacted or shortlisted must not undo that.
    if (!(action === 'view' && match.status !== 'new')) {
      match.status = status;
      match.declineReasonCode = action === 'decline' ? decline!.reasonCode : null;
      match.declineText = action === 'decline' ? (decline!.text ?? null) : null;
      match.declinedBy = action === 'decline' ? side : null;
      await manager.save(match);
    }
    await this.audit.record(manager, {
      action: `match.${action}`,
      subjectType: 'match',
      subjectId: match.id,
      actorUserId: actor.userId,
      organizationId: side === 'source' ? match.sourceOrganizationId : match.candidateOrganizationId,
      ip: actor.ip,
      data: action === 'decline' ? { reasonCode: decline!.reasonCode } : {},
    });
    return { match, side };
  }

  private async asSeenBy(actor: Actor, match: Match, lang: Language): Promise<MatchDto> {
    const [item] = await this.presenter.present(
      [match],
      () => !actor.memberships.has(match.candidateOrganizationId),
      lang,
    );
    return item!;
  }

  /** The other side's answers to this posting's matches, in aggregate: no one decliner is named. */
  private declineSummary(matches: Match[], kind: PostingKind, id: string, lang: Language): DeclineSummaryDto {
    const otherSide = (match: Match) =>
      match.sourceKind === kind && match.sourceId === id ? 'candidate' : 'source';
    const answered = matches.filter((match) => match.status !== 'new');
    const declined = answered.filter(
      (match) => match.status === 'declined' && match.declinedBy === otherSide(match),
    );
    const byReason: Partial<Record<DeclineReason, number>> = {};
    for (const match of declined) {
      const code = match.declineReasonCode ?? 'other';
      byReason[code] = (byReason[code] ?? 0) + 1;
    }
    const reasons = (Object.entries(byReason) as [DeclineReason, number][]).sort((a, b) => b[1] - a[1]);
    const label = (code: DeclineReason) =>
      lang === 'en' ? DECLINE_LABELS[code].en : DECLINE_LABELS[code].zh;
    const text =
      declined.length === 0
        ? ''
        : lang === 'en'
          ? `${declined.length} of ${answered.length} declined: ${reasons.map(([c, n]) => `${label(c)} (${n})`).join(', ')}`
          : `${answered.length} 个已处理的匹配中 ${declined.length} 个被婉拒：${reasons.map(([c, n]) => `${label(c)}（${n}）`).join('、')}`;
    return { answered: answered.length, declined: declined.length, byReason, text };
  }
}
