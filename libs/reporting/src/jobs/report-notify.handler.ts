import { Injectable } from '@nestjs/common';
import { notified, type NotifyJobResult } from '#notifications';
import { Handles, JobName, type JobPayloads } from '#queue';
import { ReportNotifier } from '../reports/report-notifier.js';

/** A report's reviewers hear of its submission, its reporter of its return or acceptance (notifications queue). */
@Injectable()
export class ReportNotifyHandler {
  constructor(private readonly reports: ReportNotifier) {}

  @Handles(JobName.NotifyReport)
  async notifyReport(payload: JobPayloads[JobName.NotifyReport]): Promise<NotifyJobResult> {
    return notified(await this.reports.notify(payload));
  }
}
