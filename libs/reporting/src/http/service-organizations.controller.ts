import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ProblemResponses, Public } from '#http';
import { ServiceOrganizationDto, ServiceOrganizationQueryDto } from '../dto/service-organization.dto.js';
import { ServiceOrganizationsService } from '../service-organizations.service.js';

/** The public directory of verified service organizations and their indicators (评估). */
@ApiTags('reporting')
@Controller('api/v1/service-organizations')
export class ServiceOrganizationsController {
  constructor(private readonly directory: ServiceOrganizationsService) {}

  @Get()
  @Public()
  @ApiOkResponse({
    type: [ServiceOrganizationDto],
    description: 'Verified societies and service agencies by name (at most 100), each with its indicators',
  })
  @ProblemResponses(400)
  list(@Query() query: ServiceOrganizationQueryDto) {
    return this.directory.list(query);
  }
}
