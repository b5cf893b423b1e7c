import { Get, Query } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';
import { ApiController, OptionalActor, Public, ReadRoute, RequestLanguage, UuidParam } from '#http';
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
@ApiController('portal', 'api/v1')
export class PortalController {
  constructor(private readonly portal: PortalService) {}

  @ReadRoute('organizations/:id/profile', OrganizationProfileDto, {
    public: true,
    description: 'Public page: profile, verification badge and the published postings the caller may see',
  })
  profile(
    @OptionalActor() actor: Actor | null,
    @UuidParam('id') id: string,
    @RequestLanguage() lang: Language,
  ) {
    return this.portal.profile(actor, id, lang);
  }

  @ReadRoute('directory', DirectoryPageDto, {
    public: true,
    problems: [400],
    description: 'Verified organizations by name, keyset-paginated',
  })
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
