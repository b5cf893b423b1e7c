export { checkSchedule } from './check.js';
export { greedyFirstFit } from './greedy.js';
export { schedule } from './scheduler.js';
export type * from './types.js';
