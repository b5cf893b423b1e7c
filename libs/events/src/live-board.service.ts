import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { OrganizationDirectory, type Actor } from '#identity';
import { EventCheckIn } from './domain/check-in.entity.js';
import { EventMeetingOutcome } from './domain/meeting-outcome.entity.js';
import { EventMeeting } from './domain/meeting.entity.js';
import type { MatchmakingEvent } from './domain/matchmaking-event.entity.js';
import { EventRegistration } from './domain/registration.entity.js';
import type { LiveBoardDto, LiveTableDto } from './dto/live-board.dto.js';
import { managedEvent } from './event-access.js';
import { attendanceDay, buildSlots } from './scheduler/slots.js';

/**
 * The organizers' live board on the day (`GET …/{id}/live`): the meetings of the slot running now by
 * table, the tables free now and in the next slot (for a walk-in or a move), and who checked in for that
 * day — those not yet arrived first — with the no-shows the other sides reported. Read at each poll,
 * nothing stored.
 */
@Injectable()
export class LiveBoardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationDirectory,
  ) {}

  async board(actor: Actor, eventId: string, at = new Date()): Promise<LiveBoardDto> {
    const manager = this.dataSource.manager;
    const event = await managedEvent(manager, actor, eventId);
    const slots = buildSlots(event.plan);
    const currentSlot = slots.find((s) => s.start <= at && at < s.end) ?? null;
    const nextSlot = slots.find((s) => s.start > at) ?? null;
    const [registrations, meetings, checkIns, noShows] = await Promise.all([
      manager.findBy(EventRegistration, { eventId, status: 'approved' }),
      manager.findBy(EventMeeting, {
        eventId,
        status: 'scheduled',
        slotId: In([currentSlot?.id, nextSlot?.id].filter((id) => id !== undefined)),
      }),
      manager.findBy(EventCheckIn, { eventId, day: attendanceDay(event.plan, at) }),
      manager.findBy(EventMeetingOutcome, { eventId, outcome: 'no-show' }),
    ]);
    const names = await this.organizations.summaries(registrations.map((r) => r.organizationId));
    const byId = new Map(registrations.map((r) => [r.id, r]));
    const arrived = new Set(checkIns.map((c) => c.registrationId));
    const side = (registrationId: string) => ({
      registrationId,
      organizationName: names.get(byId.get(registrationId)?.organizationId ?? '')?.name ?? '',
      checkedIn: arrived.has(registrationId),
    });
    const inSlot = (slotId: string | undefined) => meetings.filter((m) => m.slotId === slotId);
    const running = inSlot(currentSlot?.id)
      .map((m) => ({
        id: m.id,
        tableId: m.tableId ?? '',
        tableName: event.tables.find((t) => t.id === m.tableId)?.name ?? '',
        sides: [side(m.registrationAId), side(m.registrationBId)],
      }))
      .sort((a, b) => tableOrder(event, a.tableId) - tableOrder(event, b.tableId));
    const absentFrom = await this.reportedAbsent(noShows, registrations);
    const participants = registrations
      .map((r) => ({ ...side(r.id), noShows: absentFrom.get(r.id) ?? 0 }))
      .sort(
        (a, b) =>
          Number(a.checkedIn) - Number(b.checkedIn) || a.organizationName.localeCompare(b.organizationName),
      );
    return {
      at,
      currentSlot,
      nextSlot,
      running,
      freeNow: currentSlot ? freeTables(event, inSlot(currentSlot.id)) : [],
      freeNext: nextSlot ? freeTables(event, inSlot(nextSlot.id)) : [],
      approved: registrations.length,
      checkedIn: registrations.filter((r) => arrived.has(r.id)).length,
      participants,
    };
  }

  /** Per registration, its meetings that the other side (not itself) reported as a no-show. */
  private async reportedAbsent(
    noShows: readonly EventMeetingOutcome[],
    registrations: readonly EventRegistration[],
  ): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    if (noShows.length === 0) return counts;
    const meetings = await this.dataSource.manager.findBy(EventMeeting, {
      id: In(noShows.map((o) => o.meetingId)),
    });
    const organizationOf = new Map(registrations.map((r) => [r.id, r.organizationId]));
    for (const outcome of noShows) {
      const meeting = meetings.find((m) => m.id === outcome.meetingId);
      const absent = [meeting?.registrationAId, meeting?.registrationBId].find(
        (id) => id !== undefined && organizationOf.get(id) !== outcome.organizationId,
      );
      if (absent) counts.set(absent, (counts.get(absent) ?? 0) + 1);
    }
    return counts;
  }
}

const tableOrder = (event: MatchmakingEvent, tableId: string) =>
  event.tables.findIndex((t) => t.id === tableId);

function freeTables(event: MatchmakingEvent, taken: readonly EventMeeting[]): LiveTableDto[] {
  const used = new Set(taken.map((m) => m.tableId));
  return event.tables.filter((t) => !used.has(t.id)).map((t) => ({ id: t.id, name: t.name }));
}
