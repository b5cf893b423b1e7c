import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Language } from '#core';
import type { Actor } from '#identity';
import { cjkPdf } from '#reporting';
import type { AgendaPdfGroup } from './domain/event-terms.js';
import type { MatchmakingEvent } from './domain/matchmaking-event.entity.js';
import type { MeetingDto } from './dto/participation.dto.js';
import { findEvent, managedEvent, ownRegistration } from './event-access.js';
import { ScheduleService } from './schedule.service.js';

/** One printed page: whose (or which table's) agenda, and its lines in time order. */
interface AgendaPage {
  heading: string;
  lines: string[];
}

const CHINA = { timeZone: 'Asia/Shanghai', hour12: false } as const;
const when = (m: MeetingDto) =>
  `${new Date(m.start!).toLocaleString('zh-CN', { ...CHINA, dateStyle: 'short', timeStyle: 'short' })}–${new Date(
    m.end!,
  ).toLocaleTimeString('zh-CN', { ...CHINA, timeStyle: 'short' })}`;

/**
 * Printable agendas (PDF, Chinese font embedded by the reporting context's `cjkPdf`): a participant's
 * own, and for organizers every participant's (one page each, to hand out at check-in) or every
 * table's (one page each, to lay on the table). Only placed meetings that still take place are listed.
 */
@Injectable()
export class AgendaPdfService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly schedules: ScheduleService,
  ) {}

  async own(actor: Actor, eventId: string, lang: Language): Promise<Buffer> {
    const manager = this.dataSource.manager;
    const event = await findEvent(manager, actor, eventId);
    const own = await ownRegistration(manager, actor, eventId);
    const meetings = await this.placed(actor, eventId, lang);
    return render(event, byParticipant(meetings, [own.id]));
  }

  async all(actor: Actor, eventId: string, by: AgendaPdfGroup, lang: Language): Promise<Buffer> {
    const event = await managedEvent(this.dataSource.manager, actor, eventId);
    const meetings = await this.placed(actor, eventId, lang);
    if (by === 'table') return render(event, byTable(event, meetings));
    const registrations = [...new Set(meetings.flatMap((m) => [m.registrationAId, m.registrationBId]))];
    return render(event, byParticipant(meetings, registrations));
  }

  private async placed(actor: Actor, eventId: string, lang: Language): Promise<MeetingDto[]> {
    return (await this.schedules.meetings(actor, eventId, lang)).filter(
      (m) => m.status === 'scheduled' && m.slotId !== null,
    );
  }
}

/** One page per registration, in the order of the organizations' names; each line names the other side. */
function byParticipant(meetings: readonly MeetingDto[], registrationIds: readonly string[]): AgendaPage[] {
  return registrationIds
    .map((id) => {
      const own = meetings.filter((m) => m.registrationAId === id || m.registrationBId === id);
      const name = own[0]
        ? own[0].registrationAId === id
          ? own[0].organizationAName
          : own[0].organizationBName
        : '';
      return {
        heading: `洽谈日程 · ${name}`,
        lines: own.map((m) => {
          const other = m.registrationAId === id ? m.organizationBName : m.organizationAName;
          return `${when(m)}    ${m.tableName ?? ''}    ${other}`;
        }),
      };
    })
    .sort((a, b) => a.heading.localeCompare(b.heading, 'zh-CN'));
}

/** One page per table of the event, in the event's order; each line names both sides. */
function byTable(event: MatchmakingEvent, meetings: readonly MeetingDto[]): AgendaPage[] {
  return event.tables.map((table) => ({
    heading: `桌位日程 · ${table.name}`,
    lines: meetings
      .filter((m) => m.tableId === table.id)
      .map((m) => `${when(m)}    ${m.organizationAName} × ${m.organizationBName}`),
  }));
}

function render(event: MatchmakingEvent, pages: readonly AgendaPage[]): Promise<Buffer> {
  const venue =
    event.format === 'online' ? '线上' : [event.venueName, event.venueAddress].filter(Boolean).join('，');
  return cjkPdf(event.title, (doc) => {
    pages.forEach((page, i) => {
      if (i > 0) doc.addPage();
      doc.fontSize(16).text(event.title);
      doc.fontSize(10).fillColor('#555').text(venue).fillColor('black').moveDown();
      doc.fontSize(13).text(page.heading).moveDown(0.5);
      doc.fontSize(11);
      if (page.lines.length === 0) doc.text('暂无已排定的洽谈');
      for (const line of page.lines) doc.text(line);
    });
    if (pages.length === 0)
      doc.fontSize(16).text(event.title).moveDown().fontSize(11).text('暂无已排定的洽谈');
  });
}
