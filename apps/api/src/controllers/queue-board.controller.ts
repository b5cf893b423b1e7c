import { Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentActor, ProblemResponses } from '#http';
import { AppConfig, ForbiddenError } from '#core';
import type { Actor } from '#identity';
import { QUEUE_BOARD_COOKIE, QUEUE_BOARD_PATH } from '../queue-board.js';

/** Opens the queue dashboard (bull-board at /admin/queues) to a platform admin's browser. */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('api/v1/admin/queue-board')
export class QueueBoardController {
  constructor(private readonly config: AppConfig) {}

  /**
   * Puts the caller's access token into an HttpOnly cookie that only the dashboard's path receives. Only
   * a signed-in session qualifies: a personal access token is long-lived and meant for integrations.
   */
  @Post('session')
  @HttpCode(204)
  @ApiNoContentResponse({ description: `Sets the HttpOnly cookie that opens ${QUEUE_BOARD_PATH}` })
  @ProblemResponses(401, 403)
  session(
    @CurrentActor() actor: Actor,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): void {
    if (actor.platformRole !== 'admin' || !actor.sessionId) throw new ForbiddenError('forbidden');
    const [, token] = (request.headers.authorization ?? '').split(' ');
    reply.setCookie(QUEUE_BOARD_COOKIE, token!, {
      httpOnly: true,
      secure: this.config.cookieSecure,
      sameSite: 'strict',
      path: QUEUE_BOARD_PATH,
      maxAge: this.config.ACCESS_TOKEN_TTL_SECONDS,
    });
  }
}
