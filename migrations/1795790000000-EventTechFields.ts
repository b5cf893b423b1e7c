import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The technology fields an event is about, so participants find events by field (GET /events?techField=). */
export class EventTechFields1795790000000 implements MigrationInterface {
  name = 'EventTechFields1795790000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "matchmaking_events" ADD "tech_fields" character varying(40) array NOT NULL DEFAULT '{}'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "matchmaking_events" DROP COLUMN "tech_fields"');
  }
}
