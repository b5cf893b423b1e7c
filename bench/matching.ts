/**
 * `npm run bench:matching`: matching one new demand against a catalogue of 100 000 achievements, with
 * explanations and the stored rows, against the bare candidate-retrieval SQL measured in the same run.
 *
 * Targets (issue 5): p95 of a whole `matchPosting` ≤ 200 ms, and ≤ 3× the p95 of the bare SQL that fetches
 * the candidate rows (field overlap, open and visible, newest first, the service's cap).
 */
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { cpus } from 'node:os';
import pg from 'pg';
import type { PostingKind } from '#core';
import type { MatchingService as MatchingServiceType } from '#matching';
import { TECH_FIELDS } from '../libs/core/src/taxonomy/tech-fields.data.js';
import { ensureBenchOwner, prng } from './demand-generator.js';
import { loadNote, percentiles, positiveInt, progress, useBenchDatabase } from './load.js';

const CANDIDATES = positiveInt('BENCH_CANDIDATES', 100_000);
const RUNS = positiveInt('BENCH_RUNS', 60);
const WARMUP = 5;
const BATCH = 5_000;
const DAY = 86_400_000;

const SUFFIXES = [
  '关键技术',
  '制备方法',
  '在线监测系统',
  '成套工艺及产业化应用',
  '工程化技术',
  '智能装备',
  '优化设计',
];
const REGIONS = [
  '320102',
  '320506',
  '330106',
  '440305',
  '110108',
  '310104',
  '420111',
  '510107',
  '370102',
  '610113',
];

const subfields = TECH_FIELDS.flatMap((top) => top.subfields.map((sub) => ({ ...sub, top })));
type Random = ReturnType<typeof prng>;

/** An achievement composed from one subfield's vocabulary: a title, an abstract, 2–3 keywords. */
function achievementRow(random: Random, now: number) {
  const sub = random.pick(subfields);
  const [a, b, c] = [
    random.pick(sub.keywords.zh),
    random.pick(sub.keywords.zh),
    random.pick(sub.keywords.zh),
  ];
  const trl = random.int(2, 9);
  return {
    title: `${a}${random.pick(SUFFIXES)}`,
    abstract: `面向${sub.top.zh}领域的${sub.zh}应用，围绕${a}与${b}开展研究，形成${c}相关的成套方案，已申请发明专利。`,
    fields: [sub.code],
    keywords: [...new Set([a, b, c])],
    trl,
    maturity: trl <= 3 ? 'lab' : trl <= 5 ? 'bench' : trl <= 7 ? 'pilot' : 'industrial',
    price_yuan: random.next() < 0.4 ? null : String(random.int(5, 2_000) * 10_000),
    region_code: random.pick(REGIONS),
    visibility: random.next() < 0.9 ? 'public' : 'registered',
    published_at: new Date(now - random.int(0, 720) * DAY).toISOString(),
    patents: Array.from({ length: random.int(0, 4) }, (_, i) => ({
      number: `ZL20211012345${i}.X`,
      type: 'invention',
      status: 'granted',
    })),
  };
}

async function generateAchievements(pool: pg.Pool, owner: { organizationId: string; userId: string }) {
  const counted = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM achievements');
  const existing = counted.rows[0]!.n;
  const random = prng(20_261_123 + existing);
  const now = Date.now();
  for (let done = existing; done < CANDIDATES; done += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, CANDIDATES - done) }, () =>
      achievementRow(random, now),
    );
    await pool.query(
      `INSERT INTO achievements (organization_id, created_by, status, visibility, title, abstract, fields, keywords,
                                 trl, maturity, transfer_modes, price_yuan, region_code, patents, published_at)
       SELECT $2, $3, 'published', r.visibility, r.title, r.abstract, r.fields, r.keywords, r.trl, r.maturity,
              '{licensing}', r.price_yuan, r.region_code, r.patents, r.published_at
         FROM jsonb_to_recordset($1::jsonb) AS r(visibility text, title text, abstract text, fields text[],
              keywords text[], trl smallint, maturity text, price_yuan bigint, region_code text, patents jsonb,
              published_at timestamptz)`,
      [JSON.stringify(rows), owner.organizationId, owner.userId],
    );
    progress(`generated ${done + rows.length} / ${CANDIDATES} achievements`);
  }
  await pool.query('ANALYZE achievements');
  return { existing, added: Math.max(0, CANDIDATES - existing) };
}

/** A new demand in one subfield, inserted as published the way the workflow leaves it. */
async function insertDemand(
  pool: pg.Pool,
  random: Random,
  owner: { organizationId: string; userId: string },
) {
  const sub = random.pick(subfields);
  const keywords = [...new Set([random.pick(sub.keywords.zh), random.pick(sub.keywords.zh)])];
  const budget = random.int(20, 500) * 10_000;
  const { rows } = await pool.query<{ id: string }>(
    `INSERT INTO demands (organization_id, created_by, title, description, category, fields, keywords, region_code,
                          budget_min_yuan, budget_max_yuan, trl_required, visibility, status, published_at)
     VALUES ($1, $2, $3, $4, 'common', $5, $6, $7, $8, $9, $10, 'public', 'published', now()) RETURNING id`,
    [
      owner.organizationId,
      owner.userId,
      `${keywords[0]}${random.pick(SUFFIXES)}需求`,
      `企业在${sub.zh}方面遇到瓶颈，需要${keywords.join('、')}相关技术，希望与高校院所合作开发并实现产业化。`,
      [sub.code],
      keywords,
      random.pick(REGIONS),
      budget,
      budget * 2,
      random.int(4, 8),
    ],
  );
  return rows[0]!.id;
}

async function main() {
  const { AppConfig, AppConfigModule } = await import('#core');
  const { configSlices, loadAppConfig } = await import('#contexts');
  const { MatchingModule, MatchingService, MatchProfileStore, CANDIDATE_CAP } = await import('#matching');
  const { PostingsModule } = await import('#postings');
  const { ProfilesModule } = await import('#profiles');
  const { QueueModule } = await import('#queue');
  const { Reindexer, SearchModule } = await import('#search');
  const { prepareDatabase } = await import('../apps/api/src/cli/prepare-database.js');
  const { databaseOptions } = await import('../migrations/data-source.js');

  useBenchDatabase('duijie_bench_matching', 'duijie-bench-matching', CANDIDATES);
  const config = loadAppConfig();
  await prepareDatabase(config, { seed: false }, progress);

  @Module({
    imports: [
      AppConfigModule.forRoot(configSlices),
      TypeOrmModule.forRootAsync({
        inject: [AppConfig],
        useFactory: (c: InstanceType<typeof AppConfig>) => databaseOptions(c.DATABASE_URL),
      }),
      QueueModule,
      PostingsModule,
      ProfilesModule,
      SearchModule,
      MatchingModule,
    ],
  })
  class BenchModule {}

  const pool = new pg.Pool({
    connectionString: config.DATABASE_URL,
    max: 4,
    application_name: 'duijie-bench-sql',
  });
  const context = await NestFactory.createApplicationContext(BenchModule, { logger: ['error', 'warn'] });
  try {
    const supplier = await ensureBenchOwner(pool, {
      email: 'matching-bench-university@example.com',
      userName: '压测成果方',
      organization: '对接压测理工大学',
      type: 'university',
      regionCode: '320102',
      description: '压测用成果方，拥有全部生成的成果。',
      creditCodeStem: '12320102MB2BENCH0',
    });
    const buyer = await ensureBenchOwner(pool, {
      email: 'matching-bench-enterprise@example.com',
      userName: '压测需求方',
      organization: '对接压测新材料有限公司',
      type: 'enterprise',
      regionCode: '320506',
      description: '压测用需求方，发布被匹配的需求。',
      creditCodeStem: '91320506MB3BENCH0',
    });
    const started = performance.now();
    const generated = await generateAchievements(pool, supplier);
    const indexed = await pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM search_documents WHERE kind = 'achievement'`,
    );
    if (indexed.rows[0]!.n < CANDIDATES) {
      progress(`indexing achievements for search (${indexed.rows[0]!.n} indexed)`);
      await context.get(Reindexer).run({ onProgress: (p) => progress(`reindex ${p.phase}`) });
    }
    // Generated rows never went through their own matching job, which stores each posting's profile.
    const profiled = await context
      .get(MatchProfileStore)
      .backfill('achievement', (done) => progress(`profiled ${done} achievements`));
    const setupSeconds = (performance.now() - started) / 1_000;

    const matching: MatchingServiceType = context.get(MatchingService);
    const startLoad = loadNote();
    const random = prng(20_261_124);
    const full: number[] = [];
    const sql: number[] = [];
    const stored: number[] = [];
    for (let run = 0; run < WARMUP + RUNS; run += 1) {
      const id = await insertDemand(pool, random, buyer);
      const fields = (
        await pool.query<{ fields: string[] }>('SELECT fields FROM demands WHERE id = $1', [id])
      ).rows[0]!.fields;
      // The bare retrieval: the candidate rows the service scores, fetched by one hand-written statement.
      const t0 = performance.now();
      await pool.query(
        `SELECT * FROM achievements
          WHERE status = 'published' AND visibility <> 'confidential' AND fields && $1
          ORDER BY published_at DESC NULLS LAST LIMIT $2`,
        [fields, CANDIDATE_CAP],
      );
      const t1 = performance.now();
      const outcome = await matching.matchPosting('demand' as PostingKind, id);
      const t2 = performance.now();
      if (run >= WARMUP) {
        sql.push(t1 - t0);
        full.push(t2 - t1);
        stored.push(outcome.outcome === 'matched' ? outcome.stored : 0);
      }
    }
    const f = percentiles(full);
    const s = percentiles(sql);
    const ratio = f.p95 / s.p95;
    console.log(`machine: ${cpus()[0]?.model ?? '?'} × ${cpus().length}, Node ${process.version}`);
    console.log(`load: ${startLoad} before the runs, ${loadNote()} after`);
    console.log(
      `catalogue: ${CANDIDATES} achievements (${generated.added} generated now, ${profiled} profiled now), ` +
        `setup ${setupSeconds.toFixed(1)} s`,
    );
    console.log(`runs: ${RUNS} new demands after ${WARMUP} warm-up, one at a time`);
    console.log(`matches stored per demand: median ${percentiles(stored).p50}`);
    console.log('| measurement | p50 ms | p95 ms |');
    console.log('|---|---:|---:|');
    console.log(
      `| matchPosting (retrieve, score, explain, store) | ${f.p50.toFixed(1)} | ${f.p95.toFixed(1)} |`,
    );
    console.log(`| bare candidate SQL | ${s.p50.toFixed(1)} | ${s.p95.toFixed(1)} |`);
    console.log(
      `p95 ratio ${ratio.toFixed(2)}× (target ≤ 3×: ${ratio <= 3 ? 'met' : 'MISSED'}); ` +
        `p95 ${f.p95.toFixed(1)} ms (target ≤ 200 ms: ${f.p95 <= 200 ? 'met' : 'MISSED'})`,
    );
  } finally {
    await context.close();
    await pool.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
