import type { Readable } from 'node:stream';

/**
 * Where the bytes of uploaded files live. PostgreSQL keeps what a file is (name, type, owner, size) and
 * this port only its content, under a key the files service makes from ids (never from a user's file
 * name). Both adapters pass one contract suite (test/integration/file-storage.int-spec.ts).
 */
export abstract class FileStorage {
  /** Stores `body` under `key`, replacing what was there. */
  abstract put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** The content under `key`; rejects with StoredObjectMissing when there is none. */
  abstract read(key: string): Promise<Readable>;
  /** Removes `key`; removing what is already gone succeeds, so a retried purge is harmless. */
  abstract remove(key: string): Promise<void>;
  abstract exists(key: string): Promise<boolean>;
}

/** The row says a file exists but the storage has no content for it. */
export class StoredObjectMissing extends Error {
  override name = 'StoredObjectMissing';

  constructor(readonly key: string) {
    super(`No stored object under ${key}`);
  }
}
