/**
 * The scheduler's contract with the events context: what an event's schedule run takes and answers.
 * Plain data (no entities, no database): ids are the events context's own ids, passed through untouched.
 */

/** One bookable time slot of an event (breaks are not slots). Slots of one event never overlap. */
export interface SchedulerSlot {
  id: string;
  start: Date;
  end: Date;
}

/** A table or room (online: a meeting room with its link). It may be unavailable in some slots. */
export interface SchedulerTable {
  id: string;
  /** Slots in which this table cannot be used (reserved, no staff, the room is elsewhere). */
  unavailableSlotIds?: readonly string[];
}

/** A registered participant (one organization's registration). */
export interface SchedulerParticipant {
  id: string;
  /** The slots it is present for; a participant with none can meet nobody. */
  availableSlotIds: readonly string[];
  /** The most meetings it may have; absent means no cap beyond the number of slots. */
  maxMeetings?: number;
}

/**
 * `accepted`: a request the other side accepted. `suggested`: a suggested pair both sides opted into.
 * Accepted meetings are placed first: a suggested one never takes the place of an accepted one.
 */
export type MeetingPriority = 'accepted' | 'suggested';

/** A meeting to place: two participants, their match score and, when the organizer fixed it, a pin. */
export interface SchedulerMeeting {
  id: string;
  participantIds: readonly [string, string];
  /** The stored match score, 0–1: among equally many meetings, a higher total score wins. */
  score: number;
  priority: MeetingPriority;
  /** Placed by hand: the meeting stays in this slot (and this table, when given) or is not placed. */
  pinned?: { slotId: string; tableId?: string };
}

/** Where a meeting takes place. */
export interface Placement {
  meetingId: string;
  slotId: string;
  tableId: string;
}

/** Everything one scheduler run needs. */
export interface ScheduleInput {
  slots: readonly SchedulerSlot[];
  tables: readonly SchedulerTable[];
  participants: readonly SchedulerParticipant[];
  meetings: readonly SchedulerMeeting[];
  /**
   * The schedule as it stands (a re-run after late changes): the run moves as few of these as it can.
   * Placements of meetings no longer in `meetings`, or in slots or tables that no longer exist, are ignored.
   */
  current?: readonly Placement[];
}

/**
 * Why a meeting was not placed, most permanent first. Stored codes (the events context keeps them with
 * the meeting and translates them): never rename one.
 * - `pin-conflict`: its pin is outside both participants' availability, names a table unavailable then,
 *   or collides with an earlier pin (same participant, same table, a full slot or a cap).
 * - `participant-unavailable`: one participant is available in no slot at all.
 * - `no-common-slot`: the two participants are never available at the same time.
 * - `no-table`: in every slot both are available, no table is available.
 * - `cap-reached`: one participant (named) already has as many meetings as its cap allows.
 * - `participant-busy`: in every slot both are available and a table exists, one of them meets someone else.
 * - `tables-full`: there are slots where both are free, but every table there is taken.
 */
export type UnplacedReason =
  | 'pin-conflict'
  | 'participant-unavailable'
  | 'no-common-slot'
  | 'no-table'
  | 'cap-reached'
  | 'participant-busy'
  | 'tables-full';

export interface UnplacedMeeting {
  meetingId: string;
  reason: UnplacedReason;
  /** The participant the reason is about (`participant-unavailable`, `cap-reached`). */
  participantId?: string;
}

/**
 * The objective's parts, in the order they are compared (earlier parts win): accepted meetings placed,
 * all meetings placed, placements of the current schedule kept, total score, participants with a meeting.
 */
export interface ScheduleObjective {
  accepted: number;
  meetings: number;
  /** Meetings of `current` that keep their slot (0 on a first run). */
  kept: number;
  /** Sum of the placed meetings' match scores. */
  totalScore: number;
  /** Participants with at least one meeting, among those with at least one meeting to place. */
  participantsWithMeetings: number;
  /** Participants with a meeting to place but none placed. */
  participantsWithout: number;
  /** The fewest and most meetings of a participant with at least one meeting to place. */
  minPerParticipant: number;
  maxPerParticipant: number;
}

/**
 * An upper bound on how many meetings any valid schedule can place.
 * - `optimal`: the exact optimum, proved by the MILP solver.
 * - `lp-relaxation`: the LP relaxation's optimum, rounded down (the MILP did not run or did not finish).
 * - `degree`: the smallest of: tables × slots, each participant's min(cap, slots, meetings) summed and
 *   halved, and per slot min(tables, free participants / 2) summed.
 */
export interface ScheduleBound {
  meetings: number;
  kind: 'optimal' | 'lp-relaxation' | 'degree';
}

export interface ScheduleResult {
  /** Sorted by slot start, then table id. */
  placed: Placement[];
  /** In input order. */
  unplaced: UnplacedMeeting[];
  objective: ScheduleObjective;
  bound: ScheduleBound;
  /** Meetings of `current` (still to place) whose slot or table changed, or that are no longer placed. */
  moved: number;
  /** `exact` when the MILP solver proved every part of the objective optimal, else `heuristic`. */
  method: 'exact' | 'heuristic' | 'greedy';
  elapsedMs: number;
}

export interface ScheduleOptions {
  /** Wall-clock budget for the whole run; the heuristic's answer is returned when it runs out. */
  timeLimitMs?: number;
  /**
   * `auto` (default): the MILP solver on instances of at most `exactLimit` meeting × slot pairs, the
   * LP relaxation for the bound on larger ones. `off`: heuristic and degree bound only (no solver).
   */
  solver?: 'auto' | 'off';
  /** Largest instance (meeting × slot pairs) given to the MILP solver; default 6 000. */
  exactLimit?: number;
  /**
   * Seed of the heuristic's tie-breaking: equal inputs and seeds give equal schedules, unless the time
   * limit cuts a run short at a different point.
   */
  seed?: number;
}
