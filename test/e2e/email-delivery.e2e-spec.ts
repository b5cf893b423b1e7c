import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import request from 'supertest';
import { OutboxRelay, QueueName } from '#queue';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import type { SignedInUser } from '../support/http.js';
import { party } from '../support/factories.js';
import { expectNotifiedExactlyOnce, seedNotificationLoad, waitUntilSettled } from '../support/reliability.js';

let app: TestApp;
let owner: SignedInUser;
let organizationId: string;

beforeAll(async () => {
  app = await startTestApp();
  ({ user: owner, org: organizationId } = await party(app));
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

async function delivery(
  invitationId: string,
): Promise<{ status: string; attempts: number; last_error: string | null } | undefined> {
  const rows = await app.dataSource.query(
    'SELECT status, attempts, last_error FROM email_deliveries WHERE dedupe_key = $1',
    [`invitation:${invitationId}`],
  );
  return rows[0];
}

async function until<T>(probe: () => Promise<T | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('email delivery through the outbox', () => {
  it('retries a temporary SMTP refusal and then delivers exactly once', async () => {
    app.mailbox.refuseNext(1, 421, (mail) => mail.to === 'retry@example.com');
    const invitationId = await invite('retry@example.com');
    await app.mailbox.waitFor('retry@example.com', undefined, 20_000);
    const row = await until(async () => {
      const found = await delivery(invitationId);
      return found?.status === 'sent' && found;
    });
    expect(row.attempts).toBe(2);
    expect(app.mailbox.messages.filter((m) => m.to === 'retry@example.com')).toHaveLength(1);
  });

  it('retries a match notification refused for a while: each recipient gets one email and one in-app row', async () => {
    app.mailbox.refuseNext(2, 451, (mail) => mail.subject.includes('新的匹配'));
    const load = await seedNotificationLoad(app, { demands: 2, achievements: 2, rescores: 0 });
    await waitUntilSettled(app, 25_000, () => 'notify jobs still pending');
    await expectNotifiedExactlyOnce(
      app,
      load,
      { url: app.config.REDIS_URL, prefix: app.config.REDIS_PREFIX },
      0,
    );
    const [{ retried }] = await app.dataSource.query<{ retried: number }[]>(
      `SELECT count(*)::int AS retried FROM email_deliveries
        WHERE template = 'match-found' AND attempts > 1 AND status = 'sent'`,
    );
    expect(retried).toBeGreaterThan(0);
  }, 40_000);

  it('records a permanent SMTP rejection and does not retry it', async () => {
    app.mailbox.refuseNext(1, 550, (mail) => mail.to === 'rejected@example.com');
    const invitationId = await invite('rejected@example.com');
    const row = await until(async () => {
      const found = await delivery(invitationId);
      return found?.status === 'failed' && found;
    });
    expect(row).toMatchObject({ attempts: 1, last_error: expect.stringContaining('550') });
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(await delivery(invitationId)).toMatchObject({ status: 'failed', attempts: 1 });
    expect(app.mailbox.messages.filter((m) => m.to === 'rejected@example.com')).toHaveLength(0);
  });

  it('sends once even when the relay enqueues the same outbox row again', async () => {
    const invitationId = await invite('once@example.com');
    await app.mailbox.waitFor('once@example.com');
    // A relay that crashed after enqueueing but before marking the row would enqueue it again.
    await app.dataSource.query(
      `UPDATE outbox_events SET dispatched_at = NULL WHERE payload->>'invitationId' = $1`,
      [invitationId],
    );
    await app.worker!.get(OutboxRelay).drain();
    const queue = app.worker!.get<Queue>(getQueueToken(QueueName.Email), { strict: false });
    await until(async () => (await queue.getActiveCount()) + (await queue.getWaitingCount()) === 0);
    // Even if the job ran again, the claimed delivery row stops a second email.
    await app.dataSource.query(`DELETE FROM outbox_events WHERE payload->>'invitationId' = $1`, [
      invitationId,
    ]);
    expect(app.mailbox.messages.filter((m) => m.to === 'once@example.com')).toHaveLength(1);
    expect(await delivery(invitationId)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('puts nothing but ids into Redis', async () => {
    const invitationId = await invite('private@example.com');
    await app.mailbox.waitFor('private@example.com');
    const queue = app.worker!.get<Queue>(getQueueToken(QueueName.Email), { strict: false });
    const jobs = await queue.getJobs(['completed', 'waiting', 'active', 'delayed', 'failed']);
    const job = jobs.find((j) => j.data.invitationId === invitationId);
    expect(job?.data).toEqual({ invitationId, outboxId: expect.any(String) });
  });
});
