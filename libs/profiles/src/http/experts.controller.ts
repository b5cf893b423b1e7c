import { Body, Get, Header, HttpCode, Post, Req, StreamableFile } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBody, ApiConsumes, ApiOkResponse, ApiProduces } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import {
  ApiController,
  CreateRoute,
  CurrentActor,
  ProblemResponses,
  ReadRoute,
  RequestLanguage,
  StatusStep,
  UuidParam,
  WorkbookBody,
  XLSX_TYPE,
} from '#http';
import { ValidationError, type Language } from '#core';
import type { Actor } from '#identity';
import { accessRequestsController, catalogueController } from '#postings';
import {
  ClaimExpertDto,
  CreateExpertDto,
  ExpertClaimInvitationDto,
  ExpertDto,
  ExpertPageDto,
  ExpertQueryDto,
  ExpertSummaryDto,
  UpdateExpertDto,
} from '../dto/expert.dto.js';
import { ExpertImportDto } from '../dto/expert-import.dto.js';
import { ExpertImportService } from '../imports/expert-import.service.js';
import { ExpertService } from '../experts/expert.service.js';
import { expertTemplate } from '../imports/expert-sheet.js';

/** 专家: profiles kept by societies, claimable by the experts themselves. */
export const ExpertsController = catalogueController({
  path: 'experts',
  service: ExpertService,
  createDto: CreateExpertDto,
  updateDto: UpdateExpertDto,
  queryDto: ExpertQueryDto,
  dto: ExpertDto,
  summaryDto: ExpertSummaryDto,
  pageDto: ExpertPageDto,
  owners: 'society',
});

/** Access requests to confidential expert profiles, as for every confidential posting. */
export const ExpertAccessController = accessRequestsController({
  path: 'experts',
  service: ExpertService,
  noun: 'expert profile',
});

/** What experts have beyond the shared catalogue routes: claiming a profile, and bulk import. */
@ApiController('experts', 'api/v1/experts')
export class ExpertProfilesController {
  constructor(
    private readonly experts: ExpertService,
    private readonly imports: ExpertImportService,
  ) {}

  @CreateRoute(':id/claim-invitations', ExpertClaimInvitationDto, {
    description: 'The society emails the expert a link to claim the profile',
  })
  inviteClaim(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.experts.inviteClaim(actor, id);
  }

  @StatusStep(
    'claims',
    ExpertDto,
    'The signed-in user with the invited address claims the profile',
    [400, 401, 403, 404, 409],
  )
  claim(@CurrentActor() actor: Actor, @Body() body: ClaimExpertDto, @RequestLanguage() lang: Language) {
    return this.experts.claim(actor, body.claimId, body.token, lang);
  }

  @ReadRoute('claimed', [ExpertSummaryDto], {
    problems: [401],
    description: 'Profiles the caller has claimed',
  })
  claimed(@CurrentActor() actor: Actor, @RequestLanguage() lang: Language) {
    return this.experts.claimedBy(actor, lang);
  }

  @Get('import-template')
  @ApiProduces(XLSX_TYPE)
  @Header('Content-Type', XLSX_TYPE)
  @Header(
    'Content-Disposition',
    `attachment; filename="experts-template.xlsx"; filename*=UTF-8''${encodeURIComponent('专家导入模板.xlsx')}`,
  )
  @ApiOkResponse({ description: 'The Excel template for bulk import, with a sheet of codes' })
  @ProblemResponses(401)
  async template() {
    return new StreamableFile(await expertTemplate());
  }

  @Post('imports')
  @WorkbookBody()
  @HttpCode(202)
  @ApiConsumes(XLSX_TYPE)
  @ApiBody({
    schema: { type: 'string', format: 'binary' },
    description: 'The filled-in template (.xlsx, ≤ 10 MB)',
  })
  @ApiAcceptedResponse({ type: ExpertImportDto, description: 'Queued; poll GET /experts/imports/{id}' })
  @ProblemResponses(400, 401, 403, 413, 415)
  startImport(@CurrentActor() actor: Actor, @Req() request: FastifyRequest) {
    if (!Buffer.isBuffer(request.body))
      throw new ValidationError([{ field: 'file', code: 'not-xlsx' }], 'not-xlsx');
    return this.imports.start(actor, request.body);
  }

  @ReadRoute('imports/:importId', ExpertImportDto, { problems: [401, 404] })
  importStatus(
    @CurrentActor() actor: Actor,
    @UuidParam('importId') id: string,
    @RequestLanguage() lang: Language,
  ) {
    return this.imports.get(actor, id, lang);
  }
}
