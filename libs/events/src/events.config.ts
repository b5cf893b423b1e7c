import { IntSetting } from '#core';

/** The events context's environment variables (README lists them with the others). */
export class EventsConfig {
  /**
   * How many hours before a day's first meeting each participant gets that day's agenda: 18 puts it in
   * the afternoon of the day before for a morning start, when people plan their travel.
   */
  @IntSetting(1, 72)
  EVENT_REMINDER_DAY_AHEAD_HOURS = 18;

  /** How many minutes before a meeting its two sides are reminded of it, the table and the other side. */
  @IntSetting(1, 240)
  EVENT_REMINDER_MEETING_MINUTES = 30;
}
