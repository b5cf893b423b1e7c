import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A candidate's answered matches, for the decline feedback that matching reads for each of up to 200
 * candidates per match: through `matches_candidate` it also walked every unanswered match of a posting,
 * and a popular one gathers many.
 */
export class MatchesCandidateAnswered1795411100000 implements MigrationInterface {
  name = 'MatchesCandidateAnswered1795411100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX "matches_candidate_answered" ON "matches"  ("candidate_kind", "candidate_id") WHERE status <> \'new\'',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."matches_candidate_answered"');
  }
}
