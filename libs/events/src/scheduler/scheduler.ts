import { Assignment, compareTuples } from './assignment.js';
import { degreeBound } from './degree-bound.js';
import { runHeuristic } from './heuristic.js';
import { compileInstance, type Instance } from './instance.js';
import { loadSolver, MilpModel } from './milp.js';
import { placePins } from './pins.js';
import { buildResult } from './result.js';
import type { ScheduleBound, ScheduleInput, ScheduleOptions, ScheduleResult } from './types.js';

const DEFAULT_TIME_LIMIT_MS = 5_000;
const DEFAULT_EXACT_LIMIT = 6_000;
/** Share of the time limit the heuristic may use when the solver runs after it. */
const HEURISTIC_SHARE = 0.4;
/**
 * The LP's share of the time left, and seconds kept back besides: HiGHS checks its clock between
 * iterations and overshoots its limit on a loaded machine (0.15–0.4 s measured), and building the model
 * and the result takes a moment, so a limit of exactly the time left overruns the budget.
 */
const LP_SHARE = 0.75;
const LP_MARGIN_S = 0.25;
/**
 * Measured LP speed (dual simplex: 24 926 columns in 6.3 s, one core of a loaded 2-core machine). An LP not expected to finish in
 * the time left is not started: an unfinished LP proves nothing and would only spend the budget.
 */
const LP_COLUMNS_PER_SECOND = 4_000;

/**
 * Schedules an event's meetings (see docs/EVENTS.md, "Scheduler"): the heuristic always runs and gives
 * a valid schedule; then, unless `solver: 'off'`, HiGHS bounds the number of meetings (the MILP on small
 * instances, its LP relaxation on large ones) and, on small instances, solves the lexicographic MILP
 * stage by stage from the heuristic's schedule, keeping whichever schedule is better.
 *
 * CPU-bound and synchronous between its awaits (the solver blocks): run it in the worker or a worker
 * thread, not in a request handler.
 */
export async function schedule(input: ScheduleInput, options: ScheduleOptions = {}): Promise<ScheduleResult> {
  const started = performance.now();
  const limit = options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
  const deadline = started + limit;
  const instance = compileInstance(input);
  const useSolver = options.solver !== 'off';
  const heuristicDeadline = started + limit * (useSolver ? HEURISTIC_SHARE : 0.9);
  const heuristic = runHeuristic(instance, heuristicDeadline, options.seed ?? 1);
  let state = heuristic.state;
  const refused = heuristic.refused;
  let bound: ScheduleBound = { meetings: degreeBound(instance), kind: 'degree' };
  let method: ScheduleResult['method'] = 'heuristic';

  const pairs = instance.meetings.reduce((n, m) => n + m.candidates.length, 0);
  const small = pairs <= (options.exactLimit ?? DEFAULT_EXACT_LIMIT);
  const seconds = () => Math.max(0, (deadline - performance.now()) / 1_000);
  const lpSeconds = () => seconds() * LP_SHARE - LP_MARGIN_S;
  // Small: the MILP proves the optimum count, then the whole objective. Large: the LP relaxation for the
  // bound, if it is expected to finish in time and the heuristic has not already met the degree bound
  // (then its count is optimal and no solve can lower the bound).
  const lpFits = state.placed < bound.meetings && lpSeconds() > pairs / LP_COLUMNS_PER_SECOND;
  if (useSolver && pairs > 0 && (small || lpFits)) {
    const model = new MilpModel(instance, state, refused);
    if (model.xCount > 0) {
      const highs = await loadSolver();
      const count = model.meetingOf.map(() => 1);
      const counted = model.solve(highs, count, [], {
        integer: small,
        seconds: small ? seconds() * 0.5 : lpSeconds(),
        start: model.columnsOf(state),
      });
      const solved = Math.floor(counted.bound + 1e-6);
      if (counted.optimal && small) bound = { meetings: solved, kind: 'optimal' };
      else if (solved < bound.meetings) bound = { meetings: solved, kind: 'lp-relaxation' };
      if (small) {
        const exact = solveLexicographic(instance, model, highs, state, refused, seconds);
        if (exact && compareTuples(exact.state.tuple(), state.tuple()) >= 0) {
          state = exact.state;
          if (exact.optimal) method = 'exact';
        }
      }
    }
  }
  return buildResult(state, refused, { bound, method, started });
}

/**
 * The MILP stage by stage, each stage keeping the earlier ones at their optima: accepted then all
 * meetings (one integer objective: an accepted meeting is worth more than all suggested ones together),
 * kept placements (re-runs), total score, participants with a meeting. Stops at the first stage that
 * runs out of time, with the last solution found.
 */
function solveLexicographic(
  instance: Instance,
  model: MilpModel,
  highs: Awaited<ReturnType<typeof loadSolver>>,
  heuristic: Assignment,
  refused: Set<number>,
  seconds: () => number,
): { state: Assignment; optimal: boolean } | undefined {
  const M = instance.meetings.length;
  const P = instance.participantIds.length;
  const meetingsOf = model.meetingOf.map((m) => instance.meetings[m]!);
  const pad = (x: number[]) => [...x, ...new Array<number>(P).fill(0)];
  const stages: { coefs: number[]; tolerance: number }[] = [
    { coefs: pad(meetingsOf.map((m) => (m.accepted ? M + 2 : 1))), tolerance: 0.5 },
    ...(instance.input.current?.length
      ? [
          {
            coefs: pad(model.slotOf.map((s, j) => (instance.currentSlot[model.meetingOf[j]!] === s ? 1 : 0))),
            tolerance: 0.5,
          },
        ]
      : []),
    { coefs: pad(meetingsOf.map((m) => m.score)), tolerance: 1e-5 },
    { coefs: [...model.meetingOf.map(() => 0), ...new Array<number>(P).fill(1)], tolerance: 0.5 },
  ];
  const floors: { coefs: number[]; lower: number }[] = [];
  const start = model.columnsOf(heuristic);
  let best: readonly number[] | Float64Array = start;
  let optimal = true;
  for (const stage of stages) {
    const result = model.solve(highs, stage.coefs, floors, {
      integer: true,
      seconds: seconds(),
      start: [...best],
    });
    if (!result.solution) {
      optimal = false;
      break;
    }
    best = result.solution;
    if (!result.optimal) {
      optimal = false;
      break;
    }
    floors.push({ coefs: stage.coefs, lower: result.value - stage.tolerance });
  }
  if (best === start) return undefined;
  const state = new Assignment(instance);
  placePins(state);
  for (let j = 0; j < model.xCount; j += 1) {
    const m = model.meetingOf[j]!;
    if (best[j]! > 0.5 && !state.fixed[m] && !refused.has(m) && state.fits(m, model.slotOf[j]!)) {
      state.assign(m, model.slotOf[j]!);
    }
  }
  state.commit();
  return { state, optimal };
}
