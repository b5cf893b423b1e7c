export * from './deal-terms.js';
export { chinaToday, stageErrors, termErrors } from './deal-rules.js';
export { Deal, type DealTerms, type PendingDealChange } from './deal.entity.js';
export { DealService, type DealNotice } from './deal.service.js';
export { DealsModule } from './deals.module.js';
export * from './dto/deal.dto.js';
export { dealsContext } from './deals.context.js';
export { DealNotifier } from './deal-notifier.js';
