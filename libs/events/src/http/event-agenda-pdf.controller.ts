import { Query } from '@nestjs/common';
import type { Language } from '#core';
import type { Actor } from '#identity';
import { ApiController, attachment, CurrentActor, FileDownload, RequestLanguage, UuidParam } from '#http';
import { AgendaPdfService } from '../agenda-pdf.service.js';
import { AgendasPdfQueryDto } from '../dto/participation.dto.js';

const PDF_TYPE = 'application/pdf';

/** Printable agendas (PDF with the Chinese font embedded): a participant's own, and the organizers' sets. */
@ApiController('events', 'api/v1/events/:id')
export class EventAgendaPdfController {
  constructor(private readonly pdfs: AgendaPdfService) {}

  @FileDownload('agenda.pdf', [PDF_TYPE], {
    summary: 'The caller’s agenda to print (approved participants)',
    description: 'One page: its placed meetings, each with the time, table and other side',
    problems: [401, 403, 404],
  })
  async own(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @RequestLanguage() lang: Language) {
    return attachment(await this.pdfs.own(actor, id, lang), PDF_TYPE, `agenda-${id}.pdf`);
  }

  @FileDownload('agendas.pdf', [PDF_TYPE], {
    summary: 'Every agenda to print (organizers): one page per participant, or one per table',
    description: 'The pages, participants by name or tables in the event’s order',
    problems: [400, 401, 403, 404],
  })
  async all(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Query() query: AgendasPdfQueryDto,
    @RequestLanguage() lang: Language,
  ) {
    return attachment(
      await this.pdfs.all(actor, id, query.by, lang),
      PDF_TYPE,
      `agendas-${query.by}-${id}.pdf`,
    );
  }
}
