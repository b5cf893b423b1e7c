import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795381610296 implements MigrationInterface {
  name = 'Initial1795381610296';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_user_id" uuid, "organization_id" uuid, "action" character varying(60) NOT NULL, "subject_type" character varying(40) NOT NULL, "subject_id" character varying(64) NOT NULL, "data" jsonb NOT NULL DEFAULT \'{}\', "ip" character varying(64), CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_b75d568c6c9a9a8b44be80223d" ON "audit_log"  ("organization_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_08e9b4cd10971ba146b6c5bf4d" ON "audit_log"  ("subject_type", "subject_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "outbox_events" ("id" BIGSERIAL NOT NULL, "type" character varying(60) NOT NULL, "payload" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "dispatched_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6689a16c00d09b8089f6237f1d2" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "outbox_events_undispatched" ON "outbox_events"  ("id") WHERE dispatched_at IS NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "name" character varying(100) NOT NULL, "password_hash" character varying(255) NOT NULL, "platform_role" character varying(20), "status" character varying(20) NOT NULL DEFAULT \'active\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "users_email_key" ON "users"  ("email") ');
    await queryRunner.query(
      'CREATE TABLE "password_reset_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "nonce" character(32) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_4aa83fc224280f3c94c3e214d65" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_8a8bf5831893c4b0c63f999c2d" ON "password_reset_requests"  ("user_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" character varying(40), "user_agent" character varying(300), "ip" character varying(64), CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_085d540d9f418cfbdc7bd55bb1" ON "sessions"  ("user_id") ');
    await queryRunner.query(
      'CREATE TABLE "refresh_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_3bf308fa93da3966f9e76fcfba" ON "refresh_tokens"  ("session_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "refresh_tokens_token_hash_key" ON "refresh_tokens"  ("token_hash") ',
    );
    await queryRunner.query(
      'CREATE TABLE "organizations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "type" character varying(20) NOT NULL, "credit_code" character(18) NOT NULL, "region_code" character(6) NOT NULL, "industry_code" character varying(4), "description" character varying(2000), "verification_status" character varying(20) NOT NULL DEFAULT \'pending\', "verification_note" character varying(500), "verified_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "organizations_credit_code_key" ON "organizations"  ("credit_code") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_0d6d35d34d888e45107e75653f" ON "organizations"  ("verification_status") ',
    );
    await queryRunner.query(
      'CREATE TABLE "memberships" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" character varying(10) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_25d28bd932097a9e90495ede7b4" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_7c1e2fdfed4f6838e0c05ae505" ON "memberships"  ("user_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "memberships_organization_id_user_id_key" ON "memberships"  ("organization_id", "user_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "email" character varying(254) NOT NULL, "role" character varying(10) NOT NULL, "invited_by" uuid NOT NULL, "nonce" character(32) NOT NULL, "status" character varying(10) NOT NULL DEFAULT \'pending\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5dec98cfdfd562e4ad3648bbb07" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "invitations_one_pending_per_email" ON "invitations"  ("organization_id", "email") WHERE status = \'pending\'',
    );
    await queryRunner.query(
      'CREATE TABLE "personal_access_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "name" character varying(100) NOT NULL, "prefix" character varying(16) NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b6dc462fa11dbbb897eb8419735" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_705e457b9b167e4779e737ca3e" ON "personal_access_tokens"  ("user_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "personal_access_tokens_token_hash_key" ON "personal_access_tokens"  ("token_hash") ',
    );
    await queryRunner.query(
      'CREATE TABLE "email_deliveries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "dedupe_key" character varying(120) NOT NULL, "recipient" character varying(254) NOT NULL, "template" character varying(60) NOT NULL, "status" character varying(10) NOT NULL DEFAULT \'sending\', "attempts" integer NOT NULL DEFAULT \'0\', "last_error" character varying(1000), "message_id" character varying(200), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_aa4e94683dafee7c55aaeb9f59d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "email_deliveries_dedupe_key_key" ON "email_deliveries"  ("dedupe_key") ',
    );
    await queryRunner.query(
      'ALTER TABLE "password_reset_requests" ADD CONSTRAINT "FK_8a8bf5831893c4b0c63f999c2d0" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sessions" ADD CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "refresh_tokens" ADD CONSTRAINT "FK_3bf308fa93da3966f9e76fcfba4" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "memberships" ADD CONSTRAINT "FK_e5380c394ec7912046d07b54290" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "memberships" ADD CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "invitations" ADD CONSTRAINT "FK_42d1dbb4d85dc3643fdc6560af0" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "personal_access_tokens" ADD CONSTRAINT "FK_705e457b9b167e4779e737ca3ef" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    // The audit log is append-only for every role, superusers included: history cannot be rewritten.
    await queryRunner.query(`CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON "audit_log"
       FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON "audit_log"
       FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "personal_access_tokens" DROP CONSTRAINT "FK_705e457b9b167e4779e737ca3ef"',
    );
    await queryRunner.query('ALTER TABLE "invitations" DROP CONSTRAINT "FK_42d1dbb4d85dc3643fdc6560af0"');
    await queryRunner.query('ALTER TABLE "memberships" DROP CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051"');
    await queryRunner.query('ALTER TABLE "memberships" DROP CONSTRAINT "FK_e5380c394ec7912046d07b54290"');
    await queryRunner.query('ALTER TABLE "refresh_tokens" DROP CONSTRAINT "FK_3bf308fa93da3966f9e76fcfba4"');
    await queryRunner.query('ALTER TABLE "sessions" DROP CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19"');
    await queryRunner.query(
      'ALTER TABLE "password_reset_requests" DROP CONSTRAINT "FK_8a8bf5831893c4b0c63f999c2d0"',
    );
    await queryRunner.query('DROP INDEX "public"."email_deliveries_dedupe_key_key"');
    await queryRunner.query('DROP TABLE "email_deliveries"');
    await queryRunner.query('DROP INDEX "public"."personal_access_tokens_token_hash_key"');
    await queryRunner.query('DROP INDEX "public"."IDX_705e457b9b167e4779e737ca3e"');
    await queryRunner.query('DROP TABLE "personal_access_tokens"');
    await queryRunner.query('DROP INDEX "public"."invitations_one_pending_per_email"');
    await queryRunner.query('DROP TABLE "invitations"');
    await queryRunner.query('DROP INDEX "public"."memberships_organization_id_user_id_key"');
    await queryRunner.query('DROP INDEX "public"."IDX_7c1e2fdfed4f6838e0c05ae505"');
    await queryRunner.query('DROP TABLE "memberships"');
    await queryRunner.query('DROP INDEX "public"."IDX_0d6d35d34d888e45107e75653f"');
    await queryRunner.query('DROP INDEX "public"."organizations_credit_code_key"');
    await queryRunner.query('DROP TABLE "organizations"');
    await queryRunner.query('DROP INDEX "public"."refresh_tokens_token_hash_key"');
    await queryRunner.query('DROP INDEX "public"."IDX_3bf308fa93da3966f9e76fcfba"');
    await queryRunner.query('DROP TABLE "refresh_tokens"');
    await queryRunner.query('DROP INDEX "public"."IDX_085d540d9f418cfbdc7bd55bb1"');
    await queryRunner.query('DROP TABLE "sessions"');
    await queryRunner.query('DROP INDEX "public"."IDX_8a8bf5831893c4b0c63f999c2d"');
    await queryRunner.query('DROP TABLE "password_reset_requests"');
    await queryRunner.query('DROP INDEX "public"."users_email_key"');
    await queryRunner.query('DROP TABLE "users"');
    await queryRunner.query('DROP INDEX "public"."outbox_events_undispatched"');
    await queryRunner.query('DROP TABLE "outbox_events"');
    await queryRunner.query('DROP INDEX "public"."IDX_08e9b4cd10971ba146b6c5bf4d"');
    await queryRunner.query('DROP INDEX "public"."IDX_b75d568c6c9a9a8b44be80223d"');
    await queryRunner.query('DROP TABLE "audit_log"');
    await queryRunner.query('DROP FUNCTION audit_log_is_append_only()');
  }
}
