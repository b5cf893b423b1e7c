import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
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

/**
 * Claims a delivery row by its dedupe key, then sends. Only one attempt holds the claim (`claimed_at`)
 * at a time; retries and duplicate jobs find the row `sent` (or claimed) and stop. A temporary SMTP failure releases
 * the claim and is rethrown for BullMQ to retry with backoff; a permanent one is recorded and not retried.
 * An attempt that never comes back (the process died mid-conversation) leaves its claim behind:
 * `markAbandoned` turns it into `unknown` rather than sending again, because SMTP has no idempotency and
 * the message may already be in the recipient's mailbox.
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
    const repository = this.dataSource.getRepository(EmailDelivery);
    await repository
      .createQueryBuilder()
      .insert()
      .values({ dedupeKey, template, recipient: to, content: email })
      .orIgnore()
      .execute();
    return this.claimAndSend(dedupeKey, to, email);
  }

  /**
   * Sends what attempts left unsent and no retry took up: rows still `sending` with no claim after the
   * grace period. A temporary failure releases the claim for the job's retry, but when a stalled copy of
   * the same job has completed meanwhile, no retry comes; the row's own content lets the reconciler
   * finish it, under the same claim, so it still goes out once. Returns how many were sent.
   */
  async sendReleased(graceSeconds: number): Promise<number> {
    const rows = await this.dataSource.query<
      { dedupe_key: string; recipient: string; content: RenderedEmail }[]
    >(
      `SELECT dedupe_key, recipient, content FROM email_deliveries
        WHERE status = 'sending' AND claimed_at IS NULL AND content IS NOT NULL
          AND updated_at < now() - make_interval(secs => $1)
        ORDER BY updated_at LIMIT 100`,
      [graceSeconds],
    );
    let sent = 0;
    for (const row of rows) {
      try {
        if ((await this.claimAndSend(row.dedupe_key, row.recipient, row.content)) === 'sent') sent += 1;
      } catch (error) {
        // Released again by the failure: the next round tries once more.
        this.logger.warn(`Released delivery ${row.dedupe_key} not sent yet: ${String(error)}`);
      }
    }
    return sent;
  }

  private async claimAndSend(dedupeKey: string, to: string, email: RenderedEmail): Promise<DeliveryOutcome> {
    const repository = this.dataSource.getRepository(EmailDelivery);
    const claimed = await repository
      .createQueryBuilder()
      .update()
      .set({ attempts: () => 'attempts + 1', claimedAt: () => 'now()' })
      .where('dedupe_key = :dedupeKey AND status = :status AND claimed_at IS NULL', {
        dedupeKey,
        status: 'sending',
      })
      .returning('id')
      .execute();
    if (!claimed.affected) return this.unclaimable(dedupeKey);
    try {
      const messageId = await this.mailer.send(to, email, `<${dedupeKey.replace(/[^\w.-]/g, '.')}@duijie>`);
      await repository.update(
        { dedupeKey },
        { status: 'sent', sentAt: new Date(), messageId, lastError: null },
      );
      return 'sent';
    } catch (error) {
      const message = error instanceof Error ? error.message.slice(0, 1000) : String(error);
      if (isPermanentSmtpFailure(error)) {
        await repository.update({ dedupeKey }, { status: 'failed', lastError: message });
        this.logger.warn(`Permanent failure delivering ${dedupeKey}: ${message}`);
        return 'failed-permanently';
      }
      await repository.update({ dedupeKey }, { lastError: message, claimedAt: null });
      throw error;
    }
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

  private async unclaimable(dedupeKey: string): Promise<DeliveryOutcome> {
    const row = await this.dataSource
      .getRepository(EmailDelivery)
      .findOneOrFail({ where: { dedupeKey }, select: { status: true } });
    const outcomes: Record<DeliveryStatus, DeliveryOutcome> = {
      sending: 'in-flight',
      sent: 'already-sent',
      failed: 'failed-permanently',
      unknown: 'unknown',
    };
    return outcomes[row.status];
  }
}
