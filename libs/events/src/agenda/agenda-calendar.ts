import { createEvents, type EventAttributes } from 'ics';

/** One meeting on a participant's agenda, as the agenda email and `agenda.ics` show it. */
export interface AgendaEntry {
  /** The meeting's id: the VEVENT's UID derives from it, so a moved meeting updates the same calendar entry. */
  meetingId: string;
  start: Date;
  end: Date;
  /** E.g. `对接洽谈：南京某某新材料有限公司` — who the participant meets. */
  title: string;
  description?: string;
  /** The table or room (`A 区 3 号桌`), or the meeting link when the event is online. */
  location: string;
  /** The online meeting link, also as the VEVENT's URL. */
  url?: string;
  /**
   * Revision of this meeting as sent to the participant: 0 when first sent, one more on each change
   * (moved, cancelled). Calendars replace an entry only by a higher SEQUENCE: the caller stores it.
   */
  sequence: number;
}

export interface AgendaCalendar {
  /** Calendar name shown by calendar apps: the event's title. */
  name: string;
  /** The organizer (required by iTIP for REQUEST and CANCEL). */
  organizer: { name: string; email: string };
  /** The participant whose agenda this is. */
  attendee?: { name: string; email: string };
  /** Host part of the UIDs, so they are globally unique; e.g. the public site's host. */
  uidDomain: string;
}

/** A calendar object's METHOD: `PUBLISH` an agenda (and its updates), `CANCEL` meetings that no longer take place. */
export type AgendaMethod = 'PUBLISH' | 'CANCEL';

/** RFC 5545 §3.1: content lines are folded at 75 octets (a CRLF and a space), never inside a UTF-8 character. */
function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    // The first line holds 75 octets; continuation lines 74 after their leading space.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** The stable UID of a meeting's calendar entry. */
export function meetingUid(meetingId: string, uidDomain: string): string {
  return `meeting-${meetingId}@${uidDomain}`;
}

/**
 * A participant's agenda as an iCalendar object: one VEVENT per meeting with the table, room or link
 * as LOCATION, a UID stable across changes and the entry's SEQUENCE. `PUBLISH` for the agenda and its
 * updates (CONFIRMED events); `CANCEL` for meetings called off (CANCELLED events: pass each with its
 * sequence already raised). Times are written in UTC, lines folded at 75 octets.
 */
export function renderAgendaCalendar(
  calendar: AgendaCalendar,
  entries: readonly AgendaEntry[],
  method: AgendaMethod,
): string {
  const events: EventAttributes[] = entries.map((entry) => ({
    uid: meetingUid(entry.meetingId, calendar.uidDomain),
    start: entry.start.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: entry.end.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: entry.title,
    ...(entry.description ? { description: entry.description } : {}),
    location: entry.location,
    ...(entry.url ? { url: entry.url } : {}),
    sequence: entry.sequence,
    status: method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED',
    organizer: { name: calendar.organizer.name, email: calendar.organizer.email },
    ...(calendar.attendee
      ? {
          attendees: [
            {
              name: calendar.attendee.name,
              email: calendar.attendee.email,
              role: 'REQ-PARTICIPANT',
              rsvp: false,
            },
          ],
        }
      : {}),
  }));
  const { error, value } = createEvents(events, {
    productId: '-//Duijie//Events agenda//ZH',
    method,
    calName: calendar.name,
  });
  if (error || value === null) throw error ?? new Error('ics produced no calendar');
  // ics folds at 75 characters (CRLF + tab), which for Chinese text is up to 225 octets: unfold, then
  // fold again by octets.
  return value
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .map((line) => (line === '' ? line : foldLine(line)))
    .join('\r\n');
}
