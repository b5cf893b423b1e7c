import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ValidateBy } from 'class-validator';
import { DateField, DecimalField, EnumField, IntField, TechFieldField, TextField, UuidField } from '#core';
import {
  DEAL_CATEGORIES,
  DEAL_KINDS,
  DEAL_SIDES,
  DEAL_SOURCE_TYPES,
  DEAL_STAGES,
  DEAL_STATUSES,
  INITIAL_STAGES,
  IP_TYPES,
  RECORDABLE_SOURCE_TYPES,
  REGISTRATION_NUMBER,
  type DealCategory,
  type DealKind,
  type DealSide,
  type DealSourceType,
  type DealStage,
  type DealStatus,
  type IpType,
} from '../deal-terms.js';

/** Contract values up to 1 亿万元 (1 万亿元), to four decimals: whole 元. */
const VALUE = { min: 0, max: 100_000_000, decimals: 4 } as const;

/** 技术合同认定登记号: 16 digits. */
function RegistrationNumberField(options: { optional?: boolean } = {}) {
  return (target: object, property: string) => {
    ApiPropertyOptional({
      type: 'string',
      pattern: REGISTRATION_NUMBER.source,
      nullable: true,
      example: '2026320100001234',
      description: '技术合同认定登记号 (16 digits), once the contract is registered; null clears it',
    })(target, property);
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))(
      target,
      property,
    );
    ValidateBy({
      name: 'isRegistrationNumber',
      validator: {
        validate: (value: unknown) =>
          (options.optional && (value === undefined || value === null)) ||
          (typeof value === 'string' && REGISTRATION_NUMBER.test(value)),
      },
    })(target, property);
  };
}

/** The terms both parties confirm. Required on recording; each optional in a proposed edit. */
class DealTermsInput {
  @EnumField(DEAL_KINDS, {
    description:
      '四技 technology contract (tech-development 技术开发, tech-transfer 技术转让, tech-license 技术许可, ' +
      'tech-consulting 技术咨询, tech-service 技术服务) or financing instrument (equity 股权, debt 债权, ' +
      'tech-loan 科技贷, guarantee 担保, insurance 保险)',
  })
  kind: DealKind;

  @TextField({ max: 200, description: 'Project name (项目名称)' })
  projectName: string;

  @DecimalField({ ...VALUE, description: 'Contract value in 万元 (合同金额)', example: 120 })
  contractValueWan: number;
}

export class CreateDealDto extends DealTermsInput {
  @EnumField(RECORDABLE_SOURCE_TYPES, {
    description: 'What the deal comes from: a match, a conversation or an awarded 揭榜方案 (proposal id)',
  })
  sourceType: (typeof RECORDABLE_SOURCE_TYPES)[number];

  @UuidField({
    description: 'The match, conversation or awarded proposal; the caller’s side must be a party',
  })
  sourceId: string;

  @UuidField({ description: 'The buying organization (需方 / 投资方的被投方 for financing: who receives)' })
  buyerOrganizationId: string;

  @UuidField({ description: 'The selling organization (供方; the investor, bank or insurer for financing)' })
  sellerOrganizationId: string;

  @DecimalField({
    ...VALUE,
    optional: true,
    description: '技术交易额 in 万元, at most the contract value; technology contracts only',
  })
  techTransactionWan?: number;

  @DateField({
    optional: true,
    description: 'Signing date; required from the 签约 stage on, not in the future',
  })
  signedOn?: string;

  @IntField({ min: 1, max: 600, optional: true, description: 'Term in months (合同期限)' })
  termMonths?: number;

  @TechFieldField({ optional: true, description: 'Technology field; required for a technology contract' })
  techField?: string;

  @EnumField(IP_TYPES, { optional: true, description: 'Intellectual property involved (default none)' })
  ipType?: IpType;

  @RegistrationNumberField({ optional: true })
  registrationNumber?: string;

  @EnumField(INITIAL_STAGES, { optional: true, description: 'The stage reached (default intent)' })
  stage?: (typeof INITIAL_STAGES)[number];

  @DateField({
    optional: true,
    description: 'When that stage was reached (default today), not in the future',
  })
  stageOn?: string;
}

/**
 * An edit. Before both parties confirmed it applies at once and the other side must confirm the new
 * terms; after, it is stored as a proposed change that applies when the other side confirms it.
 */
export class UpdateDealDto {
  @EnumField(DEAL_KINDS, { optional: true })
  kind?: DealKind;

  @TextField({ max: 200, optional: true })
  projectName?: string;

  @DecimalField({ ...VALUE, optional: true, description: 'Contract value in 万元' })
  contractValueWan?: number;

  @DecimalField({
    ...VALUE,
    optional: true,
    nullable: true,
    description: '技术交易额 in 万元; null clears it',
  })
  techTransactionWan?: number | null;

  @DateField({ optional: true, description: 'Signing date, for a deal at 签约 or later' })
  signedOn?: string;

  @IntField({
    min: 1,
    max: 600,
    optional: true,
    nullable: true,
    description: 'Term in months; null clears it',
  })
  termMonths?: number | null;

  @TechFieldField({
    optional: true,
    nullable: true,
    description: 'Technology field; null clears it (financing only)',
  })
  techField?: string | null;

  @EnumField(IP_TYPES, { optional: true })
  ipType?: IpType;

  @RegistrationNumberField({ optional: true })
  registrationNumber?: string | null;
}

export class ConfirmDealDto {
  @IntField({
    min: 1,
    max: 2_147_483_647,
    optional: true,
    description:
      'The version the caller read: a deal changed since is refused (409) rather than confirmed unseen',
  })
  version?: number;
}

export class DisputeDealDto {
  @TextField({ max: 1000, description: 'Why the caller’s side contests the deal (shown to the other side)' })
  reason: string;
}

export class MoveDealStageDto {
  @EnumField(DEAL_STAGES, { description: 'A later stage, or terminated' })
  stage: DealStage;

  @DateField({ description: 'When it was reached: not in the future, not before the previous stage' })
  on: string;

  @DateField({ optional: true, description: 'Signing date, when the deal passes 签约 without one' })
  signedOn?: string;
}

export class DealQueryDto {
  @EnumField(DEAL_STATUSES, { optional: true })
  status?: DealStatus;

  @EnumField(DEAL_CATEGORIES, { optional: true })
  category?: DealCategory;

  @EnumField(DEAL_KINDS, { optional: true })
  kind?: DealKind;

  @EnumField(DEAL_STAGES, { optional: true })
  stage?: DealStage;

  @EnumField(DEAL_SOURCE_TYPES, { optional: true, description: 'With sourceId: the deals of one match etc.' })
  sourceType?: DealSourceType;

  @UuidField({ optional: true })
  sourceId?: string;
}

export class DealSourceQueryDto {
  @EnumField(RECORDABLE_SOURCE_TYPES)
  sourceType: (typeof RECORDABLE_SOURCE_TYPES)[number];

  @UuidField()
  sourceId: string;
}

export class DealSourcePartyDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'One of the caller’s organizations (the side the caller can record for)' })
  mine: boolean;
}

export class DealSourcePartiesDto {
  @ApiProperty({ type: [DealSourcePartyDto], description: 'The two organizations a deal from it is between' })
  organizations: DealSourcePartyDto[];
}

export class DealPartyDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'Organization type when recorded' }) type: string;
  @ApiProperty({ description: 'GB/T 2260 region code when recorded' }) regionCode: string;
  @ApiProperty({
    type: 'string',
    format: 'date-time',
    nullable: true,
    description: 'When this side confirmed',
  })
  confirmedAt: string | null;
}

export class DealSourceDto {
  @ApiProperty({ enum: DEAL_SOURCE_TYPES }) type: DealSourceType;
  @ApiProperty({ format: 'uuid' }) id: string;
}

export class DealDisputeDto {
  @ApiProperty({ enum: DEAL_SIDES }) by: DealSide;
  @ApiProperty() reason: string;
  @ApiProperty({ type: 'string', format: 'date-time' }) at: string;
}

export class DealTermsDto {
  @ApiPropertyOptional({ enum: DEAL_KINDS }) kind?: DealKind;
  @ApiPropertyOptional() projectName?: string;
  @ApiPropertyOptional() contractValueWan?: number;
  @ApiPropertyOptional({ type: 'number', nullable: true }) techTransactionWan?: number | null;
  @ApiPropertyOptional({ type: 'string', format: 'date', nullable: true }) signedOn?: string | null;
  @ApiPropertyOptional({ type: 'integer', nullable: true }) termMonths?: number | null;
  @ApiPropertyOptional({ type: 'string', nullable: true }) techField?: string | null;
  @ApiPropertyOptional({ enum: IP_TYPES }) ipType?: IpType;
  @ApiPropertyOptional({ type: 'string', nullable: true }) registrationNumber?: string | null;
}

export class PendingDealChangeDto {
  @ApiProperty({ type: DealTermsDto, description: 'Only the terms the change touches, as they would read' })
  terms: DealTermsDto;
  @ApiProperty({ enum: DEAL_SIDES }) by: DealSide;
  @ApiProperty({ type: 'string', format: 'date-time' }) at: string;
}

export class DealActionsDto {
  @ApiProperty({ description: 'The viewer may confirm now (the deal, or the other side’s proposed change)' })
  confirm: boolean;
  @ApiProperty() dispute: boolean;
  @ApiProperty({ description: 'The viewer may edit (or, once confirmed, propose a change)' }) edit: boolean;
  @ApiProperty() stage: boolean;
}

export class DealDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: DealSourceDto, nullable: true }) source: DealSourceDto | null;
  @ApiProperty({ type: DealPartyDto }) buyer: DealPartyDto;
  @ApiProperty({ type: DealPartyDto }) seller: DealPartyDto;
  @ApiProperty({ enum: DEAL_KINDS }) kind: DealKind;
  @ApiProperty({ enum: DEAL_CATEGORIES }) category: DealCategory;
  @ApiProperty() projectName: string;
  @ApiProperty({ description: '万元' }) contractValueWan: number;
  @ApiProperty({ type: 'number', nullable: true, description: '技术交易额, 万元' })
  techTransactionWan: number | null;
  @ApiProperty({ type: 'string', format: 'date', nullable: true }) signedOn: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) termMonths: number | null;
  @ApiProperty({ type: 'string', nullable: true }) techField: string | null;
  @ApiProperty({ enum: IP_TYPES }) ipType: IpType;
  @ApiProperty({ type: 'string', nullable: true }) registrationNumber: string | null;
  @ApiProperty({ enum: DEAL_STAGES }) stage: DealStage;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', format: 'date' },
    description: 'Stage → the date it was reached',
  })
  stageDates: Partial<Record<DealStage, string>>;
  @ApiProperty({ enum: DEAL_STATUSES }) status: DealStatus;
  @ApiProperty({ description: 'Confirmed by both parties: only such a deal counts in figures' })
  counts: boolean;
  @ApiProperty({
    enum: DEAL_SIDES,
    nullable: true,
    description: 'The side the caller acts for; null for a platform admin looking on',
  })
  viewerSide: DealSide | null;
  @ApiProperty({
    description: '待确认: the caller’s side has not confirmed the deal or the other side’s change',
  })
  awaitingViewer: boolean;
  @ApiProperty({ type: DealDisputeDto, nullable: true }) dispute: DealDisputeDto | null;
  @ApiProperty({ type: PendingDealChangeDto, nullable: true }) pendingChange: PendingDealChangeDto | null;
  @ApiProperty({ type: DealActionsDto }) actions: DealActionsDto;
  @ApiProperty({ type: 'integer' }) version: number;
  @ApiProperty({ type: 'string', format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: 'string', format: 'date-time' }) updatedAt: string;
}

/** What a history entry records; stored as the audit action `deal.<action>`. */
export const DEAL_HISTORY_ACTIONS = [
  'created',
  'confirmed',
  'disputed',
  'edited',
  'change-proposed',
  'change-confirmed',
  'stage',
] as const;
export type DealHistoryAction = (typeof DEAL_HISTORY_ACTIONS)[number];

/** One audited change of a deal, as both parties read it. */
export class DealHistoryEntryDto {
  @ApiProperty({ enum: DEAL_HISTORY_ACTIONS }) action: DealHistoryAction;
  @ApiProperty({ enum: DEAL_SIDES, nullable: true, description: 'The side that acted' })
  side: DealSide | null;
  @ApiProperty({ type: 'string', format: 'date-time' }) at: string;
  @ApiProperty({ type: 'integer', nullable: true, description: 'The deal’s version after the change' })
  version: number | null;
  @ApiProperty({ type: DealTermsDto, nullable: true, description: 'The terms set, edited or proposed' })
  terms: DealTermsDto | null;
  @ApiProperty({ type: 'string', nullable: true, description: 'A dispute’s reason' }) reason: string | null;
  @ApiProperty({ enum: DEAL_STAGES, nullable: true, description: 'The stage reached' })
  stage: DealStage | null;
  @ApiProperty({ type: 'string', format: 'date', nullable: true, description: 'When the stage was reached' })
  on: string | null;
}
