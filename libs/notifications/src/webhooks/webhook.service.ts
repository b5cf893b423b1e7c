import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig, ConflictError, NotFoundError, pick, ValidationError } from '#core';
import type { Actor } from '#identity';
import { JobName, QueueName, type JobPayloads } from '#queue';
import { assertWebhookAccess, organizationOf } from './webhook-access.js';
import { WebhookAgents, WebhookRefusedError } from './webhook-address-filter.js';
import { WebhookDelivery } from './webhook-delivery.entity.js';
import { newestFirstPage, type BeforeCursor } from '../newest-first-page.js';
import type { WebhookPayload } from './webhook-formats.js';
import { newWebhookSecret } from './webhook-signature.js';
import { WEBHOOK_EVENT_KINDS, Webhook, type WebhookEventKind, type WebhookFormat } from './webhook.entity.js';
import type {
  WebhookDeliveryDto,
  WebhookDeliveryPageDto,
  WebhookDto,
  WebhookWithSecretDto,
} from './webhook.dto.js';

/** Enough for any organization's integrations; more would be a mistake or abuse. */
const MAX_WEBHOOKS_PER_ORGANIZATION = 20;

/** One event for every matching webhook of some organizations (the seam event handlers call). */
export interface WebhookEvent {
  /** What makes two calls the same event, e.g. `match-found:<match id>:<version>`. */
  eventKey: string;
  eventKind: WebhookEventKind;
  payload: WebhookPayload;
}

/** An event and the organizations whose webhooks hear of it. */
export interface WebhookTarget {
  organizationIds: readonly string[];
  event: WebhookEvent;
}

export interface WebhookInput {
  url?: string;
  format?: WebhookFormat;
  events?: WebhookEventKind[];
  active?: boolean;
  robotSecret?: string | null;
}

/**
 * Organization webhooks: settings, the delivery log, and the enqueueing of deliveries. Each delivery is
 * one row, unique per (webhook, event); its job (id = delivery id) carries only that id, and the worker
 * renders and signs the body when it sends.
 */
@Injectable()
export class WebhookService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QueueName.Webhooks) private readonly queue: Queue,
    private readonly agents: WebhookAgents,
    private readonly config: AppConfig,
  ) {}

  async list(actor: Actor, requestedOrganization?: string): Promise<WebhookDto[]> {
    const organizationId = organizationOf(actor, requestedOrganization);
    assertWebhookAccess(actor, organizationId, 'read');
    const rows = await this.dataSource
      .getRepository(Webhook)
      .find({ where: { organizationId }, order: { createdAt: 'ASC' } });
    return rows.map(present);
  }

  async get(actor: Actor, id: string): Promise<WebhookDto> {
    return present(await this.load(actor, id, 'read'));
  }

  async create(actor: Actor, input: WebhookInput & { url: string }): Promise<WebhookWithSecretDto> {
    const organizationId = organizationOf(actor);
    assertWebhookAccess(actor, organizationId, 'manage');
    await this.checkUrl(input.url);
    const repository = this.dataSource.getRepository(Webhook);
    if ((await repository.countBy({ organizationId })) >= MAX_WEBHOOKS_PER_ORGANIZATION)
      throw new ConflictError('too-many-webhooks', { max: MAX_WEBHOOKS_PER_ORGANIZATION });
    const saved = await repository.save(
      repository.create({
        organizationId,
        url: input.url,
        format: input.format ?? 'generic',
        events: input.events ?? [...WEBHOOK_EVENT_KINDS],
        active: input.active ?? true,
        robotSecret: input.robotSecret ?? null,
        secret: newWebhookSecret(),
        createdBy: actor.userId,
      }),
    );
    return { ...present(saved), secret: saved.secret };
  }

  async update(actor: Actor, id: string, input: WebhookInput): Promise<WebhookDto> {
    const webhook = await this.load(actor, id, 'manage');
    const nulls = (['url', 'format', 'events', 'active'] as const).filter((field) => input[field] === null);
    if (nulls.length > 0) throw new ValidationError(nulls.map((field) => ({ field, code: 'isNotEmpty' })));
    if (input.url !== undefined) await this.checkUrl(input.url);
    return present(await this.saveLocked(actor, webhook.id, (locked) => Object.assign(locked, input)));
  }

  async remove(actor: Actor, id: string): Promise<void> {
    const webhook = await this.load(actor, id, 'manage');
    await this.dataSource.getRepository(Webhook).delete({ id: webhook.id });
  }

  async rotateSecret(actor: Actor, id: string): Promise<WebhookWithSecretDto> {
    const saved = await this.saveLocked(actor, id, (webhook) => {
      webhook.secret = newWebhookSecret();
    });
    return { ...present(saved), secret: saved.secret };
  }

  /** Sends a signed `ping` through the same queue and sender as real events; the log shows the outcome. */
  async test(actor: Actor, id: string): Promise<WebhookDeliveryDto> {
    const webhook = await this.load(actor, id, 'manage');
    const repository = this.dataSource.getRepository(WebhookDelivery);
    const payload: WebhookPayload = {
      title: { zh: '对接平台 Webhook 测试', en: 'Duijie webhook test' },
      body: {
        zh: '这是一条测试消息：收到即说明地址、格式和签名配置正确。',
        en: 'A test message: if it arrived, the address, format and signature are set up right.',
      },
      link: `${this.config.PUBLIC_URL}/organization/webhooks`,
      facts: { webhookId: webhook.id },
    };
    const delivery = await repository.save(
      repository.create({
        webhookId: webhook.id,
        eventKey: `ping:${randomUUID()}`,
        eventKind: 'ping',
        data: payload,
      }),
    );
    await this.enqueue([delivery.id]);
    return presentDelivery(delivery);
  }

  async deliveries(actor: Actor, id: string, page: BeforeCursor): Promise<WebhookDeliveryPageDto> {
    const webhook = await this.load(actor, id, 'read');
    return newestFirstPage(
      this.dataSource.getRepository(WebhookDelivery),
      { column: 'webhook_id', value: webhook.id },
      page,
      presentDelivery,
    );
  }

  /** Sends a failed delivery again, with a fresh round of attempts. */
  async retry(actor: Actor, id: string, deliveryId: string): Promise<WebhookDeliveryDto> {
    const webhook = await this.load(actor, id, 'manage');
    const repository = this.dataSource.getRepository(WebhookDelivery);
    const reset = await repository
      .createQueryBuilder()
      .update()
      .set({ status: 'pending', nextAttemptAt: () => 'now()' })
      .where('id = :deliveryId AND webhook_id = :webhookId AND status = :failed', {
        deliveryId,
        webhookId: webhook.id,
        failed: 'failed',
      })
      .execute();
    if (!reset.affected) {
      const exists = await repository.existsBy({ id: deliveryId, webhookId: webhook.id });
      if (!exists) throw new NotFoundError('webhook-delivery-not-found');
      throw new ConflictError('webhook-delivery-not-failed');
    }
    // The failed job keeps the delivery's id in Redis for a while; it must go before a new one can start.
    await this.queue.remove(deliveryId);
    await this.enqueue([deliveryId]);
    return presentDelivery(await repository.findOneByOrFail({ id: deliveryId }));
  }

  /**
   * For each event, one delivery per active webhook of its organizations that wants its kind, and a job
   * for each; all events in a few statements. A repeated call (a retried job) inserts nothing new; it
   * enqueues again whatever is still pending for the events, which BullMQ ignores for jobs it still has,
   * so a crash between insert and enqueue loses nothing. Returns the number of new deliveries.
   */
  async enqueueForEvents(targets: readonly WebhookTarget[]): Promise<number> {
    const organizationIds = [...new Set(targets.flatMap((t) => t.organizationIds))];
    if (organizationIds.length === 0) return 0;
    const wanting = await this.dataSource.query<{ id: string; organizationId: string; events: string[] }[]>(
      `SELECT id, organization_id AS "organizationId", events FROM webhooks
        WHERE organization_id = ANY($1::uuid[]) AND active AND events && $2::varchar[]`,
      [organizationIds, [...new Set(targets.map((t) => t.event.eventKind))]],
    );
    const deliveries = targets.flatMap(({ organizationIds: owners, event }) =>
      wanting
        .filter((w) => owners.includes(w.organizationId) && w.events.includes(event.eventKind))
        .map((w) => ({
          webhookId: w.id,
          eventKey: event.eventKey,
          eventKind: event.eventKind,
          data: event.payload,
        })),
    );
    if (deliveries.length === 0) return 0;
    const inserted = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(WebhookDelivery)
      .values(deliveries)
      .orIgnore()
      .returning('id')
      .execute();
    const pending = await this.dataSource.query<{ id: string }[]>(
      `SELECT d.id FROM webhook_deliveries d
         JOIN unnest($1::uuid[], $2::text[]) AS k(webhook_id, event_key)
           ON d.webhook_id = k.webhook_id AND d.event_key = k.event_key
        WHERE d.status = 'pending'`,
      [deliveries.map((d) => d.webhookId), deliveries.map((d) => d.eventKey)],
    );
    await this.enqueue(pending.map((d) => d.id));
    return (inserted.raw as unknown[]).length;
  }

  /**
   * Re-enqueues deliveries still open after the grace period: their job was lost with Redis (or their
   * attempt died). Jobs BullMQ still has (a retry waiting out its backoff) keep their id and are ignored.
   */
  async requeueStale(graceSeconds: number): Promise<number> {
    const stale = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM webhook_deliveries
        WHERE status IN ('pending', 'delivering') AND updated_at < now() - make_interval(secs => $1)
        ORDER BY updated_at LIMIT 1000`,
      [graceSeconds],
    );
    await this.enqueue(stale.map((row) => row.id));
    return stale.length;
  }

  private async enqueue(deliveryIds: string[]): Promise<void> {
    if (deliveryIds.length === 0) return;
    await this.queue.addBulk(
      deliveryIds.map((deliveryId) => ({
        name: JobName.DeliverWebhook,
        data: { deliveryId } satisfies JobPayloads[JobName.DeliverWebhook],
        opts: { jobId: deliveryId },
      })),
    );
  }

  private async checkUrl(url: string): Promise<void> {
    try {
      await this.agents.check(url);
    } catch (error) {
      if (error instanceof WebhookRefusedError)
        throw new ValidationError([{ field: 'url', code: error.refusal }]);
      throw error;
    }
  }

  /** The webhook if the actor may use it so; locked for the rest of `manager`'s transaction when one is given. */
  private async load(
    actor: Actor,
    id: string,
    access: 'read' | 'manage',
    manager?: EntityManager,
  ): Promise<Webhook> {
    const webhook = manager
      ? await manager.findOne(Webhook, { where: { id }, lock: { mode: 'pessimistic_write' } })
      : await this.dataSource.getRepository(Webhook).findOneBy({ id });
    if (!webhook) throw new NotFoundError('webhook-not-found');
    assertWebhookAccess(actor, webhook.organizationId, access);
    return webhook;
  }

  /**
   * Changes a webhook with its row locked: a delete arriving meanwhile waits, and one that came first
   * makes this a 404 (save() on a row read before a delete would insert it again and keep delivering).
   */
  private saveLocked(actor: Actor, id: string, change: (webhook: Webhook) => void): Promise<Webhook> {
    return this.dataSource.transaction(async (manager) => {
      const webhook = await this.load(actor, id, 'manage', manager);
      change(webhook);
      return manager.save(webhook);
    });
  }
}

function present(row: Webhook): WebhookDto {
  return {
    ...pick(row, ['id', 'organizationId', 'url', 'format', 'events', 'active']),
    hasRobotSecret: row.robotSecret !== null,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentDelivery(row: WebhookDelivery): WebhookDeliveryDto {
  return {
    id: row.id,
    webhookId: row.webhookId,
    eventKind: row.eventKind,
    eventKey: row.eventKey,
    status: row.status,
    attempts: row.attempts,
    lastStatusCode: row.lastStatusCode,
    lastError: row.lastError,
    requestBody: row.requestBody,
    nextAttemptAt: row.nextAttemptAt?.toISOString() ?? null,
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
