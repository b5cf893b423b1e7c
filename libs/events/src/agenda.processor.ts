import { Processor, WorkerHost } from '@nestjs/bullmq';
import { UnrecoverableError, type Job } from 'bullmq';
import { EmailDeliveryService, type DeliveryOutcome } from '#notifications';
import { JobName, QueueName, WORKER_OPTIONS, type JobPayloads } from '#queue';
import { AgendaService } from './agenda.service.js';

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * Sends a publication's agenda emails, each with the participant's `.ics`. Deliveries are claimed by
 * `agenda:<registration>:<version>:<user>`, so a retried or duplicated job sends nothing twice.
 */
@Processor(QueueName.Events, { ...WORKER_OPTIONS, concurrency: 2 })
export class AgendaProcessor extends WorkerHost {
  static readonly handles = [JobName.SendEventAgendas];

  constructor(
    private readonly agendas: AgendaService,
    private readonly deliveries: EmailDeliveryService,
  ) {
    super();
  }

  async process(job: Job): Promise<DeliveryOutcome[]> {
    if (job.name !== JobName.SendEventAgendas) throw new UnrecoverableError(`No handler for job ${job.name}`);
    const { eventId, version } = job.data as JobPayloads[JobName.SendEventAgendas];
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
            html: `<pre style="font-family:sans-serif">${escape(mail.text)}</pre>`,
            attachments: [
              { filename: 'agenda.ics', content: mail.ics, contentType: 'text/calendar; method=PUBLISH' },
            ],
          },
        })),
      ),
    );
  }
}
