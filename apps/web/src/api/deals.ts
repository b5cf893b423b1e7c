/** 成交 (openapi.json tag deals): deals recorded by one party and confirmed by the other. */
import { apiRequest } from './client';

export const technologyKinds = [
  'tech-development',
  'tech-transfer',
  'tech-license',
  'tech-consulting',
  'tech-service',
] as const;
export const financingKinds = ['equity', 'debt', 'tech-loan', 'guarantee', 'insurance'] as const;
export type DealKind = (typeof technologyKinds)[number] | (typeof financingKinds)[number];
export const isTechnologyKind = (kind: DealKind | undefined) =>
  (technologyKinds as readonly string[]).includes(kind ?? '');

export const ipTypes = [
  'patent',
  'technical-secret',
  'software-copyright',
  'ic-layout',
  'plant-variety',
  'none',
] as const;
export type IpType = (typeof ipTypes)[number];

export const dealStages = [
  'intent',
  'negotiation',
  'signed',
  'performing',
  'completed',
  'terminated',
] as const;
export type DealStage = (typeof dealStages)[number];
/** The stages a deal can be recorded at (not already terminated). */
export const initialStages = dealStages.slice(0, 5);
/** From 签约 on a deal carries its signing date. */
export const isSignedStage = (stage: DealStage | undefined) =>
  !!stage && ['signed', 'performing', 'completed'].includes(stage);

export const dealStatuses = ['pending', 'confirmed', 'disputed'] as const;
export type DealStatus = (typeof dealStatuses)[number];
export type DealSide = 'buyer' | 'seller';
export type DealSourceType = 'match' | 'conversation' | 'award';

export interface DealParty {
  id: string;
  name: string;
  type: string;
  regionCode: string;
  confirmedAt: string | null;
}

export interface DealTerms {
  kind: DealKind;
  projectName: string;
  contractValueWan: number;
  techTransactionWan: number | null;
  signedOn: string | null;
  termMonths: number | null;
  techField: string | null;
  ipType: IpType;
  registrationNumber: string | null;
}

export interface Deal extends DealTerms {
  id: string;
  source: { type: DealSourceType | 'meeting'; id: string } | null;
  buyer: DealParty;
  seller: DealParty;
  category: 'technology' | 'financing';
  stage: DealStage;
  stageDates: Partial<Record<DealStage, string>>;
  status: DealStatus;
  counts: boolean;
  viewerSide: DealSide | null;
  awaitingViewer: boolean;
  dispute: { by: DealSide; reason: string; at: string } | null;
  pendingChange: { terms: Partial<DealTerms>; by: DealSide; at: string } | null;
  actions: { confirm: boolean; dispute: boolean; edit: boolean; stage: boolean };
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface NewDeal extends Partial<Omit<DealTerms, 'kind' | 'projectName' | 'contractValueWan'>> {
  sourceType: DealSourceType;
  sourceId: string;
  buyerOrganizationId: string;
  sellerOrganizationId: string;
  kind: DealKind;
  projectName: string;
  contractValueWan: number;
  stage?: DealStage;
  stageOn?: string;
}

export interface SourceParties {
  organizations: { id: string; name: string; mine: boolean }[];
}

const path = (id: string, action = '') => `/deals/${encodeURIComponent(id)}${action ? `/${action}` : ''}`;

export const dealsApi = {
  list: (query: { status?: DealStatus; sourceType?: DealSourceType; sourceId?: string } = {}) =>
    apiRequest<Deal[]>('/deals', { query: { ...query } }),
  one: (id: string) => apiRequest<Deal>(path(id)),
  sourceParties: (sourceType: DealSourceType, sourceId: string) =>
    apiRequest<SourceParties>('/deals/source-parties', { query: { sourceType, sourceId } }),
  create: (body: NewDeal) => apiRequest<Deal>('/deals', { method: 'POST', body }),
  update: (id: string, body: Partial<DealTerms>) => apiRequest<Deal>(path(id), { method: 'PATCH', body }),
  confirm: (id: string, version: number) =>
    apiRequest<Deal>(path(id, 'confirm'), { method: 'POST', body: { version } }),
  dispute: (id: string, reason: string) =>
    apiRequest<Deal>(path(id, 'dispute'), { method: 'POST', body: { reason } }),
  stage: (id: string, body: { stage: DealStage; on: string; signedOn?: string }) =>
    apiRequest<Deal>(path(id, 'stage'), { method: 'POST', body }),
};
