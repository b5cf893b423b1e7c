import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { configSlices } from '#contexts';
import { AppConfigModule, ConfigError } from '#core';
import { PostingsModule } from '#postings';
import { ProfilesModule } from '#profiles';
import { QueueModule } from '#queue';
import { Reindexer, SearchConfig, SearchModule, type ReindexProgress } from '#search';
import { DatabaseModule } from '../../../../migrations/data-source.js';

/** What the reindex needs: the database, the outbox, every kind's search source and the engine. */
@Module({
  imports: [
    AppConfigModule.forRoot(configSlices),
    DatabaseModule,
    QueueModule,
    // Every module holding a search source, so the reindex covers every kind.
    PostingsModule,
    ProfilesModule,
    SearchModule,
  ],
})
export class SearchCliModule {}

function describe(progress: ReindexProgress): string {
  const at = `${progress.seconds.toFixed(1)} s`;
  switch (progress.phase) {
    case 'scan': {
      const rate = Math.round(progress.done / Math.max(progress.seconds, 0.001));
      const percent = Math.round((100 * progress.done) / Math.max(progress.total, 1));
      return `${progress.kind}: ${progress.done}/${progress.total} (${percent} %) at ${at}, ${rate}/s`;
    }
    case 'index':
      return `indexes built at ${at}`;
    case 'replay':
      return `catch-up round ${progress.round}: ${progress.changes} posting(s) changed meanwhile, at ${at}`;
    case 'swap':
      return `swapped in at ${at}, replaying ${progress.changes} last change(s) under the lock`;
  }
}

/**
 * `npm run search:reindex`: rebuilds the search index of the engine SEARCH_ENGINE names from PostgreSQL
 * while the live index keeps serving and taking writes, then swaps it in. Progress goes to stderr.
 */
async function main() {
  const app = await NestFactory.createApplicationContext(SearchCliModule, { logger: ['error', 'warn'] });
  try {
    const config = app.get(SearchConfig);
    console.error(`[reindex] ${config.SEARCH_ENGINE}: rebuilding into a new index`);
    let lastLine = 0;
    const report = await app.get(Reindexer).run({
      onProgress: (progress) => {
        // At most a line a second while scanning; every other phase is printed.
        if (progress.phase === 'scan' && progress.done < progress.total && Date.now() - lastLine < 1_000)
          return;
        lastLine = Date.now();
        console.error(`[reindex] ${describe(progress)}`);
      },
    });
    console.error(
      `[reindex] done: ${report.documents} document(s), ${report.replayed} replayed, ${report.seconds.toFixed(1)} s`,
    );
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
