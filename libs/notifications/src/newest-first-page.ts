import { ApiProperty } from '@nestjs/swagger';
import type { ObjectLiteral, Repository } from 'typeorm';

const DEFAULT_PAGE_SIZE = 20;

/** Which page of a newest-first list: how many rows, and the id of the last row already shown. */
export interface BeforeCursor {
  limit?: number;
  before?: string;
}

/** A newest-first page's `nextBefore`: the cursor of the page after it. */
export const NextBeforeProperty = (): PropertyDecorator =>
  ApiProperty({
    type: 'string',
    format: 'uuid',
    nullable: true,
    description: 'Pass as `before` for the next page; null on the last page',
  });

/**
 * One page of the rows whose `scope` column holds `value`, newest first (keyset on created_at, id). A
 * `before` id outside the scope matches nothing, so a cursor cannot probe other owners' rows.
 */
export async function newestFirstPage<Row extends ObjectLiteral, Item extends { id: string }>(
  repository: Repository<Row>,
  scope: { column: string; value: string },
  page: BeforeCursor,
  present: (row: Row) => Item,
): Promise<{ items: Item[]; nextBefore: string | null }> {
  const limit = page.limit ?? DEFAULT_PAGE_SIZE;
  const query = repository
    .createQueryBuilder('r')
    .where(`r.${scope.column} = :scope`, { scope: scope.value })
    .orderBy('r.created_at', 'DESC')
    .addOrderBy('r.id', 'DESC')
    .take(limit + 1);
  if (page.before)
    query.andWhere(
      `(r.created_at, r.id) < (SELECT b.created_at, b.id FROM ${repository.metadata.tableName} b WHERE b.id = :before AND b.${scope.column} = :scope)`,
      { before: page.before },
    );
  const rows = await query.getMany();
  const items = rows.slice(0, limit).map(present);
  return { items, nextBefore: rows.length > limit ? items[items.length - 1]!.id : null };
}
