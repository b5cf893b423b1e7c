import { describe, expect, it } from '@jest/globals';
import {
  meetingUid,
  renderAgendaCalendar,
  type AgendaCalendar,
  type AgendaEntry,
} from './agenda-calendar.js';

/** A small RFC 5545 reader: unfolds lines, then collects each component's properties (name → value). */
function parseIcs(text: string) {
  expect(text.endsWith('\r\n')).toBe(true);
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) {
    expect(line).not.toMatch(/[\r\n]/);
    expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  }
  const lines: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ') || line.startsWith('\t')) lines[lines.length - 1] += line.slice(1);
    else lines.push(line);
  }
  const stack: { name: string; props: Map<string, string>; children: unknown[] }[] = [];
  let root: (typeof stack)[number] | undefined;
  for (const line of lines) {
    const colon = line.indexOf(':');
    const key = line.slice(0, colon);
    const value = line.slice(colon + 1);
    if (key === 'BEGIN') {
      const component = { name: value, props: new Map<string, string>(), children: [] as unknown[] };
      stack.at(-1)?.children.push(component);
      stack.push(component);
      root ??= component;
    } else if (key === 'END') {
      expect(stack.pop()?.name).toBe(value);
    } else {
      const [name] = key.split(';');
      stack.at(-1)!.props.set(name!, value);
    }
  }
  expect(stack).toEqual([]);
  const calendar = root!;
  const events = (calendar.children as (typeof stack)[number][]).filter((c) => c.name === 'VEVENT');
  return { calendar, events: events.map((e) => Object.fromEntries(e.props)) };
}

const calendar: AgendaCalendar = {
  name: '2026 江苏省科技成果对接会',
  organizer: { name: '江苏省科学技术协会', email: 'events@duijie.example' },
  attendee: { name: '南京某某新材料有限公司', email: 'contact@xincailiao.example' },
  uidDomain: 'duijie.example',
};

const entries: AgendaEntry[] = [
  {
    meetingId: '7f3c1e2a-0000-4000-8000-000000000001',
    start: new Date('2026-05-20T09:00:00+08:00'),
    end: new Date('2026-05-20T09:30:00+08:00'),
    title: '对接洽谈：东南大学材料科学与工程学院（高性能锂离子电池正极材料制备关键技术）',
    description: '匹配度 0.86：技术领域一致，成果成熟度满足需求。',
    location: 'A 区 3 号桌',
    sequence: 0,
  },
  {
    meetingId: '7f3c1e2a-0000-4000-8000-000000000002',
    start: new Date('2026-05-20T14:00:00+08:00'),
    end: new Date('2026-05-20T14:30:00+08:00'),
    title: '对接洽谈：某某创业投资有限公司',
    location: '线上会议室 2',
    url: 'https://meeting.example/j/123456',
    sequence: 2,
  },
];

describe('renderAgendaCalendar', () => {
  it('publishes one VEVENT per meeting with its location, stable UID, UTC times and sequence', () => {
    const { calendar: cal, events } = parseIcs(renderAgendaCalendar(calendar, entries, 'PUBLISH'));
    expect(cal.name).toBe('VCALENDAR');
    expect(cal.props.get('VERSION')).toBe('2.0');
    expect(cal.props.get('METHOD')).toBe('PUBLISH');
    expect(cal.props.get('PRODID')).toBe('-//Duijie//Events agenda//ZH');
    expect(cal.props.get('X-WR-CALNAME')).toBe('2026 江苏省科技成果对接会');
    expect(events).toHaveLength(2);
    const [first, second] = events;
    expect(first).toMatchObject({
      UID: meetingUid(entries[0]!.meetingId, 'duijie.example'),
      DTSTART: '20260520T010000Z',
      DTEND: '20260520T013000Z',
      SUMMARY: entries[0]!.title,
      LOCATION: 'A 区 3 号桌',
      SEQUENCE: '0',
      STATUS: 'CONFIRMED',
    });
    expect(first!.DTSTAMP).toMatch(/^\d{8}T\d{6}Z$/);
    expect(first!.ORGANIZER).toMatch(/^mailto:events@duijie\.example$/i);
    expect(first!.ATTENDEE).toMatch(/^mailto:contact@xincailiao\.example$/i);
    expect(second).toMatchObject({
      LOCATION: '线上会议室 2',
      URL: 'https://meeting.example/j/123456',
      SEQUENCE: '2',
    });
  });

  it('keeps the UID when a meeting moves, so calendars update the entry by its higher SEQUENCE', () => {
    const before = parseIcs(renderAgendaCalendar(calendar, [entries[0]!], 'PUBLISH')).events[0]!;
    const moved = {
      ...entries[0]!,
      start: new Date('2026-05-20T10:00:00+08:00'),
      end: new Date('2026-05-20T10:30:00+08:00'),
      location: 'B 区 7 号桌',
      sequence: 1,
    };
    const after = parseIcs(renderAgendaCalendar(calendar, [moved], 'PUBLISH')).events[0]!;
    expect(after.UID).toBe(before.UID);
    expect(Number(after.SEQUENCE)).toBeGreaterThan(Number(before.SEQUENCE));
    expect(after).toMatchObject({ DTSTART: '20260520T020000Z', LOCATION: 'B 区 7 号桌' });
  });

  it('cancels with METHOD:CANCEL and a CANCELLED event under the same UID', () => {
    const cancelled = { ...entries[1]!, sequence: 3 };
    const { calendar: cal, events } = parseIcs(renderAgendaCalendar(calendar, [cancelled], 'CANCEL'));
    expect(cal.props.get('METHOD')).toBe('CANCEL');
    expect(events).toEqual([
      expect.objectContaining({
        UID: meetingUid(entries[1]!.meetingId, 'duijie.example'),
        STATUS: 'CANCELLED',
        SEQUENCE: '3',
      }),
    ]);
  });

  it('folds long Chinese lines at 75 octets without splitting a character, and unfolds back to the text', () => {
    const long = { ...entries[0]!, title: '对接洽谈：'.padEnd(80, '新材料') };
    const text = renderAgendaCalendar(calendar, [long], 'PUBLISH');
    expect(text).toContain('\r\n ');
    expect(parseIcs(text).events[0]!.SUMMARY).toBe(long.title);
  });
});
