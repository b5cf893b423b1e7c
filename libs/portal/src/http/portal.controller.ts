import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { OptionalActor, ProblemResponses, Public, RequestLanguage, UuidParam } from '#http';
import type { Language } from '#core';
import type { Actor } from '#identity';
import {
  DirectoryPageDto,
  DirectoryQueryDto,
  OrganizationProfileDto,
  PortalFiguresDto,
} from '../dto/portal.dto.js';
import { PortalService } from '../portal.service.js';

/** The public portal: organizations' pages, the organization directory and the home page's figures. */
@ApiTags('portal')
@ApiBearerAuth()
@Controller('api/v1')
export class PortalController {
  constructor(private readonly portal: PortalService) {}

  @Get('organizations/:id/profile')
  @Public()
  @ApiOkResponse({
    type: OrganizationProfileDto,
    description: 'Public page: profile, verification badge and the published postings the caller may see',
  })
  @ProblemResponses(404)
  profile(
    @OptionalActor() actor: Actor | null,
    @UuidParam('id') id: string,
    @RequestLanguage() lang: Language,
  ) {
    return this.portal.profile(actor, id, lang);
  }

  @Get('directory')
  @Public()
  @ApiOkResponse({ type: DirectoryPageDto, description: 'Verified organizations by name, keyset-paginated' })
  @ProblemResponses(400)
  directory(@Query() query: DirectoryQueryDto, @RequestLanguage() lang: Language) {
    return this.portal.directoryPage(query, lang);
  }

  @Get('portal/figures')
  @Public()
  @ApiOkResponse({ type: PortalFiguresDto, description: 'Live platform figures, up to a minute old' })
  figures() {
    return this.portal.figures();
  }
}
