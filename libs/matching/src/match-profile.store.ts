import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { PostingKind } from '#core';
import { POSTING_PROFILE_SOURCES, type PostingRow } from './posting-profiles.js';
import { ProfileBuilder } from './profile-builder.js';
import type { MatchProfile } from './profile.js';
import { PROFILE_VERSION, storeProfile, type StoredProfile } from './stored-profile.js';

/** A posting as read for profiling, with its updated_at as exact text (the stored profile's stamp). */
export interface StampedRow {
  row: PostingRow;
  stamp: string;
}

/**
 * The rows `profileUpsertSql` stores for built profiles: confidential postings are never candidates, so
 * their analyzed text is not kept. Sorted, so concurrent writers lock the rows in one order.
 */
export function profileRecords(
  built: readonly { profile: MatchProfile; row: StampedRow }[],
): { id: string; stamp: string; profile: StoredProfile }[] {
  return built
    .filter(({ row }) => row.row.visibility !== 'confidential')
    .map(({ profile, row }) => ({ id: row.row.id, stamp: row.stamp, profile: storeProfile(profile) }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

/**
 * The upsert of stored profiles, with placeholders for the posting kind, PROFILE_VERSION and the
 * `profileRecords` as json; also usable as a data-modifying CTE, for a writer that stores a profile
 * along with its own change. A profile is stored only while its posting still is the version it was
 * built from (the row share-locked, so a concurrent close or edit waits and its own job removes or
 * replaces the profile after), and never replaces one built from a later version of the posting.
 */
export function profileUpsertSql(
  table: string,
  kindParam: string,
  versionParam: string,
  recordsParam: string,
): string {
  return `INSERT INTO match_profiles (kind, posting_id, source_updated_at, version, profile)
          SELECT ${kindParam}, r.id, r.stamp, ${versionParam}, r.profile
            FROM json_to_recordset(${recordsParam}::json) AS r(id uuid, stamp timestamptz, profile json)
            JOIN ${table} posting ON posting.id = r.id AND posting.updated_at = r.stamp
             FOR SHARE OF posting
          ON CONFLICT (kind, posting_id) DO UPDATE SET
            source_updated_at = EXCLUDED.source_updated_at, version = EXCLUDED.version,
            profile = EXCLUDED.profile, updated_at = now()
          WHERE match_profiles.source_updated_at <= EXCLUDED.source_updated_at`;
}

/** Postings profiled per statement when filling the store. */
const BACKFILL_BATCH = 500;

/**
 * The stored match profiles (match_profiles): written by each posting's own matching job, rebuilt by a
 * match that finds a candidate's profile missing or stale, and filled in bulk by `backfill`.
 * Confidential postings are never candidates, so their analyzed text is not stored.
 */
@Injectable()
export class MatchProfileStore {
  private readonly builder = ProfileBuilder.shared();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Postings of one kind by id, each with its stamp read in the same statement as its content. */
  async read(kind: PostingKind, ids: readonly string[]): Promise<StampedRow[]> {
    if (ids.length === 0) return [];
    const { entities, raw } = await this.dataSource
      .getRepository(POSTING_PROFILE_SOURCES[kind].entity)
      .createQueryBuilder('t')
      .addSelect('t.updated_at::text', 'stamp')
      .where('t.id IN (:...ids)', { ids })
      .getRawAndEntities<{ t_id: string; stamp: string }>();
    const stamps = new Map(raw.map((r) => [r.t_id, r.stamp]));
    return entities.map((row) => ({ row, stamp: stamps.get(row.id)! }));
  }

  build(kind: PostingKind, row: PostingRow): MatchProfile {
    return this.builder.build(POSTING_PROFILE_SOURCES[kind].input(row));
  }

  /**
   * Stores profiles built from the stamped rows (`profileUpsertSql`).
   */
  async save(kind: PostingKind, built: { profile: MatchProfile; row: StampedRow }[]): Promise<void> {
    const records = profileRecords(built);
    if (records.length === 0) return;
    await this.dataSource.query(profileUpsertSql(POSTING_PROFILE_SOURCES[kind].table, '$1', '$2', '$3'), [
      kind,
      PROFILE_VERSION,
      JSON.stringify(records),
    ]);
  }

  async remove(kind: PostingKind, id: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM match_profiles WHERE kind = $1 AND posting_id = $2`, [kind, id]);
  }

  /**
   * Profiles for candidates that had no current one: built from their rows and stored for the next
   * match. Postings that closed in between are left out.
   */
  async rebuild(kind: PostingKind, ids: readonly string[]): Promise<Map<string, MatchProfile>> {
    const open = POSTING_PROFILE_SOURCES[kind].openStatuses;
    const rows = (await this.read(kind, ids)).filter(({ row }) => open.includes(row.status));
    const built = rows.map((row) => ({ profile: this.build(kind, row.row), row }));
    await this.save(kind, built);
    return new Map(built.map(({ profile, row }) => [row.row.id, profile]));
  }

  /**
   * Profiles every open, non-confidential posting of `kind` that has no current one (after a deploy
   * that changed PROFILE_VERSION, or for rows written outside the workflow). Returns how many it built.
   */
  async backfill(kind: PostingKind, onProgress?: (done: number) => void): Promise<number> {
    const source = POSTING_PROFILE_SOURCES[kind];
    let done = 0;
    // Keyset over the primary key, so each batch starts where the last one ended.
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const batch = await this.dataSource.query<{ id: string; stale: boolean }[]>(
        // The batch is cut first, then looked up: as a NOT EXISTS the planner hashes every stored profile.
        `SELECT t.id, mp.posting_id IS NULL AS stale
           FROM (SELECT id, updated_at FROM ${source.table}
                  WHERE id > $4 AND status = ANY($1) AND visibility <> 'confidential'
                  ORDER BY id LIMIT $5) t
           LEFT JOIN match_profiles mp ON mp.kind = $2 AND mp.posting_id = t.id AND mp.version = $3
                 AND mp.source_updated_at = t.updated_at
          ORDER BY t.id`,
        [source.openStatuses, kind, PROFILE_VERSION, after, BACKFILL_BATCH],
      );
      if (batch.length === 0) return done;
      after = batch[batch.length - 1]!.id;
      const stale = batch.filter((row) => row.stale).map((row) => row.id);
      if (stale.length > 0) done += (await this.rebuild(kind, stale)).size;
      onProgress?.(done);
    }
  }
}
