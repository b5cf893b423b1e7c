export { AchievementService } from './achievements/achievement.service.js';
export { Achievement } from './achievements/achievement.entity.js';
export { ACHIEVEMENT_KIND } from './achievements/achievement.kind.js';
export { FINANCING_OFFER_KIND } from './financing-offers/financing-offer.kind.js';
export { PROJECT_KIND } from './projects/project.kind.js';
export { catalogueDocumentBase, postingSearchSourceFor } from './catalogue/posting-search.source.js';
export { CATALOGUE_LISTED } from './catalogue/catalogue-workflow.js';
export { CatalogueService, catalogueServiceFor, type CataloguePage } from './catalogue/catalogue.service.js';
export type {
  CatalogueKindSpec,
  CatalogueQuery,
  CatalogueInput,
  CatalogueView,
} from './catalogue/catalogue-kind.js';
export {
  CataloguePosting,
  CATALOGUE_STATUSES,
  VISIBILITIES,
  type CatalogueStatus,
  type Visibility,
} from './catalogue/catalogue-posting.entity.js';
export { catalogueDetailBase, catalogueSummaryBase, shownRegion } from './catalogue/catalogue-view.js';
export {
  applyKeyset,
  coversRegion,
  inRegion,
  keysetPage,
  verifiedOrganizationsPage,
  shownInFull,
  regionPrefix,
  whereInField,
  whereInRegion,
  type Keyset,
} from './catalogue/listing.js';
export { postingAbilityFor, postingSubject } from './access/abilities.js';
export * from './dto/achievement.dto.js';
export * from './dto/catalogue.dto.js';
export * from './dto/financing-offer.dto.js';
export * from './dto/project.dto.js';
export { FinancingOffer } from './financing-offers/financing-offer.entity.js';
export { FinancingOfferService } from './financing-offers/financing-offer.service.js';
export { Project, PROJECT_STAGE_NAMES, type ProjectStage } from './projects/project.entity.js';
export { ProjectService } from './projects/project.service.js';
export {
  ChallengeService,
  type ProposalDecision,
  type ProposalNotice,
} from './challenges/challenge.service.js';
export * from './dto/challenge.dto.js';
export {
  PostingAccessService,
  STANDARD_NDA_TEXT,
  type AccessDecision,
  type AccessTarget,
  type HasAccessTarget,
} from './access/posting-access.service.js';
export { AccessRequest, type AccessKind } from './access/access-request.entity.js';
export { accessRequestsController } from './http/access-requests.controller.js';
export { Demand } from './demands/demand.entity.js';
export { decodeCursor, encodeCursor } from './demands/keyset-cursor.js';
export { DemandService } from './demands/demand.service.js';
export { PostingDuplicateFinder, type SimilarPosting } from './open/duplicate-finder.js';
export { DemandSearchSource } from './demands/demand-search.source.js';
export * from './dto/demand.dto.js';
export { PostingsModule } from './postings.module.js';
export { postingsContext } from './postings.context.js';
export { catalogueController, type CatalogueRoutes } from './http/catalogue.controller.js';
