import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ProblemResponses, Public } from '#http';
import { NotificationPreferenceService } from '../preferences/notification-preference.service.js';
import { UnsubscribeDto, UnsubscribeQueryDto } from '../preferences/notification-preference.dto.js';

/**
 * Unsubscribe links of notification emails, without sign-in: the signed token is the authority, and it
 * can only turn email off. POST is also the RFC 8058 one-click target of the `List-Unsubscribe` header.
 */
@ApiTags('notifications')
@Public()
@Controller('api/v1/unsubscribe')
export class UnsubscribeController {
  constructor(private readonly preferences: NotificationPreferenceService) {}

  @Get()
  @ApiOkResponse({ type: UnsubscribeDto, description: 'What the link would turn off; changes nothing' })
  @ProblemResponses(400)
  preview(@Query() query: UnsubscribeQueryDto): Promise<UnsubscribeDto> {
    return this.preferences.previewUnsubscribe(query.token);
  }

  @Post()
  @HttpCode(200)
  @ApiOkResponse({
    type: UnsubscribeDto,
    description: 'Turns email off for the kinds named; a body of `List-Unsubscribe=One-Click` is accepted',
  })
  @ProblemResponses(400)
  unsubscribe(@Query() query: UnsubscribeQueryDto): Promise<UnsubscribeDto> {
    return this.preferences.unsubscribe(query.token);
  }
}
