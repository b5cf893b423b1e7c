/** 成交 (openapi.json tag deals): deals recorded by one party and confirmed by the other, through the generated client. */
import { schemaRules } from '../../api/generated/rules';
import { answer, api, withPath, type QueryOf, type Schemas } from '../../api/client';
import type { paths } from '../../api/generated/schema';

export type Deal = Schemas['DealDto'];
export type DealTerms = Schemas['DealTermsDto'];
export type DealParty = Schemas['DealPartyDto'];
export type NewDeal = Schemas['CreateDealDto'];
export type SourceParties = Schemas['DealSourcePartiesDto'];
export type DealKind = Deal['kind'];
export type IpType = Deal['ipType'];
export type DealStage = Deal['stage'];
export type DealStatus = Deal['status'];
export type DealSide = NonNullable<Deal['viewerSide']>;
export type DealSourceType = NewDeal['sourceType'];
type DealListQuery = QueryOf<paths['/api/v1/deals']['get']>;

const allKinds: readonly DealKind[] = schemaRules.DealDto.kind.enum;
/** The 四技 contract types; every other kind is a financing instrument. */
export const technologyKinds: readonly DealKind[] = allKinds.filter(
  (kind) => kind.startsWith('tech-') && kind !== 'tech-loan',
);
export const financingKinds: readonly DealKind[] = allKinds.filter((kind) => !technologyKinds.includes(kind));
export const isTechnologyKind = (kind: DealKind | undefined) => !!kind && technologyKinds.includes(kind);

export const ipTypes: readonly IpType[] = schemaRules.DealDto.ipType.enum;
export const dealStages: readonly DealStage[] = schemaRules.DealDto.stage.enum;
/** The stages a deal can be recorded at (not already terminated). */
export const initialStages: readonly NonNullable<NewDeal['stage']>[] = schemaRules.CreateDealDto.stage.enum;
/** From 签约 on a deal carries its signing date. */
export const isSignedStage = (stage: DealStage | undefined) =>
  !!stage && ['signed', 'performing', 'completed'].includes(stage);

export const dealStatuses: readonly DealStatus[] = schemaRules.DealDto.status.enum;

const byId = (id: string) => withPath({ id });

export const dealsApi = {
  list: (query: DealListQuery = {}) => answer(api().GET('/api/v1/deals', { params: { query } })),
  one: (id: string) => answer(api().GET('/api/v1/deals/{id}', byId(id))),
  sourceParties: (sourceType: DealSourceType, sourceId: string) =>
    answer(api().GET('/api/v1/deals/source-parties', { params: { query: { sourceType, sourceId } } })),
  create: (body: NewDeal) => answer(api().POST('/api/v1/deals', { body })),
  update: (id: string, body: Schemas['UpdateDealDto']) =>
    answer(api().PATCH('/api/v1/deals/{id}', { ...byId(id), body })),
  history: (id: string) => answer(api().GET('/api/v1/deals/{id}/history', byId(id))),
  confirm: (id: string, version: number) =>
    answer(api().POST('/api/v1/deals/{id}/confirm', { ...byId(id), body: { version } })),
  dispute: (id: string, reason: string) =>
    answer(api().POST('/api/v1/deals/{id}/dispute', { ...byId(id), body: { reason } })),
  stage: (id: string, body: Schemas['MoveDealStageDto']) =>
    answer(api().POST('/api/v1/deals/{id}/stage', { ...byId(id), body })),
};
