import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EmailDelivery } from './email-delivery.entity.js';
import { MailerService } from './mailer.service.js';
import type { RenderedEmail } from './templates.js';

export type DeliveryOutcome = 'sent' | 'already-sent' | 'failed-permanently';

/** An SMTP reply in the 5xx range is permanent (RFC 5321 §4.2.1): retrying cannot help. */
export function isPermanentSmtpFailure(error: unknown): boolean {
  const code = (error as { responseCode?: number }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

/**
 * Claims a delivery row by its dedupe key, then sends. Retries and duplicate jobs find the row `sent`
 * and stop; a temporary SMTP failure is rethrown for BullMQ to retry with backoff; a permanent one is
 * recorded and not retried.
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
      .values({ dedupeKey, template, recipient: to })
      .orIgnore()
      .execute();
    const claimed = await repository
      .createQueryBuilder()
      .update()
      .set({ attempts: () => 'attempts + 1' })
      .where('dedupe_key = :dedupeKey AND status = :status', { dedupeKey, status: 'sending' })
      .returning('id')
      .execute();
    if (!claimed.affected) return 'already-sent';
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
      await repository.update({ dedupeKey }, { lastError: message });
      throw error;
    }
  }
}
