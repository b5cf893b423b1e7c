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
  PortalOperatorDto,
} from '../dto/portal.dto.js';
import { PortalConfig } from '../portal.config.js';
import { PortalService } from '../portal.service.js';

/**
 * The public portal: organizations' pages, the organization directory, the home page's figures and the
 * operator the legal texts name.
 */
@ApiController('portal', 'api/v1')
export class PortalController {
  constructor(
    private readonly portal: PortalService,
    private readonly config: PortalConfig,
  ) {}

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

  @Get('portal/operator')
  @Public()
  @ApiOkResponse({
    type: PortalOperatorDto,
    description: 'The operator the user agreement and privacy policy name',
  })
  operator(): PortalOperatorDto {
    return { name: this.config.OPERATOR_NAME, privacyContactEmail: this.config.PRIVACY_CONTACT_EMAIL };
  }
}
