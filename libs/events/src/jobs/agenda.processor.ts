import { Processor } from '@nestjs/bullmq';
import { EmailDeliveryService, type DeliveryOutcome } from '#notifications';
import { Handles, JobName, JobProcessor, QueueName, WORKER_OPTIONS, type JobPayloads } from '#queue';
import { AgendaService } from '../agenda.service.js';

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * Sends a publication's agenda emails, each with the participant's `.ics`. Deliveries are claimed by
 * `agenda:<registration>:<version>:<user>`, so a retried or duplicated job sends nothing twice.
 */
@Processor(QueueName.Events, { ...WORKER_OPTIONS, concurrency: 2 })
export class AgendaProcessor extends JobProcessor {
  constructor(
    private readonly agendas: AgendaService,
    private readonly deliveries: EmailDeliveryService,
  ) {
    super();
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
