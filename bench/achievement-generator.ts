import type pg from 'pg';
import { patentCheckDigit, regionName } from '#core';
import { timeline, topUp, type Random, type Vocabulary } from './demand-generator.js';

/**
 * Fills a benchmark database with realistic 科技成果 rows the way bench/demand-generator.ts fills the
 * 难题榜 (same vocabulary, regions, owner, seeded random source and history), one
 * `INSERT … SELECT FROM jsonb_to_recordset(…)` per batch.
 */

/** Maturity with its weight and the TRL range it implies (the service rejects industrial below TRL 7). */
const MATURITIES = [
  ['lab', 20, 3, 4],
  ['bench', 30, 4, 5],
  ['pilot', 30, 6, 7],
  ['industrial', 20, 7, 9],
] as const;

const STATUSES = [
  ['published', 85],
  ['draft', 5],
  ['submitted', 4],
  ['archived', 4],
  ['rejected', 2],
] as const;

const VISIBILITIES = [
  ['public', 85],
  ['registered', 10],
  ['confidential', 5],
] as const;

const TRANSFER_MODES = ['transfer', 'licensing', 'equity', 'co-development'] as const;
const OWNERS = ['大学', '理工大学', '研究院', '研究所', '工程技术研究中心'];
const TITLE_SUFFIXES = ['制备技术', '关键工艺', '成套装备', '检测方法', '控制系统', '优化算法', '新材料'];
const RESULTS = ['性能提升 30% 以上', '成本降低 25%', '能耗降低 20%', '寿命延长一倍', '良率提升到 98%'];

function patents(random: Random, publishedAt: number) {
  return Array.from({ length: random.int(0, 3) }, () => {
    const type = random.next() < 0.8 ? 1 : 2;
    const year = Math.min(new Date(publishedAt).getFullYear(), 2025) - random.int(0, 6);
    const digits = `${year}${type}${String(random.int(0, 9_999_999)).padStart(7, '0')}`;
    return {
      number: `ZL${digits}.${patentCheckDigit(digits)}`,
      type: type === 1 ? 'invention' : 'utility',
      status: random.pick(['granted', 'granted', 'pending']),
    };
  });
}

/** One row, keyed by the record columns of INSERT below. */
function composeAchievement(random: Random, words: Vocabulary, now: number) {
  const fields = [random.pick(words.fields), ...(random.next() < 0.4 ? [random.pick(words.fields)] : [])];
  const codes = [...new Set(fields.map((field) => field.code))];
  const main = fields[0]!;
  const keywords = [...new Set([random.pick(main.keywords), random.pick(fields.at(-1)!.keywords)])];
  const [maturity, , trlMin, trlMax] = random.weighted(MATURITIES.map((m) => [m, m[1]] as const));
  const status = random.weighted(STATUSES);
  const visibility = random.weighted(VISIBILITIES);
  const unpublished = status !== 'published' && status !== 'archived';
  const times = timeline(random, now, unpublished);
  const regionCode = random.pick(random.weighted(words.provinces));
  const modes = [...new Set([random.pick(TRANSFER_MODES), random.pick(TRANSFER_MODES)])];
  const title = `${keywords[0]}${random.pick(TITLE_SUFFIXES)}`;
  return {
    title,
    abstract:
      `${regionName(regionCode)}某${random.pick(OWNERS)}在${main.name}领域的成果，涉及${keywords.join('、')}。` +
      `经验证${random.pick(RESULTS)}。`,
    fields: codes,
    keywords,
    trl: random.int(trlMin, trlMax),
    maturity,
    transfer_modes: modes,
    price_yuan: random.next() < 0.3 ? null : random.pick([20, 50, 80, 100, 200, 300, 500, 1000]) * 10_000,
    region_code: regionCode,
    patents: patents(random, times.publishedAt),
    contact: { name: '成果转化办公室', phone: '400-000-0000' },
    visibility,
    teaser:
      visibility === 'confidential' ? `某单位${main.name}方向科技成果，寻求${keywords[0]}应用企业` : null,
    status,
    view_count: times.viewCount,
    published_at: times.publishedAtIso,
    created_at: new Date(times.createdAt).toISOString(),
    updated_at: times.updatedAt,
  };
}

const INSERT = `
  INSERT INTO achievements (organization_id, created_by, title, abstract, fields, keywords, trl, maturity,
    transfer_modes, price_yuan, region_code, patents, contact, visibility, teaser, status, view_count,
    published_at, created_at, updated_at)
  SELECT $1, $2, r.title, r.abstract, r.fields, r.keywords, r.trl, r.maturity, r.transfer_modes,
    r.price_yuan, r.region_code, r.patents, r.contact, r.visibility, r.teaser, r.status, r.view_count,
    r.published_at, r.created_at, r.updated_at
  FROM jsonb_to_recordset($3::jsonb) AS r(title text, abstract text, fields text[], keywords text[],
    trl smallint, maturity text, transfer_modes text[], price_yuan bigint, region_code text, patents jsonb,
    contact jsonb, visibility text, teaser text, status text, view_count int, published_at timestamptz,
    created_at timestamptz, updated_at timestamptz)`;

/** Tops the achievements table up to `target` rows. */
export function generateAchievements(pool: pg.Pool, target: number, log: (line: string) => void) {
  return topUp(
    pool,
    'achievements',
    target,
    20_260_202,
    log,
    ({ client, owner, size, random, words, now }) => {
      const rows = Array.from({ length: size }, () => composeAchievement(random, words, now));
      return client.query(INSERT, [owner.organizationId, owner.userId, JSON.stringify(rows)]);
    },
  );
}
