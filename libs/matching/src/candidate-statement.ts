import type { PostingProfileSource } from './posting-profiles.js';
import type { StoredProfile } from './stored-profile.js';

/** A candidate as the one statement returns it: owner, version stamp, stored profile, decline feedback. */
export interface CandidateRow {
  id: string;
  organization_id: string;
  /** The row's updated_at as text, exact to the microsecond, for storing a profile built from it. */
  stamp: string;
  /** Null when no current profile is stored (never built, or the posting changed since). */
  profile: StoredProfile | null;
  shown: number;
  declined: number;
}

export interface CandidateArgs {
  /** Engine hits, best first: they come before the field-overlap fallback. */
  engineIds: string[];
  /** Codes whose postings the field search proposes (retrievalFields). */
  fields: readonly string[];
  /** Of those, the closest (closestFields): their postings are taken first. */
  closest: readonly string[];
  sourceId: string;
  sourceOrganizationId: string;
  kind: string;
  version: string;
  cap: number;
}

/**
 * How many field-overlap (and fill) postings the statement looks at: none when the engine's hits fill the cap,
 * since the cap applies before anything is filtered out and they come first, so the field search could
 * add nothing. That is the usual case on a large catalogue, where the search would cost as much as the
 * rest of the statement.
 */
export function fieldFallbackLimit(args: Pick<CandidateArgs, 'engineIds' | 'sourceId' | 'cap'>): number {
  return args.engineIds.filter((id) => id !== args.sourceId).length >= args.cap ? 0 : args.cap;
}

/**
 * Retrieval and everything the scorer needs in one round trip: the engine's hits, then postings filed
 * under an overlapping field (the closest fields first, then newest first), then — while the two leave
 * room under the cap — the other open postings, newest first, the first `cap` distinct ones; kept if
 * open, not confidential (unless the kind is matched when confidential: demands), and not the source's
 * own organization's; each with its stored profile when current and with how the need side has answered
 * its matches (decline feedback).
 *
 * The cap is the scoring budget per kind. Filling it means a small catalogue (a new platform, a kind
 * with few postings such as financing offers) is ranked whole, as the offline ranker ranks it, so a
 * candidate the search and the field families miss — an investor whose thesis words the sector
 * differently — still gets its score; on a large catalogue the engine's hits fill the budget and the
 * field search and the fill are skipped (`fieldFallbackLimit`).
 */
export function candidateStatement(
  target: PostingProfileSource,
  args: CandidateArgs,
): { sql: string; params: unknown[] } {
  // A confidential need (a demand) is matched like any other: its owner gets the matches, the other side
  // sees only its teaser. Confidential supply is not proposed to strangers.
  const visible = target.confidentialMatched ? 'true' : `visibility <> 'confidential'`;
  const sql = `
    WITH proposed AS (
      SELECT e.id, e.n FROM unnest($1::uuid[]) WITH ORDINALITY AS e(id, n)
      UNION ALL
      SELECT f.id, $3 + row_number() OVER () FROM (
        SELECT id FROM ${target.table}
         WHERE status = ANY($2) AND ${visible} AND ${target.fieldsColumn} && $4
         ORDER BY ${target.fieldsColumn} && $10 DESC, published_at DESC NULLS LAST LIMIT $9) f
      UNION ALL
      SELECT r.id, 2 * $3 + row_number() OVER () FROM (
        SELECT id FROM ${target.table}
         WHERE status = ANY($2) AND ${visible}
         ORDER BY published_at DESC NULLS LAST LIMIT $9) r
    ), picked AS (
      SELECT id, min(n) AS n FROM proposed WHERE id <> $5 GROUP BY id ORDER BY min(n) LIMIT $3
    )
    SELECT t.id, t.organization_id, t.updated_at::text AS stamp, mp.profile,
           COALESCE(fb.shown, 0)::int AS shown, COALESCE(fb.declined, 0)::int AS declined
      FROM picked p
      JOIN ${target.table} t ON t.id = p.id
      LEFT JOIN match_profiles mp
        ON mp.kind = $7 AND mp.posting_id = t.id AND mp.version = $8 AND mp.source_updated_at = t.updated_at
      LEFT JOIN LATERAL (
        SELECT count(*) AS shown,
               count(*) FILTER (WHERE m.status = 'declined' AND m.declined_by = 'source') AS declined
          FROM matches m WHERE m.candidate_kind = $7 AND m.candidate_id = t.id AND m.status <> 'new') fb ON true
     WHERE t.status = ANY($2) AND ${visible.replace('visibility', 't.visibility')} AND t.organization_id <> $6
     ORDER BY p.n`;
  return {
    sql,
    params: [
      args.engineIds,
      target.openStatuses,
      args.cap,
      args.fields,
      args.sourceId,
      args.sourceOrganizationId,
      args.kind,
      args.version,
      fieldFallbackLimit(args),
      args.closest,
    ],
  };
}
