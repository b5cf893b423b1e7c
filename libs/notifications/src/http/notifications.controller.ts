import { Controller, Get, HttpCode, type OnModuleDestroy, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentActor, ProblemResponses, RequestLanguage, UuidParam } from '#http';
import type { Language } from '#core';
import type { Actor } from '#identity';
import {
  NotificationDto,
  NotificationPageDto,
  NotificationQueryDto,
  UnreadCountDto,
} from '../in-app/notification.dto.js';
import { NotificationService } from '../in-app/notification.service.js';

/** How often a stream re-reads the unread count: one indexed count per open tab, cheap enough. */
const STREAM_POLL_MS = 2_000;
/** A comment line now and then keeps proxies from closing an idle stream. */
const STREAM_HEARTBEAT_MS = 15_000;
/**
 * A stream outlives no access token by long: it ends after this, and the client reconnects with a
 * fresh token, so a revoked session stops hearing within minutes.
 */
const STREAM_MAX_MS = 5 * 60_000;

/** The caller's own in-app notifications; anyone else's is a 404. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('api/v1/notifications')
export class NotificationsController implements OnModuleDestroy {
  private readonly streams = new Set<() => void>();

  constructor(private readonly notifications: NotificationService) {}

  @Get()
  @ApiOkResponse({ type: NotificationPageDto, description: 'The caller’s notifications, newest first' })
  @ProblemResponses(400, 401)
  list(
    @CurrentActor() actor: Actor,
    @Query() query: NotificationQueryDto,
    @RequestLanguage() lang: Language,
  ) {
    return this.notifications.list(actor.userId, lang, query);
  }

  @Get('unread-count')
  @ApiOkResponse({ type: UnreadCountDto })
  @ProblemResponses(401)
  async unreadCount(@CurrentActor() actor: Actor): Promise<UnreadCountDto> {
    return { unread: await this.notifications.unreadCount(actor.userId) };
  }

  @Get('stream')
  @ApiProduces('text/event-stream')
  @ApiOkResponse({
    description:
      'Server-sent events: `event: unread` with `data: {"unread": n}` at once and whenever the count ' +
      'changes (checked every 2 s), a comment line every 15 s; the server ends the stream after 5 minutes ' +
      'and clients reconnect (`retry: 3000`)',
    content: { 'text/event-stream': { schema: { type: 'string' } } },
  })
  @ProblemResponses(401)
  stream(@CurrentActor() actor: Actor, @Req() request: FastifyRequest, @Res() reply: FastifyReply): void {
    // The response is written by hand for as long as the client listens; Fastify must not finish it.
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    raw.write('retry: 3000\n\n');
    let last: number | undefined;
    let reading = false;
    const push = async () => {
      // A slow count must not pile up reads behind it.
      if (reading) return;
      reading = true;
      try {
        const unread = await this.notifications.unreadCount(actor.userId);
        if (unread !== last && !raw.writableEnded) {
          last = unread;
          raw.write(`event: unread\ndata: ${JSON.stringify({ unread })}\n\n`);
        }
      } catch {
        // A failed read is retried at the next tick; the client keeps the last count meanwhile.
      } finally {
        reading = false;
      }
    };
    const poll = setInterval(() => void push(), STREAM_POLL_MS);
    const heartbeat = setInterval(() => raw.write(': keep-alive\n\n'), STREAM_HEARTBEAT_MS);
    const end = () => {
      clearInterval(poll);
      clearInterval(heartbeat);
      clearTimeout(expiry);
      this.streams.delete(end);
      if (!raw.writableEnded) raw.end();
    };
    const expiry = setTimeout(end, STREAM_MAX_MS);
    this.streams.add(end);
    request.raw.on('close', end);
    void push();
  }

  @Post('read-all')
  @HttpCode(200)
  @ApiOkResponse({
    type: UnreadCountDto,
    description: 'Marks every notification read; the unread count after',
  })
  @ProblemResponses(401)
  async readAll(@CurrentActor() actor: Actor): Promise<UnreadCountDto> {
    await this.notifications.markAllRead(actor.userId);
    return { unread: await this.notifications.unreadCount(actor.userId) };
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOkResponse({ type: NotificationDto })
  @ProblemResponses(401, 404)
  read(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @RequestLanguage() lang: Language) {
    return this.notifications.markRead(actor.userId, id, lang);
  }

  /** Open streams would hold the server's close open: end them first. */
  onModuleDestroy(): void {
    for (const end of [...this.streams]) end();
  }
}
