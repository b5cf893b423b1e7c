/**
 * Shapes of the catalogue postings (科技成果, 融资项目, 金融产品, 专家) and of societies (学会): the API
 * contract's AchievementDto, ProjectDto, FinancingOfferDto, ExpertDto, SocietyDto and their inputs.
 */
import type { DemandContact } from './types';

export type PostingStatus = 'draft' | 'submitted' | 'rejected' | 'published' | 'archived';
export type PostingVisibility = 'public' | 'registered' | 'confidential';
export type PostingSort = 'newest' | 'views';

export const postingStatuses: readonly PostingStatus[] = [
  'draft',
  'submitted',
  'rejected',
  'published',
  'archived',
];
export const postingVisibilities: readonly PostingVisibility[] = ['public', 'registered', 'confidential'];
export const postingSorts: readonly PostingSort[] = ['newest', 'views'];

/** What every catalogue summary carries, whatever its kind. */
export interface PostingSummary {
  id: string;
  status: PostingStatus;
  visibility: PostingVisibility;
  /** True when confidential content is withheld from the caller (only the teaser shows). */
  redacted: boolean;
  teaser: string | null;
  fields: string[];
  fieldNames: string[];
  viewCount: number;
  publishedAt: string | null;
  updatedAt?: string;
  organizationId: string | null;
  organizationName: string | null;
}

/** What every catalogue detail adds. */
export interface PostingDetail {
  rejectionReason: string | null;
  canEdit: boolean;
}

export interface PostingPage<S> {
  items: S[];
  nextCursor: string | null;
}

export type PostingBaseQuery = {
  regionCode?: string;
  field?: string;
  q?: string;
  sort?: PostingSort;
  mine?: boolean;
  limit?: number;
  cursor?: string;
};

/** 科技成果. */
export type Maturity = 'lab' | 'bench' | 'pilot' | 'industrial';
export type TransferMode = 'transfer' | 'licensing' | 'equity' | 'co-development';
export type PatentType = 'invention' | 'utility' | 'design';
export type PatentStatus = 'pending' | 'granted' | 'lapsed';
export const maturities: readonly Maturity[] = ['lab', 'bench', 'pilot', 'industrial'];
export const transferModes: readonly TransferMode[] = ['transfer', 'licensing', 'equity', 'co-development'];
export const patentTypes: readonly PatentType[] = ['invention', 'utility', 'design'];
export const patentStatuses: readonly PatentStatus[] = ['pending', 'granted', 'lapsed'];

export interface Patent {
  number: string;
  type: PatentType;
  status: PatentStatus;
}

export interface AchievementSummary extends PostingSummary {
  title: string;
  regionCode: string;
  regionName: string;
  trl: number;
  maturity: Maturity;
  transferModes: TransferMode[];
  /** 万元; null with priceNegotiable is 面议. */
  priceWan: number | null;
  priceNegotiable: boolean;
}

export interface Achievement extends AchievementSummary, PostingDetail {
  abstract: string | null;
  keywords: string[];
  patents: Patent[];
  contact: DemandContact | null;
}

export interface AchievementInput {
  title: string;
  abstract: string;
  fields: string[];
  keywords?: string[];
  trl: number;
  maturity: Maturity;
  transferModes: TransferMode[];
  priceWan?: number;
  regionCode: string;
  patents?: Patent[];
  contact?: DemandContact;
  visibility: PostingVisibility;
  teaser?: string;
}

export type AchievementQuery = PostingBaseQuery & {
  maturity?: Maturity;
  transferMode?: TransferMode;
  trlMin?: number;
};

/** 融资项目. */
export type ProjectStage = 'seed' | 'angel' | 'pre-a' | 'a' | 'b' | 'c-plus' | 'pre-ipo';
export const projectStages: readonly ProjectStage[] = [
  'seed',
  'angel',
  'pre-a',
  'a',
  'b',
  'c-plus',
  'pre-ipo',
];

export interface ProjectSummary extends PostingSummary {
  title: string;
  regionCode: string;
  regionName: string;
  stage: ProjectStage;
  amountSoughtWan: number | null;
}

export interface Project extends ProjectSummary, PostingDetail {
  summary: string | null;
  keywords: string[];
  useOfFunds: string | null;
  team: string | null;
  traction: string | null;
}

export interface ProjectInput {
  title: string;
  summary: string;
  fields: string[];
  keywords?: string[];
  stage: ProjectStage;
  amountSoughtWan: number;
  useOfFunds?: string;
  team?: string;
  traction?: string;
  regionCode: string;
  visibility: PostingVisibility;
  teaser?: string;
}

export type ProjectQuery = PostingBaseQuery & {
  stage?: ProjectStage;
  amountMinWan?: number;
  amountMaxWan?: number;
};

/** 金融产品 / 投资意向. */
export type Instrument = 'equity' | 'debt' | 'tech-loan' | 'guarantee' | 'insurance';
export const instruments: readonly Instrument[] = ['equity', 'debt', 'tech-loan', 'guarantee', 'insurance'];

export interface FinancingOfferSummary extends PostingSummary {
  title: string;
  instrument: Instrument;
  stages: ProjectStage[];
  ticketMinWan: number | null;
  ticketMaxWan: number | null;
  regionCodes: string[];
  /** Empty is nationwide (全国). */
  regionNames: string[];
}

export interface FinancingOffer extends FinancingOfferSummary, PostingDetail {
  thesis: string | null;
  contact: DemandContact | null;
}

export interface FinancingOfferInput {
  title: string;
  instrument: Instrument;
  /** Sectors as technology field codes (the summary answers them as `fields`). */
  sectors: string[];
  stages: ProjectStage[];
  ticketMinWan?: number;
  ticketMaxWan?: number;
  regionCodes?: string[];
  thesis: string;
  contact?: DemandContact;
  visibility: PostingVisibility;
  teaser?: string;
}

export type FinancingOfferQuery = PostingBaseQuery & {
  instrument?: Instrument;
  stage?: ProjectStage;
  amountWan?: number;
};

/** 专家. */
export type ServiceMode = 'consulting' | 'diagnosis' | 'joint-rnd' | 'part-time' | 'lecture';
export type Availability = 'available' | 'limited' | 'unavailable';
export const serviceModes: readonly ServiceMode[] = [
  'consulting',
  'diagnosis',
  'joint-rnd',
  'part-time',
  'lecture',
];
export const availabilities: readonly Availability[] = ['available', 'limited', 'unavailable'];

export interface ExpertSummary extends PostingSummary {
  name: string;
  /** 职称. */
  title: string;
  affiliation: string;
  regionCode: string;
  regionName: string;
  serviceModes: ServiceMode[];
  availability: Availability;
  /** 科技特派员. */
  isCommissioner: boolean;
  claimed: boolean;
}

export interface Expert extends ExpertSummary, PostingDetail {
  keywords: string[];
  bio: string | null;
  regionCodesServed: string[];
  regionNamesServed: string[];
  /** null unless the caller is the society, the claimed expert or a moderator. */
  email: string | null;
  phone: string | null;
  stationId: string | null;
  stationName: string | null;
  claimedByMe: boolean;
}

export interface ExpertInput {
  name: string;
  title: string;
  affiliation: string;
  fields: string[];
  keywords?: string[];
  regionCode: string;
  regionCodesServed?: string[];
  serviceModes: ServiceMode[];
  availability: Availability;
  isCommissioner?: boolean;
  bio?: string;
  email?: string;
  phone?: string;
  stationId?: string;
  visibility: PostingVisibility;
  teaser?: string;
}

export type ExpertQuery = PostingBaseQuery & {
  serviceMode?: ServiceMode;
  societyId?: string;
  commissioner?: 'true';
  availability?: Availability;
};

export interface ClaimInvitation {
  id: string;
  email: string;
  expiresAt: string;
}

export type ImportStatus = 'queued' | 'validating' | 'importing' | 'completed' | 'failed';

export interface ImportRowError {
  row: number;
  field: string;
  code: string;
  message: string;
}

export interface ExpertImport {
  id: string;
  status: ImportStatus;
  totalRows: number | null;
  processedRows: number | null;
  importedCount: number | null;
  errors: ImportRowError[];
  createdAt: string;
  finishedAt: string | null;
}

/** 学会 and its 服务站. */
export interface SocietySummary {
  id: string;
  name: string;
  regionCode: string;
  regionName: string;
  description: string | null;
  fields: string[];
  fieldNames: string[];
  website: string | null;
  expertCount: number;
  stationCount: number;
}

export interface Station {
  id: string;
  name: string;
  regionCode: string;
  regionName: string;
  address: string | null;
  contactName: string | null;
  contactPhone: string | null;
  description: string | null;
  expertCount: number;
}

export interface Society extends SocietySummary {
  stations: Station[];
  /** The caller may edit the profile and stations (the society's admins). */
  canEdit: boolean;
}

export interface SocietyUpdate {
  description?: string | null;
  fields?: string[];
  website?: string | null;
}

export interface StationInput {
  name: string;
  regionCode: string;
  address?: string | null;
  contactName?: string | null;
  contactPhone?: string | null;
  description?: string | null;
}
