import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { type FileStorage, LocalDiskStorage, S3Storage, StoredObjectMissing } from '#files';
import { startS3Server, type S3TestServer } from '#testing';

/**
 * The FileStorage contract, run against both adapters: the local disk in a temporary folder and the S3
 * adapter against an in-process S3 server (real signed HTTP round trips, no mocks).
 */
const adapters: [string, () => Promise<{ storage: FileStorage; close(): Promise<void> }>][] = [
  [
    'local disk',
    async () => {
      const root = await mkdtemp(join(tmpdir(), 'duijie-storage-'));
      return { storage: new LocalDiskStorage(root), close: () => rm(root, { recursive: true, force: true }) };
    },
  ],
  [
    'S3',
    async () => {
      const server: S3TestServer = await startS3Server();
      const storage = new S3Storage({
        endpoint: server.endpoint,
        region: 'us-east-1',
        bucket: server.bucket,
        accessKeyId: server.accessKeyId,
        secretAccessKey: server.secretAccessKey,
        forcePathStyle: true,
      });
      return {
        storage,
        close: async () => {
          storage.close();
          await server.close();
        },
      };
    },
  ],
];

describe.each(adapters)('FileStorage contract: %s', (_name, start) => {
  let storage: FileStorage;
  let close: () => Promise<void>;
  const key = () => `${randomUUID().slice(0, 2)}/${randomUUID()}`;

  beforeAll(async () => {
    ({ storage, close } = await start());
  });

  afterAll(async () => {
    await close();
  });

  it('reads back exactly what was stored', async () => {
    const k = key();
    const body = Buffer.from('%PDF-1.4 技术规格书 ✓');
    await storage.put(k, body, 'application/pdf');
    const read = await storage.read(k);
    const chunks: Buffer[] = [];
    for await (const chunk of read) chunks.push(Buffer.from(chunk as Uint8Array));
    expect(Buffer.concat(chunks).equals(body)).toBe(true);
    expect(await storage.exists(k)).toBe(true);
  });

  it('replaces the content of a key stored twice', async () => {
    const k = key();
    await storage.put(k, Buffer.from('first'), 'application/pdf');
    await storage.put(k, Buffer.from('second'), 'application/pdf');
    expect(await text(await storage.read(k))).toBe('second');
  });

  it('keeps a binary of a megabyte intact', async () => {
    const k = key();
    const body = Buffer.alloc(1024 * 1024, 0);
    for (let i = 0; i < body.length; i += 997) body[i] = i % 251;
    await storage.put(k, body, 'image/png');
    const chunks: Buffer[] = [];
    for await (const chunk of await storage.read(k)) chunks.push(Buffer.from(chunk as Uint8Array));
    expect(Buffer.concat(chunks).equals(body)).toBe(true);
  });

  it('removes a key, and removing it again succeeds', async () => {
    const k = key();
    await storage.put(k, Buffer.from('x'), 'application/pdf');
    await storage.remove(k);
    expect(await storage.exists(k)).toBe(false);
    await expect(storage.remove(k)).resolves.toBeUndefined();
  });

  it('says a missing key is missing', async () => {
    const k = key();
    expect(await storage.exists(k)).toBe(false);
    await expect(storage.read(k)).rejects.toBeInstanceOf(StoredObjectMissing);
  });
});

describe('local disk storage', () => {
  it('refuses a key that would leave its folder', async () => {
    const root = await mkdtemp(join(tmpdir(), 'duijie-storage-'));
    const storage = new LocalDiskStorage(join(root, 'files'));
    await expect(storage.put('../outside', Buffer.from('x'))).rejects.toThrow('outside');
    await rm(root, { recursive: true, force: true });
  });
});
