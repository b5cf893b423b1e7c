import * as highsModule from 'highs';
import type { Highs } from 'highs';
import type { Assignment } from './assignment.js';
import type { Instance } from './instance.js';

// highs ships CommonJS types over an ES module build: at run time the namespace's default is the loader
// (the ES build's default export, or the CommonJS module.exports, which is the loader too).
const loadHighs = highsModule.default as unknown as typeof highsModule.default.default;

let loading: Promise<Highs> | undefined;

/** The HiGHS WebAssembly runtime, loaded once per process (about 0.3 s, 3.5 MB of wasm). */
export function loadSolver(): Promise<Highs> {
  loading ??= loadHighs();
  return loading;
}

/**
 * The scheduling problem as a MILP over x[m,s] ∈ {0,1} (meeting m in slot s, for its candidate slots)
 * and y[p] ∈ [0,1] (participant p has a meeting). Tables are interchangeable within a slot, so a slot's
 * open tables are one capacity row and the tables are given out afterwards.
 */
export class MilpModel {
  /** Column j < xCount is x[meetingOf[j], slotOf[j]]; column xCount + p is y[p]. */
  readonly meetingOf: number[] = [];
  readonly slotOf: number[] = [];
  readonly xCount: number;
  private readonly rows: { cols: number[]; coefs: number[]; lower: number; upper: number }[] = [];
  private readonly colLower: number[];
  private readonly colUpper: number[];

  constructor(
    private readonly instance: Instance,
    state: Assignment,
    refused: Set<number>,
  ) {
    const S = instance.slotIds.length;
    const P = instance.participantIds.length;
    const byParticipantSlot = new Map<number, number[]>();
    const byParticipant: number[][] = Array.from({ length: P }, () => []);
    const bySlot: number[][] = Array.from({ length: S }, () => []);
    const lower: number[] = [];
    for (const m of instance.meetings) {
      if (m.staticReason || refused.has(m.index)) continue;
      const own: number[] = [];
      for (const s of m.candidates) {
        const j = this.meetingOf.length;
        this.meetingOf.push(m.index);
        this.slotOf.push(s);
        lower.push(state.fixed[m.index] ? 1 : 0);
        own.push(j);
        for (const p of [m.a, m.b]) {
          const key = p * S + s;
          const list = byParticipantSlot.get(key);
          if (list) list.push(j);
          else byParticipantSlot.set(key, [j]);
          byParticipant[p]!.push(j);
        }
        bySlot[s]!.push(j);
      }
      if (own.length > 1) this.addRow(own, 0, 1);
    }
    this.xCount = this.meetingOf.length;
    for (const cols of byParticipantSlot.values()) if (cols.length > 1) this.addRow(cols, 0, 1);
    bySlot.forEach((cols, s) => {
      if (cols.length > instance.capacity[s]!) this.addRow(cols, 0, instance.capacity[s]!);
    });
    byParticipant.forEach((cols, p) => {
      if (cols.length > instance.cap[p]!) this.addRow(cols, 0, instance.cap[p]!);
      // y[p] ≤ Σ x of p: covered only if it has a meeting.
      this.rows.push({
        cols: [this.xCount + p, ...cols],
        coefs: [1, ...cols.map(() => -1)],
        lower: -Infinity,
        upper: 0,
      });
    });
    this.colLower = [...lower, ...new Array<number>(P).fill(0)];
    this.colUpper = [...new Array<number>(this.xCount).fill(1), ...new Array<number>(P).fill(1)];
  }

  private addRow(cols: number[], lower: number, upper: number): void {
    this.rows.push({ cols, coefs: cols.map(() => 1), lower, upper });
  }

  get columns(): number {
    return this.colLower.length;
  }

  /** Column values of a schedule: x from the slots, y from the counts. */
  columnsOf(state: Assignment): number[] {
    const values = this.meetingOf.map((m, j) => (state.slotOf[m] === this.slotOf[j] ? 1 : 0));
    for (let p = 0; p < this.instance.participantIds.length; p += 1) values.push(state.count[p]! > 0 ? 1 : 0);
    return values;
  }

  /**
   * Maximizes `objective` subject to the schedule's rows and `floors` (earlier objectives kept at their
   * optima). `integer: false` solves the LP relaxation. Answers the status, the objective, the best
   * bound the solver proved and, if it has one, a solution.
   */
  solve(
    highs: Highs,
    objective: number[],
    floors: { coefs: number[]; lower: number }[],
    opts: { integer: boolean; seconds: number; start?: number[] },
  ): { optimal: boolean; value: number; bound: number; solution?: Float64Array } {
    const rows = [
      ...this.rows,
      ...floors.map((f) => {
        const cols = f.coefs.flatMap((c, j) => (c !== 0 ? [j] : []));
        return { cols, coefs: cols.map((j) => f.coefs[j]!), lower: f.lower, upper: Infinity };
      }),
    ];
    const starts = [0];
    const indices: number[] = [];
    const values: number[] = [];
    for (const row of rows) {
      indices.push(...row.cols);
      values.push(...row.coefs);
      starts.push(indices.length);
    }
    const inf = highs.infinity;
    const clamp = (v: number) => (v === Infinity ? inf : v === -Infinity ? -inf : v);
    const n = this.columns;
    const cost =
      objective.length < n ? [...objective, ...new Array<number>(n - objective.length).fill(0)] : objective;
    return highs.withModel(
      {
        numCols: n,
        numRows: rows.length,
        sense: highs.constants.objectiveSense.maximize,
        colCost: cost,
        colLower: this.colLower,
        colUpper: this.colUpper,
        rowLower: rows.map((r) => clamp(r.lower)),
        rowUpper: rows.map((r) => clamp(r.upper)),
        matrix: { format: 'csr', numRows: rows.length, numCols: n, starts, indices, values },
        ...(opts.integer
          ? {
              integrality: Array.from({ length: n }, (_, j) =>
                j < this.xCount
                  ? highs.constants.variableType.integer
                  : highs.constants.variableType.continuous,
              ),
            }
          : {}),
      },
      (model) => {
        model.options.set({
          output_flag: false,
          time_limit: Math.max(0.05, opts.seconds),
          mip_rel_gap: 0,
          random_seed: 1,
        });
        if (opts.start) model.setSolution({ colValue: opts.start });
        const run = model.run();
        const optimal = run.modelStatus === highs.constants.modelStatus.optimal;
        const hasSolution = Number(model.info.get('primal_solution_status')) === 2;
        const value = hasSolution ? model.getObjectiveValue() : -Infinity;
        let bound = optimal ? value : Infinity;
        if (opts.integer && !optimal) {
          const dual = Number(model.info.get('mip_dual_bound'));
          if (Number.isFinite(dual)) bound = dual;
        }
        return { optimal, value, bound, solution: hasSolution ? model.getSolution().colValue : undefined };
      },
    );
  }
}
