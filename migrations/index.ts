import { EmailVerification1795430000000 } from './1795430000000-EmailVerification.js';
import { Initial1795381610296 } from './1795381610296-Initial.js';
import { Demands1795384346015 } from './1795384346015-Demands.js';
import { Challenges1795385626211 } from './1795385626211-Challenges.js';
import { DemandListingIndexes1795388000000 } from './1795388000000-DemandListingIndexes.js';
import { SearchDocuments1795390719098 } from './1795390719098-SearchDocuments.js';
import { CatalogueKinds1795390786219 } from './1795390786219-CatalogueKinds.js';
import { ExpertsAndSocieties1795391326987 } from './1795391326987-ExpertsAndSocieties.js';
import { Matches1795394330501 } from './1795394330501-Matches.js';
import { Notifications1795395846564 } from './1795395846564-Notifications.js';
import { Conversations1795399586465 } from './1795399586465-Conversations.js';
import { MatchProfiles1795399618016 } from './1795399618016-MatchProfiles.js';
import { NotificationPreferencesAndDigests1795399679426 } from './1795399679426-NotificationPreferencesAndDigests.js';
import { TsMatchCost1795399700000 } from './1795399700000-TsMatchCost.js';
import { Reliability1795399801260 } from './1795399801260-Reliability.js';
import { Webhooks1795399919552 } from './1795399919552-Webhooks.js';
import { Subscriptions1795399920427 } from './1795399920427-Subscriptions.js';
import { EmailDeliveryContent1795410000000 } from './1795410000000-EmailDeliveryContent.js';
import { MatchProfilesAsJson1795411000000 } from './1795411000000-MatchProfilesAsJson.js';
import { MatchesCandidateAnswered1795411100000 } from './1795411100000-MatchesCandidateAnswered.js';
import { MatchesSourceOrganization1795411200000 } from './1795411200000-MatchesSourceOrganization.js';
import { MatchesRedactedExplanations1795420000000 } from './1795420000000-MatchesRedactedExplanations.js';
import { SearchDocumentsHead1795411300000 } from './1795411300000-SearchDocumentsHead.js';
import { MatchesSupersededNationwideDemands1795440000000 } from './1795440000000-MatchesSupersededNationwideDemands.js';
import { SearchDocumentsMaturity1795450000000 } from './1795450000000-SearchDocumentsMaturity.js';
import { Deals1795460000000 } from './1795460000000-Deals.js';
import { MatchmakingEvents1795500000000 } from './1795500000000-MatchmakingEvents.js';
import { ServiceRecords1795510000000 } from './1795510000000-ServiceRecords.js';
import { ReportingFacts1795511000000 } from './1795511000000-ReportingFacts.js';
import { Interests1795520000000 } from './1795520000000-Interests.js';
import { Files1795530000000 } from './1795530000000-Files.js';
import { SearchTypoDistance1795540000000 } from './1795540000000-SearchTypoDistance.js';
import { AccessRequests1795600000000 } from './1795600000000-AccessRequests.js';
import { RegistrationConsent1795610000000 } from './1795610000000-RegistrationConsent.js';
import { ApiKeysAndOpenFeeds1795620000000 } from './1795620000000-ApiKeysAndOpenFeeds.js';
import { PostingImports1795621000000 } from './1795621000000-PostingImports.js';
import { ReportingFactsMeetingsAndDeals1795640000000 } from './1795640000000-ReportingFactsMeetingsAndDeals.js';
import { ReportingFactsConfidentialRegion1795700000000 } from './1795700000000-ReportingFactsConfidentialRegion.js';
import { EventInvitations1795740000000 } from './1795740000000-EventInvitations.js';
import { PeriodReports1795750000000 } from './1795750000000-PeriodReports.js';
import { EventRoadshow1795770000000 } from './1795770000000-EventRoadshow.js';
import { EventTechFields1795790000000 } from './1795790000000-EventTechFields.js';
import { ReportingDaily1795800000000 } from './1795800000000-ReportingDaily.js';
import { EventReminders1795850000000 } from './1795850000000-EventReminders.js';
import { ReportingOutcomeFigures1795860000000 } from './1795860000000-ReportingOutcomeFigures.js';
import { ReportingDailyParties1795870000000 } from './1795870000000-ReportingDailyParties.js';
import { ReportingMeasureRows1795890000000 } from './1795890000000-ReportingMeasureRows.js';
import { ReportingMeasureLabels1795900000000 } from './1795900000000-ReportingMeasureLabels.js';
import { EventCheckInDays1795930000000 } from './1795930000000-EventCheckInDays.js';
import { DemandsCollectedBy1795940000000 } from './1795940000000-DemandsCollectedBy.js';
import { ReportingMeasureFigureViews1795950000000 } from './1795950000000-ReportingMeasureFigureViews.js';
import { ReportingMeasureDirtyMarkedAt1795960000000 } from './1795960000000-ReportingMeasureDirtyMarkedAt.js';
import { ReportingMeasureParties1795965000000 } from './1795965000000-ReportingMeasureParties.js';
import { ReportingDailyIndustries1795970000000 } from './1795970000000-ReportingDailyIndustries.js';
import { ReportingMeasurePartiesCovered1795975000000 } from './1795975000000-ReportingMeasurePartiesCovered.js';

/**
 * Migrations in order. They are listed here rather than found by a glob so that the same list works
 * compiled (node) and from source (Jest), with no file-system scanning at start-up.
 */
export const migrations = [
  Initial1795381610296,
  Demands1795384346015,
  Challenges1795385626211,
  DemandListingIndexes1795388000000,
  SearchDocuments1795390719098,
  CatalogueKinds1795390786219,
  ExpertsAndSocieties1795391326987,
  Matches1795394330501,
  Notifications1795395846564,
  Conversations1795399586465,
  MatchProfiles1795399618016,
  NotificationPreferencesAndDigests1795399679426,
  TsMatchCost1795399700000,
  Reliability1795399801260,
  Webhooks1795399919552,
  Subscriptions1795399920427,
  EmailDeliveryContent1795410000000,
  MatchProfilesAsJson1795411000000,
  MatchesCandidateAnswered1795411100000,
  MatchesSourceOrganization1795411200000,
  SearchDocumentsHead1795411300000,
  MatchesRedactedExplanations1795420000000,
  EmailVerification1795430000000,
  MatchesSupersededNationwideDemands1795440000000,
  SearchDocumentsMaturity1795450000000,
  Deals1795460000000,
  MatchmakingEvents1795500000000,
  ServiceRecords1795510000000,
  ReportingFacts1795511000000,
  Interests1795520000000,
  Files1795530000000,
  SearchTypoDistance1795540000000,
  AccessRequests1795600000000,
  RegistrationConsent1795610000000,
  ApiKeysAndOpenFeeds1795620000000,
  PostingImports1795621000000,
  ReportingFactsMeetingsAndDeals1795640000000,
  ReportingFactsConfidentialRegion1795700000000,
  EventInvitations1795740000000,
  PeriodReports1795750000000,
  EventRoadshow1795770000000,
  EventTechFields1795790000000,
  ReportingDaily1795800000000,
  EventReminders1795850000000,
  ReportingOutcomeFigures1795860000000,
  ReportingDailyParties1795870000000,
  ReportingMeasureRows1795890000000,
  ReportingMeasureLabels1795900000000,
  EventCheckInDays1795930000000,
  DemandsCollectedBy1795940000000,
  ReportingMeasureFigureViews1795950000000,
  ReportingMeasureDirtyMarkedAt1795960000000,
  ReportingMeasureParties1795965000000,
  ReportingDailyIndustries1795970000000,
  ReportingMeasurePartiesCovered1795975000000,
];
