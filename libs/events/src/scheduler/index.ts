export { checkSchedule } from './check.js';
export { greedyFirstFit } from './greedy.js';
export { schedule } from './scheduler.js';
export { UNPLACED_REASON_TEXT } from './reasons.js';
export { buildSlots, type LocalSpan, type SlotPlan } from './slots.js';
export type * from './types.js';
