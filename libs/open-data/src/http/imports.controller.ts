import { Body, Controller, Get, Header, Post, Query, Req, StreamableFile } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiProduces,
  ApiSecurity,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import {
  CreateRoute,
  CurrentActor,
  ProblemResponses,
  ReadRoute,
  RequestLanguage,
  UuidParam,
  WorkbookBody,
  XLSX_TYPE,
} from '#http';
import { ValidationError, type Language } from '#core';
import type { Actor } from '#identity';
import { CreatePostingImportDto, ImportKindQueryDto, PostingImportDto } from '../dto/posting-import.dto.js';
import { PostingImportService } from '../posting-import.service.js';
import { postingTemplate, readPostingSheet } from '../posting-sheet.js';

/** Imports of demand or achievement lists (JSON or Excel), with a report of every row; by a member or an API key. */
@ApiTags('imports')
@ApiBearerAuth()
@ApiSecurity('api-key')
@Controller('api/v1/imports')
export class ImportsController {
  constructor(private readonly imports: PostingImportService) {}

  @CreateRoute(undefined, PostingImportDto, {
    longText: true,
    problems: [400, 401, 403, 429],
    description:
      'Rows created as drafts, skipped as duplicates of existing postings, or refused with field errors',
  })
  create(
    @CurrentActor() actor: Actor,
    @Body() body: CreatePostingImportDto,
    @RequestLanguage() lang: Language,
  ): Promise<PostingImportDto> {
    const rows = body.rows.map((values, index) => ({ row: index + 1, values }));
    return this.imports.run(actor, body.kind, rows, 'json', lang);
  }

  @Post('xlsx')
  @WorkbookBody()
  @ApiConsumes(XLSX_TYPE)
  @ApiBody({
    schema: { type: 'string', format: 'binary' },
    description:
      'A workbook shaped like GET /imports/template (.xlsx, ≤ 10 MB); rows are numbered as Excel shows them',
  })
  @ApiCreatedResponse({ type: PostingImportDto, description: 'The same report as a JSON import' })
  @ProblemResponses(400, 401, 403, 413, 415, 429)
  async createFromSheet(
    @CurrentActor() actor: Actor,
    @Query() query: ImportKindQueryDto,
    @Req() request: FastifyRequest,
    @RequestLanguage() lang: Language,
  ): Promise<PostingImportDto> {
    if (!Buffer.isBuffer(request.body))
      throw new ValidationError([{ field: 'file', code: 'not-xlsx' }], 'not-xlsx');
    const rows = await readPostingSheet(query.kind, request.body);
    return this.imports.run(actor, query.kind, rows, 'xlsx', lang);
  }

  @Get('template')
  @ApiProduces(XLSX_TYPE)
  @Header('Content-Type', XLSX_TYPE)
  @ApiOkResponse({
    description: 'The Excel template of a kind: headers in Chinese and English, one example row',
  })
  @ProblemResponses(400, 401)
  async template(@Query() query: ImportKindQueryDto): Promise<StreamableFile> {
    return new StreamableFile(await postingTemplate(query.kind), {
      disposition: `attachment; filename="${query.kind}s-import-template.xlsx"`,
    });
  }

  @ReadRoute(':id', PostingImportDto, { problems: [401, 404] })
  get(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @RequestLanguage() lang: Language,
  ): Promise<PostingImportDto> {
    return this.imports.get(actor, id, lang);
  }
}
