import type pg from 'pg';
import {
  creditCodeCheckChar,
  industryName,
  isIndustryCode,
  isRegionCode,
  isTechFieldCode,
  regionName,
  regionTree,
  type RegionNode,
} from '#core';
import { TECH_FIELDS } from '../libs/core/src/taxonomy/tech-fields.data.js';

/**
 * Fills a benchmark database with realistic 难题榜 rows, fast: rows are composed in memory from the demo
 * titles (apps/api/src/cli/demo-demands.ts), the technology-field taxonomy and GB/T 2260 regions, and
 * written with one multi-row `INSERT … SELECT FROM unnest(…)` per batch, all in one transaction. The
 * random source is seeded, so the same count gives the same catalogue on every machine.
 */

const BATCH = 5_000;
const DAY = 86_400_000;

/** The owner of every generated demand; the catalogue bench reads anonymously, so one is enough. */
const OWNER_EMAIL = 'catalogue-bench-owner@example.com';
const OWNER_ORGANIZATION = '苏州对接压测智能装备有限公司';
const OWNER_REGION = '320506';

/** Titles and problem statements of the demo 难题榜 (apps/api/src/cli/demo-demands.ts), field by field. */
const DEMO: [title: string, description: string, fields: string[]][] = [
  [
    '高镍三元正极材料循环寿命提升',
    'NCM811 电芯 1000 次循环后容量保持率低于 80%，需表面包覆或掺杂改性方案，目标 1500 次循环保持率 ≥ 85%。',
    ['EV-BATTERY', 'MA-CHEMICAL'],
  ],
  [
    '固态电解质界面阻抗降低',
    '硫化物固态电解质与高镍正极界面阻抗过高，寻求界面修饰或缓冲层技术。',
    ['EV-BATTERY', 'MA-INORGANIC'],
  ],
  [
    '动力电池包热失控预警算法',
    '基于 BMS 多源数据的热失控早期预警，要求误报率低于 1%，预警提前量 ≥ 5 分钟。',
    ['EV-BATTERY', 'IT-AI'],
  ],
  [
    '电芯极片涂布面密度在线检测',
    '涂布线速 80 m/min 下面密度在线测量精度 ±0.5%，替代离线称重抽检。',
    ['IT-VISION', 'EQ-INSTRUMENT'],
  ],
  [
    '锂电池回收中锂的高效提取',
    '退役磷酸铁锂电池中锂回收率提升至 95% 以上，并降低酸耗。',
    ['EP-WASTE', 'MA-NONFERROUS'],
  ],
  [
    '亚微米级晶圆表面缺陷视觉检测',
    '12 英寸晶圆表面 0.3 μm 颗粒与划痕检测，检出率 ≥ 99%，单片检测时间 ≤ 30 秒。',
    ['IT-VISION', 'IT-AI'],
  ],
  ['高速线扫相机国产化替代', '16K 线扫相机行频 ≥ 200 kHz，关键芯片与接口自主可控。', ['IT-VISION', 'IT-IC']],
  ['PCB 焊点三维检测算法', '基于结构光的焊点三维重建，虚焊漏检率低于 0.1%。', ['IT-VISION', 'IT-AI']],
  [
    '工业视觉检测小样本训练方法',
    '新品导入时缺陷样本少于 50 张，需要小样本或合成数据训练方法。',
    ['IT-AI', 'IT-VISION'],
  ],
  [
    '精密运动平台纳米级定位',
    '行程 300 mm 的运动平台定位精度 ±20 nm，满足光刻辅助设备需求。',
    ['EQ-INSTRUMENT', 'EQ-SMART'],
  ],
  [
    '碳纤维复合材料低成本快速成型',
    '汽车结构件成型周期从 30 分钟缩短到 5 分钟以内，成本降低 30%。',
    ['MA-COMPOSITE'],
  ],
  ['稀土永磁材料减重稀土技术', '在矫顽力不降低的前提下将镝、铽用量减少 50%。', ['MA-RAREEARTH']],
  ['石墨烯导热膜量产一致性', '导热系数 ≥ 1500 W/(m·K) 的导热膜批次一致性提升。', ['MA-GRAPHENE']],
  [
    '工业机器人减速器寿命提升',
    'RV 减速器额定寿命从 6000 小时提升至 10000 小时，回差 ≤ 1 弧分。',
    ['EQ-ROBOT', 'EQ-PARTS'],
  ],
  ['焊接机器人焊缝自适应跟踪', '中厚板多层多道焊缝实时跟踪，跟踪精度 ±0.2 mm。', ['EQ-ROBOT', 'IT-VISION']],
  ['数控机床热误差补偿', '五轴加工中心热变形导致精度漂移，需建模补偿方案，精度保持 ±5 μm。', ['EQ-CNC']],
  [
    '增材制造钛合金零件内部缺陷控制',
    '激光选区熔化钛合金零件致密度 ≥ 99.9%，满足航空零件要求。',
    ['EQ-AM', 'MA-NONFERROUS'],
  ],
  [
    '中小企业设备联网与数据采集',
    '200 台异构老旧设备低成本联网，形成产线 OEE 看板。',
    ['IT-IIOT', 'IT-INDSOFT'],
  ],
  ['印染废水深度处理与回用', '回用率提升至 60%，出水 COD ≤ 50 mg/L。', ['EP-WATER']],
  ['光伏组件清洗机器人', '无水清洗机器人适应 15° 以内坡度，清洗效率 ≥ 1 MW/天。', ['NE-PV', 'EQ-ROBOT']],
  ['液流电池储能系统降本', '全钒液流电池系统成本降至 1.5 元/Wh 以下，需关键材料替代方案。', ['NE-STORAGE']],
  ['氢燃料电池膜电极国产化', '铂载量降至 0.2 g/kW，寿命 ≥ 10000 小时。', ['EV-FUELCELL', 'NE-HYDROGEN']],
  [
    '食品生产线异物智能检测',
    '包装后食品中 1 mm 以上金属与非金属异物检出率 ≥ 99.5%。',
    ['AG-FOOD', 'IT-VISION'],
  ],
  ['中药提取工艺连续化改造', '间歇提取改连续提取，收率提升 10%，能耗降低 20%。', ['BI-TCM', 'EQ-SMART']],
];

/** GB/T 4754 大类 that typically post in each top technology field. */
const INDUSTRIES_BY_FIELD: Record<string, string[]> = {
  IT: ['39', '65', '40', '64'],
  EQ: ['34', '35', '40', '33'],
  MA: ['26', '30', '32', '29', '31'],
  BI: ['27', '35', '73'],
  EV: ['36', '38', '34'],
  NE: ['38', '44', '45', '35'],
  EP: ['77', '42', '46', '35'],
  DC: ['65', '87', '64'],
  AG: ['13', '14', '01', '15'],
  SV: ['73', '75', '72', '65'],
  CI: ['48', '47', '30', '50'],
};

/** Where demands come from: the manufacturing provinces dominate; every other province weighs 1. */
const PROVINCE_WEIGHTS: Record<string, number> = {
  '32': 14,
  '44': 13,
  '33': 11,
  '37': 7,
  '31': 7,
  '11': 6,
  '34': 4,
  '42': 4,
  '51': 4,
  '35': 3,
  '41': 3,
  '43': 3,
  '12': 2,
  '50': 2,
  '61': 2,
  '21': 2,
  '71': 0,
  '81': 0,
  '82': 0,
};

const CATEGORIES = [
  ['common', 40],
  ['chokepoint', 20],
  ['shortboard', 15],
  ['efficiency', 25],
] as const;

const STATUSES = [
  ['published', 85],
  ['in_progress', 4],
  ['solved', 3],
  ['draft', 3],
  ['submitted', 2],
  ['closed', 1.5],
  ['expired', 1.5],
] as const;

const VISIBILITIES = [
  ['public', 80],
  ['registered', 12],
  ['confidential', 8],
] as const;

const MODES = ['development', 'transfer', 'licensing', 'consulting', 'service', 'talent'] as const;
const MODE_NAMES: Record<(typeof MODES)[number], string> = {
  development: '合作开发',
  transfer: '技术转让',
  licensing: '专利许可',
  consulting: '技术咨询',
  service: '技术服务',
  talent: '人才引进',
};

const TITLE_SUFFIXES = [
  '关键技术攻关',
  '国产化替代',
  '工艺优化',
  '良率提升',
  '降本增效',
  '寿命提升',
  '在线检测方案',
  '智能化改造',
  '可靠性提升',
  '批次一致性控制',
  '自主可控方案',
  '能耗降低',
];
const PROBLEMS = [
  '良率偏低',
  '批次一致性差',
  '能耗偏高',
  '核心部件依赖进口',
  '使用寿命不足',
  '检测效率低',
  '综合成本过高',
  '工艺窗口窄',
];
const EFFECTS = [
  '影响交付周期',
  '制约产能释放',
  '导致综合成本居高不下',
  '难以通过下游客户认证',
  '存在供应链断供风险',
];
const GOALS = [
  '关键指标提升 30% 以上',
  '单位成本降低 20%',
  '实现关键部件国产化替代',
  '良率由 85% 提升至 95%',
  '能耗降低 15% 以上',
  '检测节拍缩短一半',
  '形成可量产的工艺包',
];
const CONTACTS = ['张工', '李经理', '王博士', '陈工', '刘总工', '赵主任', '孙经理', '周工'];
const NDA_TEXT =
  '查看方承诺：对本需求的技术内容、商业信息严格保密，未经需求方书面同意不得向任何第三方披露或用于其他目的。';

/** Mulberry32: small, fast and good enough to make data look varied; seeded for reproducibility. */
export function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const weighted = <T>(items: readonly (readonly [T, number])[]): T => {
    const total = items.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = next() * total;
    for (const [item, weight] of items) {
      roll -= weight;
      if (roll < 0) return item;
    }
    return items.at(-1)![0];
  };
  /** Standard normal, by Box–Muller. */
  const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  return { next, int, pick, weighted, normal };
}

export type Random = ReturnType<typeof prng>;

interface Field {
  code: string;
  top: string;
  name: string;
  keywords: readonly string[];
}

/** Everything the composer draws from, built and validated once. */
export function vocabulary() {
  const fields: Field[] = TECH_FIELDS.flatMap((top) =>
    top.subfields.map((sub) => ({ code: sub.code, top: top.code, name: sub.zh, keywords: sub.keywords.zh })),
  );
  const byCode = new Map(fields.map((field) => [field.code, field]));
  for (const [title, , codes] of DEMO) {
    if (!codes.every((code) => byCode.has(code))) throw new Error(`Unknown field in demo “${title}”`);
  }
  // A top field added to the taxonomy needs its industries here, or composing a row of it fails.
  for (const top of TECH_FIELDS) {
    if (!INDUSTRIES_BY_FIELD[top.code]) throw new Error(`No industries for field ${top.code}`);
  }
  for (const [top, codes] of Object.entries(INDUSTRIES_BY_FIELD)) {
    if (!codes.every(isIndustryCode)) throw new Error(`Unknown industry code for field ${top}`);
  }
  // Leaves of the cascader (counties, or prefectures without counties), grouped by province.
  const leaves = (node: RegionNode): string[] =>
    node.children ? node.children.flatMap(leaves) : [node.code];
  const provinces = regionTree()
    .map((province) => ({
      counties: leaves(province).filter(isRegionCode),
      weight: PROVINCE_WEIGHTS[province.code.slice(0, 2)] ?? 1,
    }))
    .filter((province) => province.counties.length > 0 && province.weight > 0)
    .map((province) => [province.counties, province.weight] as const);
  return { fields, byCode, provinces };
}

export type Vocabulary = ReturnType<typeof vocabulary>;

/** One row, as the columns of the batch INSERT take it. */
interface Row {
  title: string;
  description: string;
  category: string;
  industryCode: string;
  fields: string[];
  keywords: string[];
  regionCode: string;
  budgetMinYuan: number | null;
  budgetMaxYuan: number | null;
  trl: number | null;
  deadline: string | null;
  modes: string[];
  visibility: string;
  teaser: string | null;
  ndaText: string | null;
  contactName: string;
  contactPhone: string;
  status: string;
  viewCount: number;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

function composeRow(random: Random, words: Vocabulary, now: number): Row {
  const demo = random.next() < 0.25 ? random.pick(DEMO) : undefined;
  const fields = demo
    ? demo[2].map((code) => words.byCode.get(code)!)
    : [random.pick(words.fields), ...(random.next() < 0.45 ? [random.pick(words.fields)] : [])].filter(
        (field, index, all) => all.findIndex((other) => other.code === field.code) === index,
      );
  const main = fields[0]!;
  const keyword = random.pick(main.keywords);
  const other = random.pick(fields.at(-1)!.keywords);
  const keywords = [...new Set([keyword, other, random.pick(main.keywords)])];

  let title: string;
  if (demo) {
    title = random.next() < 0.5 ? demo[0] : `${demo[0]}（${random.pick(TITLE_SUFFIXES)}）`;
  } else {
    const suffix = random.pick(TITLE_SUFFIXES);
    const shape = random.int(0, 2);
    title =
      shape === 0
        ? `${keyword}${suffix}`
        : shape === 1 && other !== keyword
          ? `${keyword}与${other}${suffix}`
          : `面向${keyword}的${main.name}${suffix}`;
  }

  const industryCode = random.pick(INDUSTRIES_BY_FIELD[main.top]!);
  const regionCode = random.pick(random.weighted(words.provinces));
  const modes = [...new Set([random.pick(MODES), ...(random.next() < 0.5 ? [random.pick(MODES)] : [])])];
  const budgetMinWan =
    random.next() < 0.25 ? null : random.pick([10, 20, 30, 50, 80, 100, 150, 200, 300, 500]);
  const budgetMaxWan = budgetMinWan === null ? null : budgetMinWan * random.pick([1.5, 2, 2.5, 3]);
  const problem = demo
    ? demo[1]
    : `当前在${keyword}环节${random.pick(PROBLEMS)}，${random.pick(EFFECTS)}。目标：${random.pick(GOALS)}。`;
  const description = [
    `需求方位于${regionName(regionCode)}，属于${industryName(industryCode)}，主要产品涉及${keywords.join('、')}。`,
    problem,
    `希望与高校、科研院所或科技型企业以${modes.map((mode) => MODE_NAMES[mode]).join('、')}方式合作`,
    budgetMinWan === null ? '，预算面议。' : `，预算 ${budgetMinWan}–${budgetMaxWan} 万元。`,
  ].join('');

  const status = random.weighted(STATUSES);
  const visibility = random.weighted(VISIBILITIES);
  const unpublished = status === 'draft' || status === 'submitted';
  const { publishedAt, createdAt, ...times } = timeline(random, now, unpublished);
  // Open demands are still before their deadline (the worker expires the others), expired ones past it.
  const deadline =
    status === 'expired'
      ? new Date(now - random.int(1, 300) * DAY)
      : random.next() < 0.2
        ? null
        : new Date(
            status === 'published' || status === 'in_progress' || unpublished
              ? now + random.int(7, 365) * DAY
              : publishedAt + random.int(60, 540) * DAY,
          );

  return {
    title: title.slice(0, 100),
    description,
    category: random.weighted(CATEGORIES),
    industryCode,
    fields: fields.map((field) => field.code),
    keywords,
    regionCode,
    budgetMinYuan: budgetMinWan === null ? null : budgetMinWan * 10_000,
    budgetMaxYuan: budgetMaxWan === null ? null : budgetMaxWan * 10_000,
    trl: random.next() < 0.15 ? null : random.int(2, 8),
    deadline: deadline?.toISOString().slice(0, 10) ?? null,
    modes,
    visibility,
    teaser:
      visibility === 'confidential' ? `某${industryName(industryCode)}企业寻求${keyword}相关技术方案` : null,
    ndaText: visibility === 'confidential' ? NDA_TEXT : null,
    contactName: random.pick(CONTACTS),
    contactPhone: `1${random.pick(['38', '39', '58', '86', '89'])}${String(random.int(0, 99_999_999)).padStart(8, '0')}`,
    status,
    viewCount: times.viewCount,
    publishedAt: times.publishedAtIso,
    createdAt: new Date(createdAt).toISOString(),
    updatedAt: times.updatedAt,
  };
}

/**
 * When a generated posting was created, published and last updated, and how often it was seen: two years
 * of history, a little denser towards now, as a growing platform's would be; view counts log-normal, so
 * heavy-tailed (median about 40, one in a hundred over 1 000). Unpublished postings have neither.
 */
export function timeline(random: Random, now: number, unpublished: boolean) {
  const publishedAt = now - Math.floor(random.next() ** 1.3 * 730 * DAY) - random.int(0, DAY);
  const createdAt = unpublished ? now - random.int(0, 60 * DAY) : publishedAt - random.int(DAY, 14 * DAY);
  return {
    publishedAt,
    createdAt,
    publishedAtIso: unpublished ? null : new Date(publishedAt).toISOString(),
    updatedAt: new Date(unpublished ? createdAt : publishedAt + random.int(0, 30 * DAY)).toISOString(),
    viewCount: unpublished ? 0 : Math.round(Math.exp(Math.log(40) + 1.4 * random.normal())),
  };
}

// Array-valued columns travel as one delimited string per row (unnest cannot split a 2-D array by row):
// codes never contain commas, and the composed keywords never contain a '|'.
const INSERT = `
  INSERT INTO demands (organization_id, created_by, title, description, category, industry_code, fields,
    keywords, region_code, budget_min_yuan, budget_max_yuan, trl_required, deadline, cooperation_modes,
    visibility, teaser, nda_text, contact, status, view_count, published_at, created_at, updated_at)
  SELECT $1, $2, r.title, r.description, r.category, r.industry_code, string_to_array(r.fields, ','),
    string_to_array(r.keywords, '|'), r.region_code, r.budget_min, r.budget_max, r.trl, r.deadline,
    string_to_array(r.modes, ','), r.visibility, r.teaser, r.nda_text,
    jsonb_build_object('name', r.contact_name, 'phone', r.contact_phone), r.status, r.view_count,
    r.published_at, r.created_at, r.updated_at
  FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
    $10::bigint[], $11::bigint[], $12::smallint[], $13::date[], $14::text[], $15::text[], $16::text[],
    $17::text[], $18::text[], $19::text[], $20::text[], $21::int[], $22::timestamptz[],
    $23::timestamptz[], $24::timestamptz[])
    AS r(title, description, category, industry_code, fields, keywords, region_code, budget_min,
      budget_max, trl, deadline, modes, visibility, teaser, nda_text, contact_name, contact_phone, status,
      view_count, published_at, created_at, updated_at)`;

function columns(rows: Row[]): unknown[] {
  const column = <T>(read: (row: Row) => T) => rows.map(read);
  return [
    column((r) => r.title),
    column((r) => r.description),
    column((r) => r.category),
    column((r) => r.industryCode),
    column((r) => r.fields.join(',')),
    column((r) => r.keywords.join('|')),
    column((r) => r.regionCode),
    column((r) => r.budgetMinYuan),
    column((r) => r.budgetMaxYuan),
    column((r) => r.trl),
    column((r) => r.deadline),
    column((r) => r.modes.join(',')),
    column((r) => r.visibility),
    column((r) => r.teaser),
    column((r) => r.ndaText),
    column((r) => r.contactName),
    column((r) => r.contactPhone),
    column((r) => r.status),
    column((r) => r.viewCount),
    column((r) => r.publishedAt),
    column((r) => r.createdAt),
    column((r) => r.updatedAt),
  ];
}

/** The owning user and organization, inserted directly (no password: nobody signs in as them). */
function ensureOwner(client: pg.PoolClient): Promise<{ organizationId: string; userId: string }> {
  return ensureBenchOwner(client, {
    email: OWNER_EMAIL,
    userName: '压测需求方',
    organization: OWNER_ORGANIZATION,
    type: 'enterprise',
    regionCode: OWNER_REGION,
    description: '压测用需求方，拥有全部生成的需求。',
    creditCodeStem: `91${OWNER_REGION}MA1BENCH0`,
  });
}

/** A verified organization with one owner, created once (benchmarks insert their rows under it). */
export async function ensureBenchOwner(
  client: pg.PoolClient | pg.Pool,
  owner: {
    email: string;
    userName: string;
    organization: string;
    type: string;
    regionCode: string;
    description: string;
    /** The first 17 characters of its 统一社会信用代码; the check character is computed. */
    creditCodeStem: string;
  },
): Promise<{ organizationId: string; userId: string }> {
  const user = await client.query<{ id: string }>(
    `INSERT INTO users (email, name, password_hash) VALUES ($1, $2, '!')
     ON CONFLICT (email) DO UPDATE SET email = EXCLUDED.email RETURNING id`,
    [owner.email, owner.userName],
  );
  const first17 = owner.creditCodeStem;
  const organization = await client.query<{ id: string }>(
    `INSERT INTO organizations (name, type, credit_code, region_code, industry_code, description,
       verification_status, verified_at)
     VALUES ($1, $2, $3, $4, '34', $5, 'verified', now())
     ON CONFLICT (credit_code) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
    [
      owner.organization,
      owner.type,
      first17 + creditCodeCheckChar(first17),
      owner.regionCode,
      owner.description,
    ],
  );
  const organizationId = organization.rows[0]!.id;
  const userId = user.rows[0]!.id;
  await client.query(
    `INSERT INTO memberships (organization_id, user_id, role)
     SELECT $1, $2, 'owner' WHERE NOT EXISTS (SELECT 1 FROM memberships WHERE organization_id = $1 AND user_id = $2)`,
    [organizationId, userId],
  );
  return { organizationId, userId };
}

/** The owner of every generated row and what the composers draw from, for one batch INSERT. */
export interface Batch {
  client: pg.PoolClient;
  owner: { organizationId: string; userId: string };
  size: number;
  random: Random;
  words: Vocabulary;
  now: number;
}

/**
 * Tops `table` up to `target` rows, `BATCH` rows per `insert` call in one transaction, and analyzes it.
 * Returns how many rows were there and how many were added; the random sequence is seeded by `seed` and
 * the starting count, so the same size gives the same rows and top-ups add new ones.
 */
export async function topUp(
  pool: pg.Pool,
  table: string,
  target: number,
  seed: number,
  log: (line: string) => void,
  insert: (batch: Batch) => Promise<unknown>,
): Promise<{ existing: number; added: number }> {
  const counted = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
  const existing = counted.rows[0]!.n;
  if (existing >= target) return { existing, added: 0 };
  if (!isRegionCode(OWNER_REGION)) throw new Error('The generator’s owner has an invalid region code');
  const words = vocabulary();
  const random = prng(seed + existing);
  const now = Date.now();
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const owner = await ensureOwner(client);
    for (let done = 0; done < target - existing;) {
      const size = Math.min(BATCH, target - existing - done);
      await insert({ client, owner, size, random, words, now });
      done += size;
      log(`generated ${existing + done} / ${target} ${table}`);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
  await pool.query(`ANALYZE ${table}`);
  return { existing, added: target - existing };
}

/** Tops the demands table up to `target` rows. */
export function generateDemands(pool: pg.Pool, target: number, log: (line: string) => void) {
  if (!DEMO.every(([, , codes]) => codes.every(isTechFieldCode))) {
    throw new Error('The generator’s vocabulary has an invalid code');
  }
  return topUp(pool, 'demands', target, 20_260_101, log, ({ client, owner, size, random, words, now }) => {
    const rows = Array.from({ length: size }, () => composeRow(random, words, now));
    return client.query(INSERT, [owner.organizationId, owner.userId, ...columns(rows)]);
  });
}
