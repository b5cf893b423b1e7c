import { InjectQueue, Processor } from '@nestjs/bullmq';
import { Inject } from '@nestjs/common';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { EmailDeliveryService, type DeliveryOutcome, type DispatchResult } from '#notifications';
import {
  Handles,
  JobName,
  QueueName,
  REDIS,
  SchedulingJobProcessor,
  WORKER_OPTIONS,
  type JobPayloads,
  type JobSchedule,
} from '#queue';
import { escapeHtml } from '../agenda/escape-html.js';
import { AgendaService } from '../agenda.service.js';
import { EventNotifier } from '../event-notifier.js';
import { EventReminderService, type EventReminderOutcome } from '../event-reminder.service.js';
import { EventInvitationService } from '../invitation.service.js';

/**
 * The events queue: a publication's agenda emails, each with the participant's `.ics`, and the change
 * notices of moved or cancelled meetings and cancelled events, and organizers' invitations. Agenda
 * deliveries are claimed by `agenda:<registration>:<version>:<user>`, invitations by
 * `event-invitation:<id>`, notices by the dispatcher's event keys, so a retried or duplicated job sends
 * nothing twice. A sweep a minute (a repeatable job the base keeps, even across a Redis emptied) queues
 * the meeting reminders that came due through the outbox; each is sent by its own job.
 */
@Processor(QueueName.Events, { ...WORKER_OPTIONS, concurrency: 2 })
export class AgendaProcessor extends SchedulingJobProcessor {
  constructor(
    private readonly agendas: AgendaService,
    private readonly deliveries: EmailDeliveryService,
    private readonly notifier: EventNotifier,
    private readonly invitations: EventInvitationService,
    private readonly reminders: EventReminderService,
    @InjectQueue(QueueName.Events) queue: Queue,
    @Inject(REDIS) redis: Redis,
  ) {
    super(queue, redis);
  }

  schedules(): readonly JobSchedule[] {
    // Reminder leads are minutes: a sweep a minute is on time.
    return [{ job: JobName.QueueEventReminders, repeat: { every: 60_000 } }];
  }

  @Handles(JobName.QueueEventReminders)
  async queueDueReminders(): Promise<{ queued: number }> {
    return { queued: await this.reminders.queueDue() };
  }

  @Handles(JobName.SendEventReminder)
  sendReminder(payload: JobPayloads[JobName.SendEventReminder]): Promise<EventReminderOutcome> {
    return this.reminders.send(payload);
  }

  @Handles(JobName.SendEventAgendas)
  async sendAgendas({ eventId, version }: JobPayloads[JobName.SendEventAgendas]): Promise<DeliveryOutcome[]> {
    const mails = await this.agendas.mailsFor(eventId, version);
    return this.deliveries.deliverAll(
      mails.flatMap((mail) =>
        mail.recipients.map((recipient) => ({
          dedupeKey: `agenda:${mail.registrationId}:${version}:${recipient.userId}`,
          template: 'event-agenda',
          to: recipient.email,
          email: {
            subject: mail.subject,
            text: mail.text,
            html: `<pre style="font-family:sans-serif">${escapeHtml(mail.text)}</pre>`,
            attachments: [
              { filename: 'agenda.ics', content: mail.ics, contentType: 'text/calendar; method=PUBLISH' },
            ],
          },
        })),
      ),
    );
  }

  @Handles(JobName.NotifyEventMeetingChange)
  meetingChanged(payload: JobPayloads[JobName.NotifyEventMeetingChange]): Promise<DispatchResult[] | null> {
    return this.notifier.meetingChanged(payload);
  }

  @Handles(JobName.NotifyEventCancelled)
  eventCancelled(payload: JobPayloads[JobName.NotifyEventCancelled]): Promise<DispatchResult[]> {
    return this.notifier.eventCancelled(payload);
  }

  @Handles(JobName.SendEventInvitation)
  async sendInvitation({
    invitationId,
  }: JobPayloads[JobName.SendEventInvitation]): Promise<DeliveryOutcome | null> {
    const mail = await this.invitations.emailFor(invitationId);
    if (!mail) return null;
    return this.deliveries.deliver(
      `event-invitation:${invitationId}`,
      'event-invitation',
      mail.to,
      mail.email,
    );
  }
}
