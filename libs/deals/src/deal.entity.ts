import { Check, Column, Entity, Index } from 'typeorm';
import { AuthoredRow } from '#database';
import type {
  DealCategory,
  DealKind,
  DealSide,
  DealSourceType,
  DealStage,
  DealStatus,
  IpType,
} from './deal-terms.js';

/** The terms a party states and the other confirms; what a proposed change may touch. */
export interface DealTerms {
  kind: DealKind;
  projectName: string;
  contractValueYuan: string;
  techTransactionYuan: string | null;
  signedOn: string | null;
  termMonths: number | null;
  techField: string | null;
  ipType: IpType;
  registrationNumber: string | null;
}

/** An edit proposed after both parties confirmed: applied only when the other side confirms it. */
export interface PendingDealChange {
  terms: Partial<DealTerms>;
  bySide: DealSide;
  byUserId: string;
  at: string;
}

/**
 * 成交: an outcome between a buyer and a seller organization, recorded by one and confirmed by the other.
 * Only `status = 'confirmed'` counts in figures. The parties' type and region are copied at recording
 * time, so statistics by seller type (企业 / 科研机构 / 高等院校) and by region read this table alone and
 * stay what they were when the contract was made.
 */
@Entity('deals')
@Index('deals_buyer_organization', ['buyerOrganizationId', 'updatedAt'])
@Index('deals_seller_organization', ['sellerOrganizationId', 'updatedAt'])
@Index('deals_source', ['sourceType', 'sourceId'])
// What reporting filters and sums: counted deals by signing date, then kind and region.
@Index('deals_counted_signed_on', ['signedOn', 'kind'], { where: "status = 'confirmed'" })
// The Beijing day reporting_facts counts a confirmed deal on (migrations/…-ReportingDaily.ts, issue 18).
@Index('deals_confirmed_day', { synchronize: false })
@Index('deals_registration_number_key', ['registrationNumber'], {
  unique: true,
  where: 'registration_number IS NOT NULL',
})
@Check('deals_parties_differ', 'buyer_organization_id <> seller_organization_id')
@Check('deals_values_not_negative', 'contract_value_yuan >= 0 AND COALESCE(tech_transaction_yuan, 0) >= 0')
export class Deal extends AuthoredRow {
  /** What the deal came from; null only for deals recorded before sources existed or imported. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  sourceType: DealSourceType | null;

  @Column({ type: 'uuid', nullable: true })
  sourceId: string | null;

  @Column({ type: 'uuid' })
  buyerOrganizationId: string;

  @Column({ type: 'varchar', length: 20 })
  buyerType: string;

  @Column({ type: 'char', length: 6 })
  buyerRegionCode: string;

  @Column({ type: 'uuid' })
  sellerOrganizationId: string;

  @Column({ type: 'varchar', length: 20 })
  sellerType: string;

  @Column({ type: 'char', length: 6 })
  sellerRegionCode: string;

  @Column({ type: 'varchar', length: 20 })
  kind: DealKind;

  /** technology (四技) or financing, kept beside `kind` so totals group by it without a lookup. */
  @Column({ type: 'varchar', length: 12 })
  category: DealCategory;

  @Column({ type: 'varchar', length: 200 })
  projectName: string;

  /** Whole 元 (entered and shown in 万元). */
  @Column({ type: 'bigint' })
  contractValueYuan: string;

  /** 技术交易额, whole 元: the part of a technology contract's value that is technology; null for financing. */
  @Column({ type: 'bigint', nullable: true })
  techTransactionYuan: string | null;

  @Column({ type: 'date', nullable: true })
  signedOn: string | null;

  @Column({ type: 'integer', nullable: true })
  termMonths: number | null;

  /** A code of the project's technology-field taxonomy. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  techField: string | null;

  @Column({ type: 'varchar', length: 20, default: 'none' })
  ipType: IpType;

  /** 技术合同认定登记号, once registered. */
  @Column({ type: 'char', length: 16, nullable: true })
  registrationNumber: string | null;

  @Column({ type: 'varchar', length: 12 })
  stage: DealStage;

  /** The date each stage reached was reached on, e.g. `{ "intent": "2026-03-01", "signed": "2026-05-20" }`. */
  @Column({ type: 'jsonb' })
  stageDates: Partial<Record<DealStage, string>>;

  @Column({ type: 'varchar', length: 10 })
  status: DealStatus;

  @Column({ type: 'timestamptz', nullable: true })
  buyerConfirmedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  buyerConfirmedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sellerConfirmedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  sellerConfirmedBy: string | null;

  @Column({ type: 'varchar', length: 6, nullable: true })
  disputedBy: DealSide | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  disputeReason: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  disputedAt: Date | null;

  @Column({ type: 'jsonb', nullable: true })
  pendingChange: PendingDealChange | null;

  /** Bumped by every change: a confirmation may name the version it saw, and notifications key on it. */
  @Column({ type: 'integer', default: 1 })
  version: number;
}
