import { Get, Header, Query, Res, StreamableFile } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiOkResponse, ApiOperation, ApiProduces } from '@nestjs/swagger';
import type { Language } from '#core';
import type { Actor } from '#identity';
import { ApiController, CurrentActor, ProblemResponses, RequestLanguage, UuidParam } from '#http';
import { AgendaPdfService } from '../agenda-pdf.service.js';
import { AgendasPdfQueryDto } from '../dto/participation.dto.js';

const PDF_TYPE = 'application/pdf';

/** Printable agendas (PDF with the Chinese font embedded): a participant's own, and the organizers' sets. */
@ApiController('events', 'api/v1/events/:id')
export class EventAgendaPdfController {
  constructor(private readonly pdfs: AgendaPdfService) {}

  @Get('agenda.pdf')
  @ApiOperation({ summary: 'The caller’s agenda to print (approved participants)' })
  @ApiProduces(PDF_TYPE)
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ description: 'One page: its placed meetings, each with the time, table and other side' })
  @ProblemResponses(401, 403, 404)
  async own(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @RequestLanguage() lang: Language,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return pdfAnswer(reply, `agenda-${id}.pdf`, await this.pdfs.own(actor, id, lang));
  }

  @Get('agendas.pdf')
  @ApiOperation({
    summary: 'Every agenda to print (organizers): one page per participant, or one per table',
  })
  @ApiProduces(PDF_TYPE)
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ description: 'The pages, participants by name or tables in the event’s order' })
  @ProblemResponses(400, 401, 403, 404)
  async all(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Query() query: AgendasPdfQueryDto,
    @RequestLanguage() lang: Language,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return pdfAnswer(reply, `agendas-${query.by}-${id}.pdf`, await this.pdfs.all(actor, id, query.by, lang));
  }
}

function pdfAnswer(reply: FastifyReply, filename: string, file: Buffer): StreamableFile {
  void reply
    .header('Content-Type', PDF_TYPE)
    .header('Content-Disposition', `attachment; filename="${filename}"`);
  return new StreamableFile(file);
}
