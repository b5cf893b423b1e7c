import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { PostingKind } from '#core';
import { chinaToday } from '#deals';
import {
  buildSlots,
  EventCheckIn,
  EventMeeting,
  EventMeetingOutcome,
  EventRegistration,
  MatchmakingEvent,
  MeetingRequest,
  MeetingSeat,
  schedule,
  type EventStatus,
  type MeetingOutcome,
  type PairingRule,
  type RequestStatus,
  type SlotPlan,
} from '#events';
import { demoOwner, type DemoOwner } from './demo-workflow.js';

const DAY = 86_400_000;

/** The table each posting kind lives in (the seed reads the demo postings it has just written). */
const POSTING_TABLES: Record<PostingKind, string> = {
  demand: 'demands',
  expert: 'experts',
  achievement: 'achievements',
  project: 'projects',
  'financing-offer': 'financing_offers',
};

interface DemoRequest {
  from: [email: string, kind: PostingKind];
  to: [email: string, kind: PostingKind];
  status: RequestStatus;
  /** The stored match's score the request carried (the matching worker computes the real ones later). */
  score: number;
  message: string;
  declineReason?: string;
  /** Finished events: what each side recorded after the meeting (omitted: nothing recorded). */
  outcomes?: [fromSide: MeetingOutcome | null, toSide: MeetingOutcome | null];
}

interface DemoEvent {
  title: string;
  description: string;
  kind: MatchmakingEvent['kind'];
  venueName: string;
  venueAddress: string;
  regionCode: string;
  /** Days from the seeding day to the event's (first) day; negative for a past event. */
  inDays: number;
  sessions: { start: string; end: string }[];
  breaks: { start: string; end: string }[];
  tables: number;
  pairingRules: PairingRule[];
  status: EventStatus;
  /** Registrations: the organization (its owner's email), its status and its note. */
  participants: [email: string, status: EventRegistration['status'], note: string][];
  requests: DemoRequest[];
  /** Finished events: who did not come (no check-in). */
  absent?: string[];
}

const ONE_TO_ONE_RULES: PairingRule[] = [
  ['demand', 'achievement'],
  ['demand', 'expert'],
  ['project', 'financing-offer'],
];

const DEMO_EVENTS: DemoEvent[] = [
  {
    title: '“科创江苏”产学研金融合对接会（南京站）',
    description:
      '江苏省科协联合高校院所、全国学会与金融机构举办的 1:1 对接会：企业带着技术难题与融资项目，' +
      '与成果持有方、学会专家和投资机构在圆桌上逐一洽谈。下午安排 6 个项目路演。',
    kind: 'both',
    venueName: '南京国际博览中心 3 号馆',
    venueAddress: '南京市建邺区江东中路 300 号',
    regionCode: '320105',
    inDays: 21,
    sessions: [
      { start: '09:00', end: '12:00' },
      { start: '13:30', end: '17:00' },
    ],
    breaks: [{ start: '10:30', end: '10:45' }],
    tables: 8,
    pairingRules: ONE_TO_ONE_RULES,
    status: 'registration-closed',
    participants: [
      ['enterprise@duijie.demo', 'approved', '寻找动力电池热管理与安全预警方面的成果和专家。'],
      ['materials@duijie.demo', 'approved', '希望对接复合材料界面改性的高校团队。'],
      ['robotics@duijie.demo', 'approved', 'A 轮融资进行中，希望见到关注智能制造的投资机构。'],
      ['equipment@duijie.demo', 'approved', '数控装备可靠性提升，需要专家诊断和科技贷款。'],
      ['pharma@duijie.demo', 'approved', '中药连续制造过程控制技术需求。'],
      ['university@duijie.demo', 'approved', '带来电池、材料与制药方向的成果，可转让或许可。'],
      ['institute@duijie.demo', 'approved', '新材料成果转化，欢迎联合开发。'],
      ['investor@duijie.demo', 'approved', '关注硬科技 A 轮前后项目。'],
      ['bank@duijie.demo', 'approved', '科技型企业信用贷、知识产权质押贷款。'],
      ['cmes@duijie.demo', 'approved', '学会专家提供装备可靠性与工艺咨询。'],
      ['vision@duijie.demo', 'pending', '机器视觉检测方案，希望对接制造企业。'],
    ],
    requests: [
      {
        from: ['enterprise@duijie.demo', 'demand'],
        to: ['university@duijie.demo', 'achievement'],
        status: 'accepted',
        score: 0.91,
        message: '贵校热失控预警成果与我们的难题高度吻合，想当面了解中试数据。',
      },
      {
        from: ['enterprise@duijie.demo', 'demand'],
        to: ['cmes@duijie.demo', 'expert'],
        status: 'accepted',
        score: 0.74,
        message: '希望请学会专家评估电池包结构可靠性方案。',
      },
      {
        from: ['institute@duijie.demo', 'achievement'],
        to: ['materials@duijie.demo', 'demand'],
        status: 'accepted',
        score: 0.86,
        message: '我所界面改性成果可以满足贵司的韧性指标，建议面谈合作开发方式。',
      },
      {
        from: ['robotics@duijie.demo', 'project'],
        to: ['investor@duijie.demo', 'financing-offer'],
        status: 'accepted',
        score: 0.88,
        message: '精工机器人 A 轮，希望向元禾科创介绍最新订单情况。',
      },
      {
        from: ['equipment@duijie.demo', 'project'],
        to: ['bank@duijie.demo', 'financing-offer'],
        status: 'accepted',
        score: 0.79,
        message: '想了解科技贷的额度和审批周期。',
      },
      {
        from: ['equipment@duijie.demo', 'demand'],
        to: ['cmes@duijie.demo', 'expert'],
        status: 'accepted',
        score: 0.82,
        message: '数控装备可靠性问题，请专家现场诊断。',
      },
      {
        from: ['pharma@duijie.demo', 'demand'],
        to: ['university@duijie.demo', 'achievement'],
        status: 'accepted',
        score: 0.77,
        message: '过程分析技术能否用于我们的提取工段？',
      },
      {
        from: ['materials@duijie.demo', 'project'],
        to: ['investor@duijie.demo', 'financing-offer'],
        status: 'accepted',
        score: 0.64,
        message: '韧和新材料 Pre-A 轮，请指导。',
      },
      {
        from: ['pharma@duijie.demo', 'project'],
        to: ['bank@duijie.demo', 'financing-offer'],
        status: 'pending',
        score: 0.58,
        message: '希望了解知识产权质押贷款。',
      },
      {
        from: ['robotics@duijie.demo', 'project'],
        to: ['bank@duijie.demo', 'financing-offer'],
        status: 'declined',
        score: 0.52,
        message: '了解一下科技贷。',
        declineReason: '本期额度已满，建议下期活动再约。',
      },
    ],
  },
  {
    title: '2026 苏南科技金融与创业投资项目对接会',
    description: '面向苏南地区科技型中小企业的投融资对接会：融资项目与创投、银行逐一洽谈，会后跟踪洽谈成果。',
    kind: 'one-to-one',
    venueName: '苏州国际科技园 会议中心',
    venueAddress: '苏州工业园区星湖街 328 号',
    regionCode: '320506',
    inDays: -30,
    sessions: [{ start: '13:30', end: '17:00' }],
    breaks: [],
    tables: 4,
    pairingRules: ONE_TO_ONE_RULES,
    status: 'finished',
    participants: [
      ['robotics@duijie.demo', 'approved', '寻求 A 轮股权融资。'],
      ['equipment@duijie.demo', 'approved', '寻求科技贷款。'],
      ['materials@duijie.demo', 'approved', '寻求 Pre-A 轮融资。'],
      ['enterprise@duijie.demo', 'approved', '寻求扩产融资与电池安全技术。'],
      ['university@duijie.demo', 'approved', '成果作价入股项目。'],
      ['investor@duijie.demo', 'approved', '硬科技早期投资。'],
      ['bank@duijie.demo', 'approved', '科技金融产品介绍。'],
      ['pharma@duijie.demo', 'approved', '寻求产线建设融资。'],
    ],
    requests: [
      {
        from: ['robotics@duijie.demo', 'project'],
        to: ['investor@duijie.demo', 'financing-offer'],
        status: 'accepted',
        score: 0.9,
        message: '介绍 A 轮计划。',
        outcomes: ['deal', 'deal'],
      },
      {
        from: ['equipment@duijie.demo', 'project'],
        to: ['bank@duijie.demo', 'financing-offer'],
        status: 'accepted',
        score: 0.81,
        message: '了解科技贷。',
        outcomes: ['follow-up', 'follow-up'],
      },
      {
        from: ['materials@duijie.demo', 'project'],
        to: ['investor@duijie.demo', 'financing-offer'],
        status: 'accepted',
        score: 0.66,
        message: 'Pre-A 轮融资。',
        outcomes: ['held', 'held'],
      },
      {
        from: ['enterprise@duijie.demo', 'demand'],
        to: ['university@duijie.demo', 'achievement'],
        status: 'accepted',
        score: 0.87,
        message: '电池安全预警技术。',
        outcomes: ['follow-up', 'deal'],
      },
      {
        from: ['pharma@duijie.demo', 'project'],
        to: ['investor@duijie.demo', 'financing-offer'],
        status: 'accepted',
        score: 0.55,
        message: '连续制造产线融资。',
        outcomes: [null, 'no-show'],
      },
      {
        from: ['enterprise@duijie.demo', 'project'],
        to: ['bank@duijie.demo', 'financing-offer'],
        status: 'expired',
        score: 0.5,
        message: '扩产贷款咨询。',
      },
    ],
    absent: ['pharma@duijie.demo'],
  },
];

/** A Beijing date `days` from the seeding day (`YYYY-MM-DD`). */
const dayFrom = (now: Date, days: number) => chinaToday(new Date(now.getTime() + days * DAY));

/**
 * Demo events of 江苏省科学技术协会 (organizer@duijie.demo): an upcoming 对接会 with registrations of the
 * demo organizations and their postings, requests (accepted, pending, declined) and a schedule the
 * scheduler placed and the organizer published; and a finished one with check-ins and both sides'
 * outcomes. Runs inside the demo seed's transaction, after the postings.
 */
export async function seedDemoEvents(
  manager: EntityManager,
  ownersByEmail: Map<string, DemoOwner>,
  now = new Date(),
): Promise<void> {
  const owner = (email: string) => demoOwner(ownersByEmail, email, 'Demo event');
  const posting = async (email: string, kind: PostingKind): Promise<string> => {
    const rows = await manager.query<{ id: string }[]>(
      `SELECT id FROM ${POSTING_TABLES[kind]} WHERE organization_id = $1 AND status = 'published'
        ORDER BY created_at, id LIMIT 1`,
      [owner(email).organizationId],
    );
    if (!rows[0]) throw new Error(`Demo event: ${email} has no published ${kind}`);
    return rows[0].id;
  };
  const organizer = owner('organizer@duijie.demo');
  for (const demo of DEMO_EVENTS) {
    const date = dayFrom(now, demo.inDays);
    const plan: SlotPlan = {
      days: [{ date, sessions: demo.sessions }],
      meetingMinutes: 20,
      gapMinutes: 5,
      breaks: demo.breaks,
    };
    const slots = buildSlots(plan);
    const published = demo.status !== 'draft';
    const event = await manager.save(
      manager.create(MatchmakingEvent, {
        organizerOrganizationId: organizer.organizationId,
        title: demo.title,
        description: demo.description,
        kind: demo.kind,
        format: 'onsite',
        venueName: demo.venueName,
        venueAddress: demo.venueAddress,
        regionCode: demo.regionCode,
        plan,
        tables: Array.from({ length: demo.tables }, (_, i) => ({ id: `T${i + 1}`, name: `${i + 1} 号桌` })),
        pairingRules: demo.pairingRules,
        maxMeetingsPerParticipant: 6,
        registrationDeadline: new Date(now.getTime() + (demo.inDays - 7) * DAY),
        capacity: 60,
        approvalRequired: true,
        requestMode: 'approval',
        schedulingMode: 'organizer',
        requestExpiryHours: 72,
        status: demo.status,
        agendaVersion: published ? 1 : 0,
        agendaPublishedAt: published ? new Date(now.getTime() + (demo.inDays - 3) * DAY) : null,
        createdBy: organizer.userId,
      }),
    );
    const registrations = new Map<string, EventRegistration>();
    for (const [email, status, note] of demo.participants) {
      const kinds = new Set(
        demo.requests.flatMap((r) => [r.from, r.to]).flatMap(([e, kind]) => (e === email ? [kind] : [])),
      );
      const postings = await Promise.all(
        [...(kinds.size ? kinds : new Set<PostingKind>(['project']))].map(async (kind) => ({
          kind,
          id: await posting(email, kind),
        })),
      );
      const registration = await manager.save(
        manager.create(EventRegistration, {
          eventId: event.id,
          organizationId: owner(email).organizationId,
          postings,
          attendees: [{ name: '对接负责人' }],
          note,
          availableSlotIds: null,
          status,
          checkInToken: randomBytes(32).toString('base64url'),
          createdBy: owner(email).userId,
        }),
      );
      registrations.set(email, registration);
    }
    const meetings: { meeting: EventMeeting; demo: DemoRequest }[] = [];
    for (const [index, request] of demo.requests.entries()) {
      const [from, to] = [registrations.get(request.from[0])!, registrations.get(request.to[0])!];
      const sentAt = new Date(now.getTime() + (demo.inDays - 10 + index * 0.1) * DAY);
      const row = await manager.save(
        manager.create(MeetingRequest, {
          eventId: event.id,
          fromRegistrationId: from.id,
          toRegistrationId: to.id,
          fromPostingKind: request.from[1],
          fromPostingId: await posting(request.from[0], request.from[1]),
          toPostingKind: request.to[1],
          toPostingId: await posting(request.to[0], request.to[1]),
          matchId: null,
          score: request.score.toFixed(4),
          message: request.message,
          status: request.status,
          declineReason: request.declineReason ?? null,
          expiresAt: new Date(sentAt.getTime() + 3 * DAY),
          answeredAt: ['accepted', 'declined'].includes(request.status)
            ? new Date(sentAt.getTime() + DAY)
            : null,
          createdBy: owner(request.from[0]).userId,
          createdAt: sentAt,
        }),
      );
      if (request.status !== 'accepted') continue;
      const meeting = await manager.save(
        manager.create(EventMeeting, {
          eventId: event.id,
          requestId: row.id,
          registrationAId: from.id,
          registrationBId: to.id,
          score: row.score,
        }),
      );
      meetings.push({ meeting, demo: request });
    }
    // The schedule the organizer's run would store: the scheduler itself places the accepted meetings.
    const result = await schedule(
      {
        slots,
        tables: event.tables.map((t) => ({ id: t.id })),
        participants: [...registrations.values()]
          .filter((r) => r.status === 'approved')
          .map((r) => ({ id: r.id, availableSlotIds: slots.map((s) => s.id), maxMeetings: 6 })),
        meetings: meetings.map(({ meeting }) => ({
          id: meeting.id,
          participantIds: [meeting.registrationAId, meeting.registrationBId] as const,
          score: Number(meeting.score),
          priority: 'accepted' as const,
        })),
      },
      { solver: 'off', seed: 1 },
    );
    for (const placement of result.placed) {
      const { meeting } = meetings.find((m) => m.meeting.id === placement.meetingId)!;
      await manager.update(EventMeeting, meeting.id, {
        slotId: placement.slotId,
        tableId: placement.tableId,
      });
      await manager.insert(
        MeetingSeat,
        [meeting.registrationAId, meeting.registrationBId].map((registrationId) => ({
          meetingId: meeting.id,
          registrationId,
          eventId: event.id,
          slotId: placement.slotId,
        })),
      );
    }
    if (demo.status !== 'finished') continue;
    const absent = new Set((demo.absent ?? []).map((email) => registrations.get(email)!.id));
    for (const registration of registrations.values())
      if (registration.status === 'approved' && !absent.has(registration.id))
        for (const { date: day } of event.plan.days)
          await manager.insert(EventCheckIn, {
            registrationId: registration.id,
            day,
            eventId: event.id,
            method: 'qr',
            checkedInBy: organizer.userId,
          });
    for (const { meeting, demo: request } of meetings) {
      if (!request.outcomes) continue;
      const sides = [
        [request.from[0], request.outcomes[0]],
        [request.to[0], request.outcomes[1]],
      ] as const;
      for (const [email, outcome] of sides)
        if (outcome)
          await manager.insert(EventMeetingOutcome, {
            meetingId: meeting.id,
            organizationId: owner(email).organizationId,
            eventId: event.id,
            outcome,
            note: OUTCOME_NOTES[outcome],
            recordedBy: owner(email).userId,
          });
    }
  }
}

const OUTCOME_NOTES: Record<MeetingOutcome, string> = {
  held: '已洽谈，暂无进一步合作计划。',
  'no-show': '对方未到场。',
  'follow-up': '约定两周内安排实地考察。',
  deal: '已达成合作意向，进入合同阶段。',
};
