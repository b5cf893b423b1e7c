/**
 * The catalogue postings (科技成果, 融资项目, 金融产品, 专家) and societies (学会): aliases of the schema
 * generated from openapi.json, plus the shapes the web app's shared catalogue pages need (what every
 * kind's summary and detail have in common), derived from the same schema.
 */
import type { paths } from './generated/schema';
import { queryRules, schemaRules } from './generated/rules';
import type { NullableOptional, QueryOf, Schemas } from './client';

/** The catalogue kinds by their path segment, each with the schema names of its summary and detail. */
export interface CatalogueKinds {
  achievements: { summary: Schemas['AchievementSummaryDto']; detail: Schemas['AchievementDto'] };
  projects: { summary: Schemas['ProjectSummaryDto']; detail: Schemas['ProjectDto'] };
  'financing-offers': { summary: Schemas['FinancingOfferSummaryDto']; detail: Schemas['FinancingOfferDto'] };
  experts: { summary: Schemas['ExpertSummaryDto']; detail: Schemas['ExpertDto'] };
}
export type CataloguePath = keyof CatalogueKinds;

type AnySummary = CatalogueKinds[CataloguePath]['summary'];
type AnyDetail = CatalogueKinds[CataloguePath]['detail'];
/** What every catalogue summary carries, whatever its kind. */
export type PostingSummary = Pick<AnySummary, keyof AnySummary>;
/** What every catalogue detail adds. */
export type PostingDetail = Pick<AnyDetail, 'rejectionReason' | 'canEdit' | 'ndaText' | 'accessRequest'>;

export interface PostingPage<S> {
  items: S[];
  nextCursor: string | null;
}

/** The list filters every kind takes. */
export type PostingBaseQuery = Pick<
  QueryOf<paths['/api/v1/achievements']['get']>,
  'regionCode' | 'field' | 'q' | 'sort' | 'mine' | 'limit' | 'cursor'
>;

export type PostingStatus = PostingSummary['status'];
export type PostingVisibility = PostingSummary['visibility'];
export type PostingSort = NonNullable<PostingBaseQuery['sort']>;

export const postingStatuses: readonly PostingStatus[] = schemaRules.AchievementDto.status.enum;
export const postingVisibilities: readonly PostingVisibility[] = schemaRules.AchievementDto.visibility.enum;
export const postingSorts: readonly PostingSort[] = queryRules['/api/v1/achievements'].sort.enum;

/** 科技成果. */
export type AchievementSummary = Schemas['AchievementSummaryDto'];
export type Achievement = Schemas['AchievementDto'];
export type Patent = Schemas['PatentDto'];
export type Maturity = Achievement['maturity'];
export type TransferMode = Achievement['transferModes'][number];
export type PatentType = Patent['type'];
export type PatentStatus = Patent['status'];
export const maturities: readonly Maturity[] = schemaRules.AchievementDto.maturity.enum;
export const transferModes: readonly TransferMode[] = schemaRules.AchievementDto.transferModes.items.enum;
export const patentTypes: readonly PatentType[] = schemaRules.PatentDto.type.enum;
export const patentStatuses: readonly PatentStatus[] = schemaRules.PatentDto.status.enum;

/** 融资项目. */
export type ProjectSummary = Schemas['ProjectSummaryDto'];
export type Project = Schemas['ProjectDto'];
export type ProjectStage = Project['stage'];
export const projectStages: readonly ProjectStage[] = schemaRules.ProjectDto.stage.enum;

/** 金融产品 / 投资意向. */
export type FinancingOfferSummary = Schemas['FinancingOfferSummaryDto'];
export type FinancingOffer = Schemas['FinancingOfferDto'];
export type Instrument = FinancingOffer['instrument'];
export const instruments: readonly Instrument[] = schemaRules.FinancingOfferDto.instrument.enum;

/** 专家. */
export type ExpertSummary = Schemas['ExpertSummaryDto'];
export type Expert = Schemas['ExpertDto'];
export type ServiceMode = Expert['serviceModes'][number];
export type Availability = Expert['availability'];
export const serviceModes: readonly ServiceMode[] = schemaRules.ExpertDto.serviceModes.items.enum;
export const availabilities: readonly Availability[] = schemaRules.ExpertDto.availability.enum;
export type ExpertImport = Schemas['ExpertImportDto'];
export type ImportRowError = Schemas['ImportRowErrorDto'];

/** 学会 and its 服务站. */
export type Society = Schemas['SocietyDto'];
export type SocietyUpdate = NullableOptional<Schemas['UpdateSocietyDto']>;
export type SocietyQuery = QueryOf<paths['/api/v1/societies']['get']>;
export type Station = Schemas['StationDto'];
export type StationInput = NullableOptional<Schemas['CreateStationDto']>;
