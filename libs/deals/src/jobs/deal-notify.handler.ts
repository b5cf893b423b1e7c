import { Injectable } from '@nestjs/common';
import { notified, type NotifyJobResult } from '#notifications';
import { Handles, JobName, type JobPayloads } from '#queue';
import { DealNotifier } from '../deal-notifier.js';

/** The other party hears of a change to a deal (notifications queue). */
@Injectable()
export class DealNotifyHandler {
  constructor(private readonly deals: DealNotifier) {}

  @Handles(JobName.NotifyDeal)
  async notifyDeal(payload: JobPayloads[JobName.NotifyDeal]): Promise<NotifyJobResult> {
    return notified(await this.deals.notify(payload));
  }
}
