import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getQueueToken, type WorkerHost } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import request from 'supertest';
import { EmailDeliveryService } from '#notifications';
import { JobName, OutboxReconciler, outboxJobId, QueueName, REDIS } from '#queue';
import { EmailProcessor } from '../../apps/worker/src/shared-queues.js';
import { STRIKES_BEFORE_RECREATE, WorkerWatchdog } from '../../apps/worker/src/worker-watchdog.js';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import type { SignedInUser } from '../support/http.js';
import { party } from '../support/factories.js';
import { forgetEverythingInRedis } from '../support/reliability.js';
import { eventually } from '../support/search.js';

/**
 * The recovery parts one at a time, in process: completion tracking, the reconciler replaying a job Redis
 * lost, abandoned email claims, and the watchdog replacing a dead worker. test/reliability/ runs them
 * together against a worker process that is killed and a Redis that is restarted.
 */
let app: TestApp;
let owner: SignedInUser;
let organizationId: string;
let reconciler: OutboxReconciler;
let emailQueue: Queue;

beforeAll(async () => {
  // A grace of one second, and schedules that never fire during the test: each test drives its step.
  app = await startTestApp({
    env: {
      RECOVERY_GRACE_SECONDS: '1',
      RECONCILE_INTERVAL_SECONDS: '3600',
      WATCHDOG_INTERVAL_SECONDS: '3600',
    },
  });
  ({ user: owner, org: organizationId } = await party(app));
  reconciler = app.worker!.get(OutboxReconciler);
  emailQueue = app.worker!.get<Queue>(getQueueToken(QueueName.Email), { strict: false });
});

afterAll(async () => {
  await app.close();
});

async function invite(email: string): Promise<string> {
  const response = await request(app.baseUrl)
    .post(`/api/v1/organizations/${organizationId}/invitations`)
    .auth(owner.token, { type: 'bearer' })
    .send({ email })
    .expect(201);
  return response.body.id as string;
}

/** The invitation's outbox row once its email job has completed and PostgreSQL has heard so. */
async function finishedRowOf(invitationId: string): Promise<{ id: string; pending_jobs: string[] }> {
  return eventually(async () => {
    const row = await outboxRowOf(invitationId);
    expect(row.pending_jobs).toEqual([]);
    return row;
  });
}

async function outboxRowOf(invitationId: string): Promise<{ id: string; pending_jobs: string[] }> {
  const [row] = await app.dataSource.query<{ id: string; pending_jobs: string[] }[]>(
    `SELECT id::text AS id, pending_jobs FROM outbox_events WHERE payload->>'invitationId' = $1`,
    [invitationId],
  );
  return row!;
}

const mailsTo = (email: string) => app.mailbox.messages.filter((mail) => mail.to === email);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the reconciler', () => {
  it('sees a job through: pending while it runs, finished once it completed', async () => {
    const invitationId = await invite('tracked@example.com');
    await app.mailbox.waitFor('tracked@example.com');
    await finishedRowOf(invitationId);
  });

  it('re-enqueues, under the same job id, a job Redis lost, and the email goes out once', async () => {
    const invitationId = await invite('lost@example.com');
    await app.mailbox.waitFor('lost@example.com');
    const row = await finishedRowOf(invitationId);
    const jobId = outboxJobId(JobName.SendInvitationEmail, row.id);
    // As after a FLUSHALL: the job is gone from Redis and PostgreSQL never heard it finished.
    await emailQueue.remove(jobId);
    await app.dataSource.query(`UPDATE outbox_events SET pending_jobs = $2 WHERE id = $1`, [
      row.id,
      [JobName.SendInvitationEmail],
    ]);
    await pause(1_100);
    const report = await reconciler.reconcile();
    expect(report).toMatchObject({ requeued: 1 });
    await finishedRowOf(invitationId);
    expect(await emailQueue.getJobState(jobId)).toBe('completed');
    // The replayed job found its delivery row sent: no second email.
    expect(mailsTo('lost@example.com')).toHaveLength(1);
  });

  it('marks finished a job Redis completed whose completion PostgreSQL missed, without running it again', async () => {
    const invitationId = await invite('missed@example.com');
    await app.mailbox.waitFor('missed@example.com');
    const row = await finishedRowOf(invitationId);
    await app.dataSource.query(`UPDATE outbox_events SET pending_jobs = $2 WHERE id = $1`, [
      row.id,
      [JobName.SendInvitationEmail],
    ]);
    await pause(1_100);
    expect(await reconciler.reconcile()).toMatchObject({ requeued: 0, finished: 1 });
    expect((await outboxRowOf(invitationId)).pending_jobs).toEqual([]);
  });

  it('records a job that completes before the relay that started it has committed', async () => {
    const [{ id }] = await app.dataSource.query<{ id: string }[]>(
      `INSERT INTO outbox_events (type, payload, dispatched_at)
       VALUES ('invitation.created', '{"invitationId":"00000000-0000-4000-8000-000000000001"}', now())
       RETURNING id::text AS id`,
    );
    const relay = app.dataSource.createQueryRunner();
    await relay.connect();
    await relay.startTransaction();
    // The relay holds the row from its SELECT … FOR UPDATE until it writes the jobs it started.
    await relay.query(`SELECT id FROM outbox_events WHERE id = $1 FOR UPDATE`, [id]);
    const completion = reconciler.finished(id, JobName.SendInvitationEmail);
    await pause(200);
    await relay.query(`UPDATE outbox_events SET pending_jobs = $2 WHERE id = $1`, [
      id,
      [JobName.SendInvitationEmail],
    ]);
    await relay.commitTransaction();
    await relay.release();
    await completion;
    const [row] = await app.dataSource.query<{ pending_jobs: string[] }[]>(
      `SELECT pending_jobs FROM outbox_events WHERE id = $1`,
      [id],
    );
    expect(row!.pending_jobs).toEqual([]);
    await app.dataSource.query(`DELETE FROM outbox_events WHERE id = $1`, [id]);
  });

  it('leaves alone a row within its grace period, whose job may still be on its way', async () => {
    const [{ id }] = await app.dataSource.query<{ id: string }[]>(
      `INSERT INTO outbox_events (type, payload, dispatched_at, pending_jobs)
       VALUES ('invitation.created', '{"invitationId":"00000000-0000-4000-8000-000000000000"}', now(), $1)
       RETURNING id::text AS id`,
      [[JobName.SendInvitationEmail]],
    );
    expect(await reconciler.reconcile()).toMatchObject({ checked: 0, requeued: 0 });
    await app.dataSource.query(`DELETE FROM outbox_events WHERE id = $1`, [id]);
  });
});

describe('email claims', () => {
  const email = { subject: 'Claim test', text: 'text', html: '<p>html</p>' };

  it('sends nothing while another attempt holds the claim, and never resends an abandoned one', async () => {
    const deliveries = app.worker!.get(EmailDeliveryService);
    // An attempt that claimed the row and then died mid-conversation.
    await app.dataSource.query(
      `INSERT INTO email_deliveries (dedupe_key, recipient, template, attempts, claimed_at)
       VALUES ('test:abandoned', 'abandoned@example.com', 'test', 1, now())`,
    );
    expect(await deliveries.deliver('test:abandoned', 'test', 'abandoned@example.com', email)).toBe(
      'in-flight',
    );
    expect(await deliveries.markAbandoned(60)).toBe(0);
    await pause(1_100);
    expect(await deliveries.markAbandoned(1)).toBe(1);
    expect(await deliveries.deliver('test:abandoned', 'test', 'abandoned@example.com', email)).toBe(
      'unknown',
    );
    const [row] = await app.dataSource.query(
      `SELECT status, attempts FROM email_deliveries WHERE dedupe_key = 'test:abandoned'`,
    );
    expect(row).toEqual({ status: 'unknown', attempts: 1 });
    expect(mailsTo('abandoned@example.com')).toHaveLength(0);
  });

  it('sends, once, a delivery whose claim a failed attempt released and no retry took up', async () => {
    const deliveries = app.worker!.get(EmailDeliveryService);
    // A temporary failure released the claim; the job's retry never came (a copy of it had completed).
    await app.dataSource.query(
      `INSERT INTO email_deliveries (dedupe_key, recipient, template, attempts, last_error, content)
       VALUES ('test:released', 'released@example.com', 'test', 1, '451 try later', $1)`,
      [JSON.stringify(email)],
    );
    expect(await deliveries.sendReleased(60)).toBe(0);
    await pause(1_100);
    expect(await deliveries.sendReleased(1)).toBe(1);
    expect(await deliveries.sendReleased(1)).toBe(0);
    const [row] = await app.dataSource.query(
      `SELECT status, attempts FROM email_deliveries WHERE dedupe_key = 'test:released'`,
    );
    expect(row).toEqual({ status: 'sent', attempts: 2 });
    await eventually(async () => expect(mailsTo('released@example.com')).toHaveLength(1));
    expect(mailsTo('released@example.com')[0]!.subject).toBe('Claim test');
  });
});

describe('the worker watchdog', () => {
  it('recreates a worker that stopped, reports it meanwhile, and the new one takes jobs', async () => {
    const watchdog = app.worker!.get(WorkerWatchdog);
    const host = app.worker!.get<WorkerHost>(EmailProcessor);
    const dead = host.worker;
    await dead.close(true);
    await watchdog.check();
    expect(watchdog.healthy).toBe(false);
    for (let strike = 1; strike < STRIKES_BEFORE_RECREATE; strike += 1) await watchdog.check();
    expect(watchdog.recreated).toBe(1);
    expect(host.worker).not.toBe(dead);
    expect(host.worker.isRunning()).toBe(true);
    await watchdog.check();
    expect(watchdog.healthy).toBe(true);
    await invite('after-recreate@example.com');
    await app.mailbox.waitFor('after-recreate@example.com');
  });
});

// Last: it empties this app's Redis.
describe('the schedules of repeatable jobs', () => {
  /** The schedulers each queue with repeatable jobs holds, by job name. */
  async function schedules(): Promise<Record<string, string[]>> {
    const held: Record<string, string[]> = {};
    for (const name of [QueueName.Maintenance, QueueName.Services, QueueName.Events]) {
      const queue = app.worker!.get<Queue>(getQueueToken(name), { strict: false });
      held[name] = (await queue.getJobSchedulers()).map((scheduler) => scheduler.key).sort();
    }
    return held;
  }

  it('come back, on the shared queues and on a context’s own, once the worker reconnects to an emptied Redis', async () => {
    const kept = {
      [QueueName.Maintenance]: [
        JobName.CheckReportingDaily,
        JobName.ExpireDemands,
        JobName.FreshenReportingMeasures,
        JobName.ReconcileOutbox,
        JobName.ScheduleDigests,
      ].sort(),
      [QueueName.Services]: [JobName.QueueTaskReminders],
      [QueueName.Events]: [JobName.QueueEventReminders],
    };
    expect(await schedules()).toEqual(kept);
    await forgetEverythingInRedis(app);
    expect(await schedules()).toEqual({
      [QueueName.Maintenance]: [],
      [QueueName.Services]: [],
      [QueueName.Events]: [],
    });
    // As after a Redis restart without persistence: the shared client reconnects.
    app.worker!.get<Redis>(REDIS).disconnect(true);
    await eventually(async () => expect(await schedules()).toEqual(kept));
  });
});
