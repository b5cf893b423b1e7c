import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { EmailDelivery, type DeliveryStatus } from './email-delivery.entity.js';
import { MailerService } from './mailer.service.js';
import type { RenderedEmail } from './templates.js';

/**
 * `in-flight`: another attempt holds the claim. Either it is alive and will finish (and retry) on its own,
 * or it died mid-send and the reconciler will mark the row `unknown`: waiting for it would only burn this
 * job's attempts, so this job moves on to its other recipients.
 */
export type DeliveryOutcome = 'sent' | 'already-sent' | 'failed-permanently' | 'unknown' | 'in-flight';

/** An SMTP reply in the 5xx range is permanent (RFC 5321 §4.2.1): retrying cannot help. */
export function isPermanentSmtpFailure(error: unknown): boolean {
  const code = (error as { responseCode?: number }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

/** One email to send once, whatever retries or duplicate jobs do: `dedupeKey` names the claim. */
export interface EmailToDeliver {
  dedupeKey: string;
  template: string;
  to: string;
  email: RenderedEmail;
}

/** What became of one claimed send, as the row records it. */
type SendResult =
  | { status: 'sent'; messageId: string }
  | { status: 'failed'; error: string }
  | { status: 'released'; error: string; cause: unknown };

/** A released claim is retried by the job: to the caller, that email is still in flight. */
const OUTCOME_OF_SEND: Record<SendResult['status'], DeliveryOutcome> = {
  sent: 'sent',
  failed: 'failed-permanently',
  released: 'in-flight',
};

/**
 * Claims delivery rows by their dedupe keys, then sends. Only one attempt holds a claim (`claimed_at`)
 * at a time; retries and duplicate jobs find the row `sent` (or claimed) and stop. A temporary SMTP
 * failure releases the claim and is rethrown for BullMQ to retry with backoff; a permanent one is
 * recorded and not retried. An attempt that never comes back (the process died mid-conversation) leaves
 * its claim behind: `markAbandoned` turns it into `unknown` rather than sending again, because SMTP has
 * no idempotency and the message may already be in the recipient's mailbox.
 *
 * Many deliveries go together (a fan-out's page): one statement inserts them, one claims them, the
 * sends run in parallel over the mailer's pool, one statement records every result.
 */
@Injectable()
export class EmailDeliveryService {
  private readonly logger = new Logger(EmailDeliveryService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mailer: MailerService,
  ) {}

  async deliver(
    dedupeKey: string,
    template: string,
    to: string,
    email: RenderedEmail,
  ): Promise<DeliveryOutcome> {
    const [outcome] = await this.deliverAll([{ dedupeKey, template, to, email }]);
    return outcome!;
  }

  /**
   * Each email once, outcomes in the order given. Every one is attempted; if any failed temporarily,
   * the first such error is thrown afterwards (the others' results are recorded), for the job to retry.
   */
  async deliverAll(items: readonly EmailToDeliver[]): Promise<DeliveryOutcome[]> {
    if (items.length === 0) return [];
    await this.dataSource.query(
      `INSERT INTO email_deliveries (dedupe_key, template, recipient, content)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[])
       ON CONFLICT (dedupe_key) DO NOTHING`,
      [
        items.map((i) => i.dedupeKey),
        items.map((i) => i.template),
        items.map((i) => i.to),
        items.map((i) => JSON.stringify(i.email)),
      ],
    );
    const { outcomes, retry } = await this.claimAndSend(items);
    if (retry !== undefined) throw retry;
    return outcomes;
  }

  /**
   * Sends what attempts left unsent and no retry took up: rows still `sending` with no claim after the
   * grace period. A temporary failure releases the claim for the job's retry, but when a stalled copy of
   * the same job has completed meanwhile, no retry comes; the row's own content lets the reconciler
   * finish it, under the same claim, so it still goes out once. Returns how many were sent.
   */
  async sendReleased(graceSeconds: number): Promise<number> {
    const rows = await this.dataSource.query<
      { dedupe_key: string; template: string; recipient: string; content: RenderedEmail }[]
    >(
      `SELECT dedupe_key, template, recipient, content FROM email_deliveries
        WHERE status = 'sending' AND claimed_at IS NULL AND content IS NOT NULL
          AND updated_at < now() - make_interval(secs => $1)
        ORDER BY updated_at LIMIT 100`,
      [graceSeconds],
    );
    const { outcomes, retry } = await this.claimAndSend(
      rows.map((row) => ({
        dedupeKey: row.dedupe_key,
        template: row.template,
        to: row.recipient,
        email: row.content,
      })),
    );
    // Released again by the failure: the next round tries once more.
    if (retry !== undefined) this.logger.warn(`Released deliveries not all sent yet: ${String(retry)}`);
    return outcomes.filter((outcome) => outcome === 'sent').length;
  }

  private async claimAndSend(
    items: readonly EmailToDeliver[],
  ): Promise<{ outcomes: DeliveryOutcome[]; retry?: unknown }> {
    if (items.length === 0) return { outcomes: [] };
    const claimed = await this.dataSource
      .getRepository(EmailDelivery)
      .createQueryBuilder()
      .update()
      .set({ attempts: () => 'attempts + 1', claimedAt: () => 'now()' })
      .where('dedupe_key = ANY(:keys) AND status = :status AND claimed_at IS NULL', {
        keys: items.map((i) => i.dedupeKey),
        status: 'sending',
      })
      .returning('dedupe_key')
      .execute();
    const claimedKeys = new Set((claimed.raw as { dedupe_key: string }[]).map((row) => row.dedupe_key));
    // One send per claimed key, even if a caller listed the same email twice.
    const mine = [
      ...new Map(items.filter((i) => claimedKeys.has(i.dedupeKey)).map((i) => [i.dedupeKey, i])).values(),
    ];
    const results = new Map(
      await Promise.all(mine.map(async (i) => [i.dedupeKey, await this.send(i)] as const)),
    );
    await this.record(results);
    const others = await this.unclaimable(items.filter((i) => !claimedKeys.has(i.dedupeKey)));
    const retry = [...results.values()].find((r) => r.status === 'released');
    const outcomes = items.map((i) => {
      const result = results.get(i.dedupeKey);
      return result ? OUTCOME_OF_SEND[result.status] : others.get(i.dedupeKey)!;
    });
    return retry?.status === 'released' ? { outcomes, retry: retry.cause } : { outcomes };
  }

  private async send(item: EmailToDeliver): Promise<SendResult> {
    try {
      const messageId = await this.mailer.send(
        item.to,
        item.email,
        `<${item.dedupeKey.replace(/[^\w.-]/g, '.')}@duijie>`,
      );
      return { status: 'sent', messageId };
    } catch (error) {
      const message = error instanceof Error ? error.message.slice(0, 1000) : String(error);
      if (!isPermanentSmtpFailure(error)) return { status: 'released', error: message, cause: error };
      this.logger.warn(`Permanent failure delivering ${item.dedupeKey}: ${message}`);
      return { status: 'failed', error: message };
    }
  }

  /** Every claimed row's result in one statement; a released claim (temporary failure) is freed. */
  private async record(results: ReadonlyMap<string, SendResult>): Promise<void> {
    if (results.size === 0) return;
    const entries = [...results];
    await this.dataSource.query(
      `UPDATE email_deliveries d
          SET status = v.status,
              sent_at = CASE WHEN v.status = 'sent' THEN now() ELSE d.sent_at END,
              message_id = COALESCE(v.message_id, d.message_id),
              last_error = v.error,
              claimed_at = CASE WHEN v.status = 'sending' THEN NULL ELSE d.claimed_at END,
              updated_at = now()
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS v(dedupe_key, status, message_id, error)
        WHERE d.dedupe_key = v.dedupe_key`,
      [
        entries.map(([key]) => key),
        entries.map(([, r]) => (r.status === 'released' ? 'sending' : r.status)),
        entries.map(([, r]) => (r.status === 'sent' ? r.messageId : null)),
        entries.map(([, r]) => (r.status === 'sent' ? null : r.error)),
      ],
    );
  }

  /**
   * Marks `unknown` every claim older than `graceSeconds` whose attempt never finished. Returns how many.
   * The grace must outlast the mailer's own timeouts, so a slow but live attempt is never judged dead.
   */
  async markAbandoned(graceSeconds: number): Promise<number> {
    const [, abandoned] = await this.dataSource.query<[unknown[], number]>(
      `UPDATE email_deliveries SET status = 'unknown', last_error = 'attempt never finished (process died?)'
        WHERE status = 'sending' AND claimed_at < now() - make_interval(secs => $1)`,
      [graceSeconds],
    );
    if (abandoned > 0) this.logger.warn(`${abandoned} email deliveries abandoned mid-send: now unknown`);
    return abandoned;
  }

  /** What became of the rows another attempt holds or has finished, by dedupe key. */
  private async unclaimable(items: readonly EmailToDeliver[]): Promise<Map<string, DeliveryOutcome>> {
    if (items.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(EmailDelivery).find({
      where: { dedupeKey: In(items.map((i) => i.dedupeKey)) },
      select: { dedupeKey: true, status: true },
    });
    const outcomes: Record<DeliveryStatus, DeliveryOutcome> = {
      sending: 'in-flight',
      sent: 'already-sent',
      failed: 'failed-permanently',
      unknown: 'unknown',
    };
    return new Map(rows.map((row) => [row.dedupeKey, outcomes[row.status]]));
  }
}
