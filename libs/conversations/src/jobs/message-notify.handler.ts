import { Injectable } from '@nestjs/common';
import { notified, type NotifyJobResult } from '#notifications';
import { Handles, JobName, type JobPayloads } from '#queue';
import { MessageNotifier } from '../message-notifier.js';

/** The other side of a conversation hears of a new message (notifications queue). */
@Injectable()
export class MessageNotifyHandler {
  constructor(private readonly messages: MessageNotifier) {}

  @Handles(JobName.NotifyMessage)
  async notifyMessage({ messageId }: JobPayloads[JobName.NotifyMessage]): Promise<NotifyJobResult> {
    return notified(await this.messages.notify(messageId));
  }
}
