import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import ExcelJS from 'exceljs';
import type { DataSource } from 'typeorm';
import type { Language } from '#core';
import type { Actor } from '#identity';
import { EventMeetingOutcome } from './domain/meeting-outcome.entity.js';
import { managedEvent } from './event-access.js';
import { RegistrationService } from './registration.service.js';
import { ScheduleService } from './schedule.service.js';

const OUTCOME_NAMES: Record<string, string> = {
  held: '已洽谈',
  'no-show': '对方未到',
  'follow-up': '继续跟进',
  deal: '达成意向/签约',
};
const REGISTRATION_NAMES: Record<string, string> = {
  pending: '待审核',
  approved: '已通过',
  refused: '未通过',
  cancelled: '已取消',
};
const POSTING_NAMES: Record<string, string> = {
  demand: '技术需求',
  expert: '专家',
  achievement: '科技成果',
  project: '融资项目',
  'financing-offer': '投融资',
};

const time = (d: Date | null) =>
  d ? new Date(d).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }) : '';

/**
 * The organizers' Excel export of an event: one workbook with its participants (参会机构), its schedule
 * (日程) and the meetings' outcomes as each side recorded them (洽谈成果). Headers are Chinese first, as
 * the 科协 and 科技局 who receive these files read them.
 */
@Injectable()
export class EventExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registrations: RegistrationService,
    private readonly schedules: ScheduleService,
  ) {}

  async workbook(actor: Actor, eventId: string, lang: Language): Promise<{ title: string; file: Buffer }> {
    const event = await managedEvent(this.dataSource.manager, actor, eventId);
    const registrations = await this.registrations.list(actor, eventId);
    const meetings = await this.schedules.meetings(actor, eventId, lang);
    const outcomes = await this.dataSource.manager.findBy(EventMeetingOutcome, { eventId });
    const orgOf = new Map(registrations.map((r) => [r.id, r.organizationId]));

    const book = new ExcelJS.Workbook();
    const sheet = (name: string, columns: [header: string, width: number][]) => {
      const ws = book.addWorksheet(name);
      ws.columns = columns.map(([header, width]) => ({ header, width }));
      ws.getRow(1).font = { bold: true };
      return ws;
    };
    const people = sheet('参会机构 Participants', [
      ['机构 Organization', 36],
      ['状态 Status', 10],
      ['对接资源 Postings', 60],
      ['参会人 Attendees', 30],
      ['对接需求 Note', 40],
      ['签到时间 Checked in', 20],
    ]);
    for (const r of registrations)
      people.addRow([
        r.organizationName,
        REGISTRATION_NAMES[r.status] ?? r.status,
        r.postings.map((p) => `${POSTING_NAMES[p.kind] ?? p.kind}：${p.title}`).join('\n'),
        r.attendees.map((a) => (a.title ? `${a.name}（${a.title}）` : a.name)).join('、'),
        r.note,
        time(r.checkedInAt),
      ]);
    const agenda = sheet('日程 Schedule', [
      ['开始 Start', 20],
      ['结束 End', 20],
      ['桌号 Table', 14],
      ['甲方 Side A', 36],
      ['乙方 Side B', 36],
      ['匹配度 Score', 10],
      ['状态 Status', 10],
    ]);
    for (const m of meetings)
      agenda.addRow([
        time(m.start),
        time(m.end),
        m.tableName ?? '',
        m.organizationAName,
        m.organizationBName,
        m.score,
        m.status === 'cancelled' ? '已取消' : m.slotId ? '已排' : `未排：${m.unplacedText ?? ''}`,
      ]);
    const results = sheet('洽谈成果 Outcomes', [
      ['开始 Start', 20],
      ['甲方 Side A', 36],
      ['甲方记录 A recorded', 16],
      ['甲方备注 A note', 40],
      ['乙方 Side B', 36],
      ['乙方记录 B recorded', 16],
      ['乙方备注 B note', 40],
    ]);
    for (const m of meetings.filter((x) => x.slotId && x.status === 'scheduled')) {
      const side = (registrationId: string) =>
        outcomes.find((o) => o.meetingId === m.id && o.organizationId === orgOf.get(registrationId));
      const [a, b] = [side(m.registrationAId), side(m.registrationBId)];
      results.addRow([
        time(m.start),
        m.organizationAName,
        a ? OUTCOME_NAMES[a.outcome] : '',
        a?.note ?? '',
        m.organizationBName,
        b ? OUTCOME_NAMES[b.outcome] : '',
        b?.note ?? '',
      ]);
    }
    return { title: event.title, file: Buffer.from(await book.xlsx.writeBuffer()) };
  }
}
