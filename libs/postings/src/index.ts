export { ChallengeService, type ProposalDecision } from './challenges/challenge.service.js';
export * from './dto/challenge.dto.js';
export { DemandAccessService, type AccessDecision } from './demands/demand-access.service.js';
export { DemandAccessRequest } from './demands/demand-access-request.entity.js';
export { Demand } from './demands/demand.entity.js';
export { DemandService } from './demands/demand.service.js';
export { DemandSearchSource } from './demands/demand-search.source.js';
export * from './dto/demand.dto.js';
export { PostingsModule } from './postings.module.js';

import { Challenge } from './challenges/challenge.entity.js';
import { Proposal } from './challenges/proposal.entity.js';
import { DemandAccessRequest } from './demands/demand-access-request.entity.js';
import { Demand } from './demands/demand.entity.js';
export const postingEntities = [Demand, DemandAccessRequest, Challenge, Proposal];
