/**
 * The matching evaluation harness: the labelled dev set, runs ranked by the scorer, their metrics and the
 * fit calibration. Only the evaluation CLIs (apps/api/src/cli/eval-*.ts) and bench/ use it; it is no
 * bounded context and the product never imports it.
 */
export { loadDevSet, regionFromText, DEV_TYPES, type DevSet, type DevType } from './dev-set.js';
export { rankDevSet, RUN_DEPTH, type Run } from './evaluate.js';
export { achievementBody, demandBody, devRegionCode, expertBody, investorBody } from './dev-postings.js';
export { calibrateFit, type FitCalibration } from './calibrate.js';
export {
  parsePerDemand,
  parseScoreTable,
  runBaseline,
  scoreRun,
  scoreRunPerDemand,
  type DemandMetrics,
  type RunMetrics,
  type TypeMetrics,
} from './score-runs.js';
export { halfMetrics, HALVES_SEED, splitHalves, type Half } from './halves.js';
