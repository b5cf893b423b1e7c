import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { CurrentActor, ProblemResponses, RequestLanguage, UuidParam } from '#http';
import type { Language } from '#core';
import type { Actor } from '#identity';
import { CreatePostingImportDto, PostingImportDto } from '../dto/posting-import.dto.js';
import { PostingImportService } from '../posting-import.service.js';

/** Imports of demand or achievement lists, with a report of every row; by a member or an API key. */
@ApiTags('imports')
@ApiBearerAuth()
@ApiSecurity('api-key')
@Controller('api/v1/imports')
export class ImportsController {
  constructor(private readonly imports: PostingImportService) {}

  @Post()
  @ApiCreatedResponse({
    type: PostingImportDto,
    description:
      'Rows created as drafts, skipped as duplicates of existing postings, or refused with field errors',
  })
  @ProblemResponses(400, 401, 403, 429)
  create(
    @CurrentActor() actor: Actor,
    @Body() body: CreatePostingImportDto,
    @RequestLanguage() lang: Language,
  ): Promise<PostingImportDto> {
    return this.imports.run(actor, body.kind, body.rows, 'json', lang);
  }

  @Get(':id')
  @ApiOkResponse({ type: PostingImportDto })
  @ProblemResponses(401, 404)
  get(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @RequestLanguage() lang: Language,
  ): Promise<PostingImportDto> {
    return this.imports.get(actor, id, lang);
  }
}
