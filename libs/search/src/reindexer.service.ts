import { Inject, Injectable } from '@nestjs/common';
import type { PostingKind } from '#core';
import { OutboxService } from '#queue';
import type { DocumentKey } from './search-document.js';
import { SEARCH_ENGINE, type SearchEngine } from './search-engine.js';
import { SEARCH_EVENTS, searchTargetOf } from './search-events.js';
import { SearchSourceRegistry } from './search-source.js';
import { SearchSyncService, type SyncTarget } from './search-sync.service.js';

export type ReindexProgress =
  | { phase: 'scan'; kind: PostingKind; done: number; total: number; seconds: number }
  | { phase: 'index'; seconds: number }
  | { phase: 'replay'; round: number; changes: number; seconds: number }
  | { phase: 'swap'; changes: number; seconds: number };

export interface ReindexOptions {
  /** Postings read and written per batch. */
  batchSize?: number;
  /** Awaited after every step: the CLI prints it; tests write concurrently from it. */
  onProgress?: (progress: ReindexProgress) => void | Promise<void>;
}

export interface ReindexReport {
  documents: number;
  replayed: number;
  seconds: number;
}

const DEFAULT_BATCH = 1_000;
/** Catch-up rounds before the swap: each replays what changed during the one before. */
const MAX_REPLAY_ROUNDS = 5;
/** Few enough changes left to replay them while writers wait at the swap. */
const SWAP_WHEN_BELOW = 200;
const SYNC_CHUNK = 500;
const WRITES_IN_FLIGHT = 2;

/**
 * Rebuilds the whole index into a new one while the live index keeps serving and taking writes, then
 * swaps it in. Changes made during the rebuild are found in the outbox (the same events that drive live
 * sync) and replayed by re-reading those postings: first in rounds while the live index still serves,
 * finally while writers wait at the swap, so the new index equals the database when it goes live.
 */
@Injectable()
export class Reindexer {
  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly registry: SearchSourceRegistry,
    private readonly sync: SearchSyncService,
    private readonly outbox: OutboxService,
  ) {}

  async run(options: ReindexOptions = {}): Promise<ReindexReport> {
    const batchSize = options.batchSize ?? DEFAULT_BATCH;
    const report = options.onProgress ?? (() => undefined);
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1_000;
    // Taken before the first read: whatever commits after it is replayed, whatever before, scanned.
    let mark = await this.outbox.changeMark();
    const build = await this.engine.startBuild();
    let documents = 0;
    let replayed = 0;
    try {
      for (const source of this.registry.all()) {
        const total = await source.count();
        let done = 0;
        // A pipeline over the two cores: while one batch is written (PostgreSQL works), the next is
        // read and segmented (Node works). At most WRITES_IN_FLIGHT writes wait at a time.
        const writing: Promise<void>[] = [];
        let reading = source.scan(null, batchSize);
        for (;;) {
          const batch = await reading;
          if (batch.length === 0) break;
          reading = source.scan(batch.at(-1)!.id, batchSize);
          const written = build.upsert(batch);
          // Awaited below; a rejection before then must not count as unhandled.
          written.catch(() => undefined);
          writing.push(written);
          if (writing.length >= WRITES_IN_FLIGHT) await writing.shift();
          done += batch.length;
          await report({
            phase: 'scan',
            kind: source.kind,
            done,
            total: Math.max(total, done),
            seconds: seconds(),
          });
        }
        await Promise.all(writing);
        documents += done;
      }
      await build.prepare();
      await report({ phase: 'index', seconds: seconds() });
      for (let round = 1; round <= MAX_REPLAY_ROUNDS; round += 1) {
        const next = await this.outbox.changeMark();
        const changes = await this.replay(build, mark, next);
        mark = next;
        replayed += changes;
        await report({ phase: 'replay', round, changes, seconds: seconds() });
        if (changes < SWAP_WHEN_BELOW) break;
      }
      let last = 0;
      await build.swap(async (target) => {
        last = await this.replay(target, mark);
      });
      replayed += last;
      await report({ phase: 'swap', changes: last, seconds: seconds() });
    } catch (error) {
      await build.abandon().catch(() => undefined);
      throw error;
    }
    return { documents, replayed, seconds: seconds() };
  }

  /** Re-syncs every posting named by a search event in (after, upTo] into `target`; returns how many. */
  private async replay(target: SyncTarget, after: string, upTo?: string): Promise<number> {
    const changes = await this.outbox.changesSince(after, SEARCH_EVENTS, upTo);
    const byKind = new Map<PostingKind, Set<string>>();
    for (const change of changes) {
      const key: DocumentKey | null = searchTargetOf(change.payload);
      if (!key) continue;
      byKind.set(key.kind, (byKind.get(key.kind) ?? new Set()).add(key.id));
    }
    let count = 0;
    for (const [kind, ids] of byKind) {
      const all = [...ids];
      for (let i = 0; i < all.length; i += SYNC_CHUNK) {
        // Not serialized: the target is the new index, which no live job writes to.
        await this.sync.sync(kind, all.slice(i, i + SYNC_CHUNK), target, false);
      }
      count += all.length;
    }
    return count;
  }
}
