import { Injectable } from '@nestjs/common';
import { EmailDeliveryService } from './email/email-delivery.service.js';
import { WebhookService } from './webhooks/webhook.service.js';

export interface DeliveryRecoveryReport {
  abandonedEmails: number;
  resentEmails: number;
  requeuedWebhooks: number;
}

/**
 * Deliveries Redis or a crash left behind, once they are older than `graceSeconds`: email claims a crash
 * cut short become `unknown`, never sent again; emails whose claim a temporary failure released and no
 * retry took up are sent; webhook deliveries still open are queued again.
 */
@Injectable()
export class DeliveryRecovery {
  constructor(
    private readonly deliveries: EmailDeliveryService,
    private readonly webhooks: WebhookService,
  ) {}

  async recover(graceSeconds: number): Promise<DeliveryRecoveryReport> {
    const abandonedEmails = await this.deliveries.markAbandoned(graceSeconds);
    const resentEmails = await this.deliveries.sendReleased(graceSeconds);
    const requeuedWebhooks = await this.webhooks.requeueStale(graceSeconds);
    return { abandonedEmails, resentEmails, requeuedWebhooks };
  }
}
