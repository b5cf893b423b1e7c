import { ACHIEVEMENT_MATURITIES, TRANSFER_MODES } from '../achievements/achievement.entity.js';
import { COOPERATION_MODES, DEMAND_CATEGORIES, DEMAND_STATUSES } from '../demands/demand.entity.js';

/**
 * The published JSON Schemas (draft 2020-12) of the open records, served at
 * /api/v1/open/schemas/{demand,achievement}.json. Each feed item is a record or a tombstone. The enums
 * come from the entities, so a new stored value reaches the schema; the e2e test validates every feed
 * item against these, so the schema cannot drift from what the feeds send.
 */
export type OpenSchemaName = 'demand' | 'achievement';

const nullable = (type: string, extra: object = {}) => ({ type: [type, 'null'], ...extra });
const DATE_TIME = { type: 'string', format: 'date-time' };

const TOMBSTONE = {
  type: 'object',
  description: 'The posting left the board (closed, expired, archived, back in moderation): remove it.',
  required: ['id', 'deleted', 'updatedAt'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', format: 'uuid' },
    deleted: { const: true },
    updatedAt: DATE_TIME,
  },
};

const COMMON = {
  id: { type: 'string', format: 'uuid' },
  deleted: { const: false },
  updatedAt: DATE_TIME,
  publishedAt: DATE_TIME,
  redacted: {
    type: 'boolean',
    description: 'Confidential posting: only its title, teaser and coarse facts are published',
  },
  title: { type: 'string', maxLength: 100 },
  teaser: nullable('string', { maxLength: 200 }),
  fields: { type: 'array', items: { type: 'string' }, description: 'Technology field codes' },
  keywords: { type: 'array', items: { type: 'string' } },
  regionCode: nullable('string', {
    pattern: '^[0-9]{6}$',
    description: 'GB/T 2260; only the province when redacted; null for nationwide',
  }),
};

const record = (title: string, properties: Record<string, object>) => ({
  type: 'object',
  title,
  required: [...Object.keys(COMMON), ...Object.keys(properties)],
  additionalProperties: false,
  properties: { ...COMMON, ...properties },
});

const DEMAND = record('Demand (技术需求)', {
  description: nullable('string', { maxLength: 5000 }),
  category: { enum: DEMAND_CATEGORIES },
  industryCode: nullable('string', { description: 'GB/T 4754-2017 code' }),
  budgetMinWan: nullable('number', { minimum: 0, description: '万元 (10,000 CNY)' }),
  budgetMaxWan: nullable('number', { minimum: 0, description: '万元 (10,000 CNY)' }),
  trlRequired: nullable('integer', { minimum: 1, maximum: 9 }),
  deadline: nullable('string', { format: 'date' }),
  cooperationModes: { type: 'array', items: { enum: COOPERATION_MODES } },
  status: { enum: DEMAND_STATUSES },
});

const ACHIEVEMENT = record('Achievement (科技成果)', {
  abstract: nullable('string', { maxLength: 5000 }),
  trl: { type: 'integer', minimum: 1, maximum: 9 },
  maturity: { enum: ACHIEVEMENT_MATURITIES },
  transferModes: { type: 'array', items: { enum: TRANSFER_MODES } },
  priceWan: nullable('number', { minimum: 0, description: '万元 (10,000 CNY)' }),
});

/** The schema of one feed item of `name`, with `$id` under the server's public address. */
export function openSchema(name: OpenSchemaName, publicUrl: string): object {
  const item = name === 'demand' ? DEMAND : ACHIEVEMENT;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${publicUrl.replace(/\/$/, '')}/api/v1/open/schemas/${name}.json`,
    title: `Duijie open ${name} record`,
    description: `An item of GET /api/v1/open/${name}s: a ${name} record, or a tombstone for one that left the board.`,
    oneOf: [{ $ref: '#/$defs/record' }, { $ref: '#/$defs/tombstone' }],
    $defs: { record: item, tombstone: TOMBSTONE },
  };
}
