export { TermStatistics, bm25 } from './bm25.js';
export {
  DEFAULT_TRL_NEEDED,
  FEATURE_NAMES,
  FEATURES,
  type FeatureName,
  type FeatureResult,
  type PairContext,
  type Reason,
} from './features.js';
export {
  CONCEPT_PREFIX,
  describedTexts,
  ProfileBuilder,
  SENIOR_TITLE,
  type ProfileInput,
  type WeightedText,
} from './profile-builder.js';
export {
  counterpartKinds,
  PAIR_TYPES,
  pairTypeOf,
  type MatchAvailability,
  type MatchKeyword,
  type MatchProfile,
  type MatchRegion,
  type PairType,
} from './profile.js';
export { MatchScorer, type ScoredMatch } from './scorer.js';
export { WEIGHTS, type PairWeights } from './weights.js';
export { FIT_LABELS, FIT_LEVELS, FIT_THRESHOLDS, fitLevel, type FitLevel } from './fit-level.js';
export * from './dto/match.dto.js';
export {
  DECLINE_REASONS,
  Match,
  MATCH_STATUSES,
  type DeclineReason,
  type MatchStatus,
} from './match.entity.js';
export {
  CANDIDATE_CAP,
  MATCHES_KEPT,
  MatchingService,
  MIN_SCORE,
  NOTIFY_IMPROVEMENT,
  NOTIFY_MIN_SCORE,
  type MatchAction,
  type MatchNotice,
  type MatchNoticeSide,
  type MatchOutcome,
  type StoredPair,
} from './matching.service.js';
export { MatchingModule } from './matching.module.js';
export { MatchProfileRecord } from './match-profile.entity.js';
export { MatchProfileStore, type StampedRow } from './match-profile.store.js';
export { loadProfile, PROFILE_VERSION, storeProfile, type StoredProfile } from './stored-profile.js';
export { POSTING_PROFILE_SOURCES, regionOfCode, type PostingProfileSource } from './posting-profiles.js';

export { INVESTOR_MARKS, InvestorMarks, ROADSHOW_REASON, type InvestorMark } from './investor-marks.js';
export { MatchConversations } from './match-conversations.js';
export { MatchNotifier } from './match-notifier.js';
export { matchingContext } from './matching.context.js';
