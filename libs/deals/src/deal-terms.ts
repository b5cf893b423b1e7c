/**
 * The vocabulary of a deal. Every list here is stored data (deals columns, audit entries, reports):
 * never rename a value without a migration.
 */

/** 四技: the four kinds of technology contract of the 技术合同认定登记 rules (技术服务 and 技术咨询 are two). */
export const TECHNOLOGY_KINDS = [
  'tech-development', // 技术开发
  'tech-transfer', // 技术转让
  'tech-license', // 技术许可
  'tech-consulting', // 技术咨询
  'tech-service', // 技术服务
] as const;

/** Financing instruments, as on a financing offer (股权 / 债权 / 科技贷 / 担保 / 保险). */
export const FINANCING_KINDS = ['equity', 'debt', 'tech-loan', 'guarantee', 'insurance'] as const;

export const DEAL_KINDS = [...TECHNOLOGY_KINDS, ...FINANCING_KINDS] as const;
export type DealKind = (typeof DEAL_KINDS)[number];

export const DEAL_CATEGORIES = ['technology', 'financing'] as const;
export type DealCategory = (typeof DEAL_CATEGORIES)[number];

export const categoryOf = (kind: DealKind): DealCategory =>
  (TECHNOLOGY_KINDS as readonly string[]).includes(kind) ? 'technology' : 'financing';

/** Intellectual property a contract involves, as the 技术合同 statistics break it down. */
export const IP_TYPES = [
  'patent', // 专利
  'technical-secret', // 技术秘密
  'software-copyright', // 软件著作权
  'ic-layout', // 集成电路布图设计
  'plant-variety', // 植物新品种
  'none',
] as const;
export type IpType = (typeof IP_TYPES)[number];

/** 意向 → 洽谈 → 签约 → 履行 → 完成, in this order; 终止 ends a deal from any open stage. */
export const DEAL_STAGES = [
  'intent',
  'negotiation',
  'signed',
  'performing',
  'completed',
  'terminated',
] as const;
export type DealStage = (typeof DEAL_STAGES)[number];

/** Stages a deal can be recorded at: any step of the way, but not already terminated. */
export const INITIAL_STAGES = ['intent', 'negotiation', 'signed', 'performing', 'completed'] as const;

const PROGRESS: readonly DealStage[] = ['intent', 'negotiation', 'signed', 'performing', 'completed'];

/** Whether a deal at `stage` has been signed (and so must carry its signing date). */
export const isSignedStage = (stage: DealStage): boolean =>
  PROGRESS.indexOf(stage) >= PROGRESS.indexOf('signed');

/** A stage may move forwards only, or to 终止 from any stage that is not final. */
export function canMoveStage(from: DealStage, to: DealStage): boolean {
  if (from === 'completed' || from === 'terminated') return false;
  if (to === 'terminated') return true;
  return PROGRESS.indexOf(to) > PROGRESS.indexOf(from);
}

/** What a deal is recorded from: a match, a conversation, a 揭榜挂帅 award or an event's 1:1 洽谈 (meeting). */
export const DEAL_SOURCE_TYPES = ['match', 'conversation', 'award', 'meeting'] as const;
export type DealSourceType = (typeof DEAL_SOURCE_TYPES)[number];
export const RECORDABLE_SOURCE_TYPES = DEAL_SOURCE_TYPES;

/**
 * pending: not yet confirmed by both parties (待确认 to the side that has not); confirmed: both have, and
 * it counts; disputed: a party contests it, and it does not count until both confirm again.
 */
export const DEAL_STATUSES = ['pending', 'confirmed', 'disputed'] as const;
export type DealStatus = (typeof DEAL_STATUSES)[number];

export const DEAL_SIDES = ['buyer', 'seller'] as const;
export type DealSide = (typeof DEAL_SIDES)[number];

/** 技术合同认定登记号: 16 digits (year, registering office's region code, serial). */
export const REGISTRATION_NUMBER = /^\d{16}$/;
