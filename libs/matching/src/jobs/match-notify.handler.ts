import { Injectable } from '@nestjs/common';
import { notified, type NotifyJobResult } from '#notifications';
import { Handles, JobName, type JobPayloads } from '#queue';
import { MatchNotifier } from '../match-notifier.js';

/** Both parties of a new or clearly improved match hear of it (notifications queue). */
@Injectable()
export class MatchNotifyHandler {
  constructor(private readonly matches: MatchNotifier) {}

  @Handles(JobName.NotifyMatch)
  async notifyMatch({ matchId }: JobPayloads[JobName.NotifyMatch]): Promise<NotifyJobResult> {
    return notified(await this.matches.notify(matchId));
  }
}
