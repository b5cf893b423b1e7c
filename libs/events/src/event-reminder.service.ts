import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, MoreThan, type DataSource } from 'typeorm';
import type { DispatchResult } from '#notifications';
import { EventType, queueWithOutbox, type EventPayloads } from '#queue';
import { AgendaService } from './agenda.service.js';
import type { EventStatus } from './domain/event-terms.js';
import { MatchmakingEvent } from './domain/matchmaking-event.entity.js';
import { EventMeeting } from './domain/meeting.entity.js';
import { EventReminder, type ReminderKind } from './domain/reminder.entity.js';
import { EventNotifier } from './event-notifier.js';
import { EventsConfig } from './events.config.js';
import { buildSlots } from './scheduler/slots.js';

/** Reminders are of agendas people were sent: a published event that has not ended. */
const REMINDED_STATUSES: EventStatus[] = ['published', 'registration-closed', 'running'];
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export type EventReminderOutcome = { outcome: 'reminded'; told: DispatchResult[] } | { outcome: 'skipped' };

interface DueReminder {
  key: string;
  event_id: string;
  kind: ReminderKind;
  subject_id: string;
  starts_at: string;
}

/**
 * Participants reminded of their meetings: each day's agenda EVENT_REMINDER_DAY_AHEAD_HOURS before the
 * day's first meeting, and each meeting EVENT_REMINDER_MEETING_MINUTES before it, by their preferences for
 * `event-reminder`. A sweep a minute writes the reminders that came due with their outbox events in one
 * statement, keyed so that a second sweep (or a second worker) writes nothing: queued once, and the
 * outbox relay with its reconciler never loses one, whatever happens to the worker or Redis. Sending
 * reloads the meeting or the day: a meeting cancelled or moved since is not recalled at its old time
 * (the moved one has a reminder of its own), and a day left without meetings sends nothing. The
 * dispatcher's claims per reminder key and person make a retried job harmless.
 */
@Injectable()
export class EventReminderService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly agendas: AgendaService,
    private readonly notifier: EventNotifier,
    private readonly config: EventsConfig,
  ) {}

  /** Queues the reminders due at `now` (not those of meetings already begun); returns how many. */
  async queueDue(now = new Date()): Promise<number> {
    const events = await this.dataSource.manager.findBy(MatchmakingEvent, {
      status: In(REMINDED_STATUSES),
      agendaVersion: MoreThan(0),
    });
    const due = (await Promise.all(events.map((event) => this.dueOf(event, now)))).flat();
    if (due.length === 0) return 0;
    return queueWithOutbox(
      this.dataSource,
      `INSERT INTO event_reminders (key, event_id, kind, subject_id, starts_at)
       SELECT key, event_id, kind, subject_id, starts_at FROM jsonb_to_recordset($1::jsonb)
           AS r(key varchar, event_id uuid, kind varchar, subject_id uuid, starts_at timestamptz)
       ON CONFLICT (key) DO NOTHING
       RETURNING key`,
      `jsonb_build_object('reminderKey', key)`,
      EventType.EventReminderDue,
      [JSON.stringify(due)],
    );
  }

  private async dueOf(event: MatchmakingEvent, now: Date): Promise<DueReminder[]> {
    const ahead = (start: Date, lead: number) =>
      start.getTime() > now.getTime() && start.getTime() - lead <= now.getTime();
    const slots = buildSlots(event.plan);
    const soon = slots.filter((slot) =>
      ahead(slot.start, this.config.EVENT_REMINDER_MEETING_MINUTES * MINUTE),
    );
    // Slots come in time order: a day's first is where it starts.
    const days = new Map<string, Date>();
    for (const slot of slots) if (!days.has(dateOf(slot.id))) days.set(dateOf(slot.id), slot.start);
    const dueDays = [...days].filter(([, start]) =>
      ahead(start, this.config.EVENT_REMINDER_DAY_AHEAD_HOURS * HOUR),
    );
    if (soon.length === 0 && dueDays.length === 0) return [];
    const slotIds = [
      ...soon.map((slot) => slot.id),
      ...slots.filter((slot) => dueDays.some(([date]) => dateOf(slot.id) === date)).map((slot) => slot.id),
    ];
    const meetings = await this.dataSource.manager.findBy(EventMeeting, {
      eventId: event.id,
      status: 'scheduled',
      slotId: In(slotIds),
    });
    const reminder = (kind: ReminderKind, key: string, subjectId: string, start: Date): DueReminder => ({
      key: `${kind}:${key}`,
      event_id: event.id,
      kind,
      subject_id: subjectId,
      starts_at: start.toISOString(),
    });
    return [
      ...soon.flatMap((slot) =>
        meetings
          .filter((m) => m.slotId === slot.id)
          .map((m) => reminder('meeting-soon', `${m.id}:${slot.start.getTime()}`, m.id, slot.start)),
      ),
      ...dueDays.flatMap(([date, start]) => {
        const those = meetings.filter((m) => m.slotId !== null && dateOf(m.slotId) === date);
        const participants = new Set(those.flatMap((m) => [m.registrationAId, m.registrationBId]));
        return [...participants].map((id) => reminder('day-ahead', `${id}:${date}`, id, start));
      }),
    ];
  }

  /** Tells the people of one queued reminder, unless what it reminds of is gone, moved or over. */
  async send({ reminderKey }: EventPayloads[EventType.EventReminderDue]): Promise<EventReminderOutcome> {
    const manager = this.dataSource.manager;
    const reminder = await manager.findOneBy(EventReminder, { key: reminderKey });
    const event = reminder && (await manager.findOneBy(MatchmakingEvent, { id: reminder.eventId }));
    if (!reminder || !event || !REMINDED_STATUSES.includes(event.status)) return { outcome: 'skipped' };
    const told =
      reminder.kind === 'meeting-soon'
        ? await this.meetingSoon(event, reminder)
        : await this.dayAhead(event, reminder);
    return told ? { outcome: 'reminded', told } : { outcome: 'skipped' };
  }

  private async meetingSoon(
    event: MatchmakingEvent,
    reminder: EventReminder,
  ): Promise<DispatchResult[] | null> {
    const manager = this.dataSource.manager;
    const meeting = await manager.findOneBy(EventMeeting, {
      id: reminder.subjectId,
      eventId: event.id,
      status: 'scheduled',
    });
    const slot = buildSlots(event.plan).find((s) => s.id === meeting?.slotId);
    if (!meeting || slot?.start.getTime() !== reminder.startsAt.getTime()) return null;
    const told: DispatchResult[] = [];
    for (const registrationId of [meeting.registrationAId, meeting.registrationBId]) {
      const rendered = await this.agendas.renderMeetings(
        manager,
        event,
        registrationId,
        [meeting],
        'PUBLISH',
      );
      const line = rendered.entries[0]!;
      told.push(
        await this.notifier.tell(event, registrationId, null, {
          kind: 'event-reminder',
          eventKey: reminder.key,
          title: { zh: `【${event.title}】洽谈即将开始`, en: `Meeting soon: ${event.title}` },
          body: {
            zh: `与 ${line.other} 的洽谈 ${clock(line.start)} 在 ${line.location} 开始。`,
            en: `Your meeting with ${line.other} starts at ${clock(line.start)}, ${line.location}.`,
          },
          rendered,
          method: 'PUBLISH',
          facts: { eventId: event.id, meetingId: meeting.id, reminder: reminder.kind },
        }),
      );
    }
    return told;
  }

  private async dayAhead(event: MatchmakingEvent, reminder: EventReminder): Promise<DispatchResult[] | null> {
    const manager = this.dataSource.manager;
    const date = reminder.key.slice(-'YYYY-MM-DD'.length);
    const meetings = await manager
      .getRepository(EventMeeting)
      .createQueryBuilder('m')
      .where(`m.event_id = :eventId AND m.status = 'scheduled' AND m.slot_id LIKE :day`, {
        eventId: event.id,
        day: `${date}T%`,
      })
      .andWhere('(m.registration_a_id = :id OR m.registration_b_id = :id)', { id: reminder.subjectId })
      .orderBy('m.slot_id')
      .getMany();
    if (meetings.length === 0) return null;
    const rendered = await this.agendas.renderMeetings(
      manager,
      event,
      reminder.subjectId,
      meetings,
      'PUBLISH',
    );
    return [
      await this.notifier.tell(event, reminder.subjectId, null, {
        kind: 'event-reminder',
        eventKey: reminder.key,
        title: { zh: `【${event.title}】${date} 洽谈提醒`, en: `Your meetings on ${date}: ${event.title}` },
        body: {
          zh: `${date} 您有 ${meetings.length} 场洽谈，首场 ${clock(rendered.entries[0]!.start)}。`,
          en: `You have ${meetings.length} meeting(s) on ${date}, the first at ${clock(rendered.entries[0]!.start)}.`,
        },
        rendered,
        method: 'PUBLISH',
        facts: { eventId: event.id, date, reminder: reminder.kind },
      }),
    ];
  }
}

/** Slot ids are `YYYY-MM-DDTHH:mm` (local): the day is their date part. */
const dateOf = (slotId: string) => slotId.slice(0, 10);

const clock = (d: Date) =>
  d.toLocaleTimeString('zh-CN', {
    timeZone: 'Asia/Shanghai',
    hour12: false,
    hour: '2-digit',
    minute: '2-digit',
  });
