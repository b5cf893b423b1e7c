import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor, LongTextBody, ProblemResponses } from '#http';
import type { Actor } from '#identity';
import { NotificationPreferencesDto } from '../preferences/notification-preference.dto.js';
import { NotificationPreferenceService } from '../preferences/notification-preference.service.js';

/** The caller's own notification matrix: there is no way to name another user's. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('api/v1/me/notification-preferences')
export class NotificationPreferencesController {
  constructor(private readonly preferences: NotificationPreferenceService) {}

  @Get()
  @ApiOkResponse({ type: NotificationPreferencesDto, description: 'Defaults where the caller chose nothing' })
  @ProblemResponses(401)
  read(@CurrentActor() actor: Actor): Promise<NotificationPreferencesDto> {
    return this.preferences.matrix(actor.userId);
  }

  @Put()
  @LongTextBody()
  @ApiOkResponse({ type: NotificationPreferencesDto })
  @ProblemResponses(400, 401)
  replace(
    @CurrentActor() actor: Actor,
    @Body() body: NotificationPreferencesDto,
  ): Promise<NotificationPreferencesDto> {
    return this.preferences.replace(actor.userId, body);
  }
}
