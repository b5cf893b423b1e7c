import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface SimilarPosting {
  id: string;
  title: string;
  /** pg_trgm similarity of the titles (0–1). */
  similarity: number;
}

/** Titles at least this alike are the same posting (高镍正极材料循环寿命提升 vs …的提升: 0.72). */
const TITLE_THRESHOLD = 0.6;
/** Or a somewhat alike title over a near-same text: the same problem, retitled. */
const LOOSE_TITLE_THRESHOLD = 0.3;
const TEXT_THRESHOLD = 0.7;

const TABLES = { demand: ['demands', 'description'], achievement: ['achievements', 'abstract'] } as const;

/**
 * Finds an organization's existing demand or achievement that a new one repeats (an import of a list
 * that was partly entered by hand): a near-same title, or a loosely alike title over a near-same text,
 * by pg_trgm trigram similarity, which works on Chinese text character by character.
 */
@Injectable()
export class PostingDuplicateFinder {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async find(
    kind: keyof typeof TABLES,
    organizationId: string,
    title: string,
    text: string,
  ): Promise<SimilarPosting | null> {
    const [table, column] = TABLES[kind];
    const [row] = await this.dataSource.query<SimilarPosting[]>(
      `SELECT id, title, similarity(title, $2)::float AS similarity
         FROM ${table}
        WHERE organization_id = $1
          AND (similarity(title, $2) >= $4
               OR (similarity(title, $2) >= $5 AND similarity(left(${column}, 1000), left($3, 1000)) >= $6))
        ORDER BY similarity(title, $2) DESC, created_at
        LIMIT 1`,
      [organizationId, title, text, TITLE_THRESHOLD, LOOSE_TITLE_THRESHOLD, TEXT_THRESHOLD],
    );
    return row ?? null;
  }
}
