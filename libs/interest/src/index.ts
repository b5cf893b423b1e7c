export * from './dto/interest.dto.js';
export { INTEREST_KINDS, INTEREST_PATHS, type InterestKind } from './interest-kinds.js';
export { interestContext } from './interest.context.js';
export { InterestConfig } from './interest.config.js';
