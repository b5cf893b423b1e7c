import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { techFieldWithSubfields } from '#core';
import type { Actor, DirectoryFilter, OrganizationDirectory, OrganizationSummary } from '#identity';
import { decodeCursor, encodeCursor } from '../demands/keyset-cursor.js';

/** One keyset order: the SQL expression, its direction and how to read a row's cursor value. */
export interface Keyset<E> {
  expr: string;
  dir: 'ASC' | 'DESC';
  read: (row: E) => string | number;
}

/** A region code and everything under it: 320000 → 32…, 320100 → 3201…, a district only itself. */
export function regionPrefix(code: string): string {
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.endsWith('00')) return code.slice(0, 4);
  return code;
}

/**
 * One keyset page of the verified organizations of `filter` (by name, then id) for the public directories;
 * a region filter reaches down to the district, organizations are never confidential.
 */
export async function verifiedOrganizationsPage(
  directory: OrganizationDirectory,
  filter: Omit<DirectoryFilter, 'regionPrefix'> & { regionCode?: string },
  query: { cursor?: string; limit?: number },
): Promise<{ page: OrganizationSummary[]; nextCursor: string | null }> {
  const limit = query.limit ?? 20;
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  const { regionCode, ...rest } = filter;
  // One row more than asked tells whether another page follows.
  const rows = await directory.listVerified(
    { ...rest, regionPrefix: regionCode ? regionPrefix(regionCode) : undefined },
    cursor ? { name: String(cursor[0]), id: cursor[1] } : null,
    limit + 1,
  );
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { page, nextCursor: rows.length > limit && last ? encodeCursor(last.name, last.id) : null };
}

/**
 * A condition: the char(6) region code `column` lies in the region bound as `:regionPrefix`. A row the
 * caller sees redacted (`full` is false for it) shows its province only, and so is found by its province
 * only: a district filter must not bracket where a confidential posting really is.
 */
export const inRegion = (column: string, full: string) =>
  `(${column} LIKE :regionPrefix AND (${full} OR left(${column}, 2) || '0000' LIKE :regionPrefix))`;

/** Rows in a region or under it, as the caller sees their region (see `inRegion`). */
export function whereInRegion<E extends ObjectLiteral>(
  qb: SelectQueryBuilder<E>,
  column: string,
  code: string,
  full: string,
) {
  qb.andWhere(inRegion(column, full), { regionPrefix: `${regionPrefix(code)}%` });
}

/**
 * A SQL condition true of the rows of `alias` the caller reads in full: not confidential, or their own
 * organization's (or, with `claimedBy`, a profile they claimed), or any row for platform staff; `granted`
 * adds a condition of its own (a demand's access grants). Filters on fields a redacted view withholds
 * test them only under it, so a filter never answers a question the view would not. Its parameters are
 * set on `qb`.
 */
export function shownInFull<E extends ObjectLiteral>(
  qb: SelectQueryBuilder<E>,
  alias: string,
  actor: Actor | null,
  options: { claimedBy?: boolean; granted?: string } = {},
): string {
  if (actor?.platformRole === 'admin' || actor?.platformRole === 'moderator') return 'TRUE';
  qb.setParameters({
    fullOrganizations: actor ? [...actor.memberships.keys()] : [],
    fullViewer: actor?.userId ?? null,
  });
  const own = [
    `${alias}.organization_id = ANY(:fullOrganizations::uuid[])`,
    ...(options.claimedBy && actor ? [`${alias}.claimed_by = :fullViewer::uuid`] : []),
    ...(options.granted ? [options.granted] : []),
  ];
  return `(${alias}.visibility <> 'confidential' OR ${own.join(' OR ')})`;
}

/**
 * Rows tagged with a technology field or one of its subfields (EV matches EV-BATTERY). An array overlap
 * (`&&`), so the column's GIN index answers it rather than a scan that unnests every row.
 */
export function whereInField<E extends ObjectLiteral>(
  qb: SelectQueryBuilder<E>,
  column: string,
  field: string,
) {
  qb.andWhere(`${column} && :fieldCodes::text[]`, { fieldCodes: techFieldWithSubfields(field) });
}

/**
 * A condition: the array column of region codes covers the region bound as `:region` — it names the
 * region or one of its parents (a province covers its cities and districts).
 */
export const coversRegion = (column: string) =>
  `EXISTS (SELECT 1 FROM unnest(${column}) r WHERE :region LIKE
    (CASE WHEN r LIKE '%0000' THEN left(r, 2) WHEN r LIKE '%00' THEN left(r, 4) ELSE r END) || '%')`;

/** Orders by the keyset (then id), starting after the cursor when one is given. */
export function applyKeyset<E extends ObjectLiteral>(
  qb: SelectQueryBuilder<E>,
  idColumn: string,
  keyset: Keyset<E>,
  cursor?: string,
): void {
  if (cursor) {
    const [value, id] = decodeCursor(cursor);
    qb.andWhere(
      `(${keyset.expr}, ${idColumn}) ${keyset.dir === 'DESC' ? '<' : '>'} (:cursorValue, :cursorId)`,
      {
        cursorValue: value,
        cursorId: id,
      },
    );
  }
  qb.orderBy(keyset.expr, keyset.dir).addOrderBy(idColumn, keyset.dir);
}

/** Runs a keyset page: one row more than asked tells whether another page follows. */
export async function keysetPage<E extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<E>,
  keyset: Keyset<E>,
  limit: number,
): Promise<{ rows: E[]; nextCursor: string | null }> {
  // limit, not take: joins are many-to-one, and take would add TypeORM's DISTINCT-ids pre-query.
  const rows = await qb.limit(limit + 1).getMany();
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    rows: page,
    nextCursor: rows.length > limit && last ? encodeCursor(keyset.read(last), last.id) : null,
  };
}
