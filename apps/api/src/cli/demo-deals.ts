import { In, type EntityManager } from 'typeorm';
import { techFieldName } from '#core';
import { categoryOf, chinaToday, Deal, type DealKind, type DealStage, type IpType } from '#deals';
import { AuditService, Organization } from '#identity';
import { Conversation, ConversationMessage } from '#conversations';
import { demoOwner, type DemoOwner } from './demo-workflow.js';

const audit = new AuditService();
const DAY = 86_400_000;

/** A Beijing date `days` before the seeding day. */
const ago = (now: Date, days: number) => chinaToday(new Date(now.getTime() - days * DAY));

export interface DemoDeal {
  buyer: string;
  seller: string;
  /** Which side recorded it (and so confirmed first). */
  recordedBy: 'buyer' | 'seller';
  /** What happened after: the other side confirmed, nothing yet (待确认), or it disputed. */
  answer: 'confirmed' | 'pending' | 'disputed';
  disputeReason?: string;
  kind: DealKind;
  projectName: string;
  contractWan: number;
  techWan?: number;
  techField?: string;
  ipType: IpType;
  termMonths: number;
  registrationNumber?: string;
  /** Stages reached, each so many days ago. */
  stages: [DealStage, number][];
  /** The first message of the conversation the deal was agreed in. */
  message: string;
}

/** Emails name the organizations (each demo organization's owner). */
const DEMO_DEALS: DemoDeal[] = [
  {
    buyer: 'enterprise@duijie.demo',
    seller: 'university@duijie.demo',
    recordedBy: 'seller',
    answer: 'confirmed',
    kind: 'tech-transfer',
    projectName: '动力电池热失控早期预警技术转让',
    contractWan: 280,
    techWan: 250,
    techField: 'EV-BATTERY',
    ipType: 'patent',
    termMonths: 24,
    registrationNumber: '2026330100000817',
    stages: [
      ['intent', 120],
      ['negotiation', 95],
      ['signed', 70],
      ['performing', 60],
    ],
    message: '周教授您好，我们希望就热失控预警专利的转让条件进一步沟通。',
  },
  {
    buyer: 'materials@duijie.demo',
    seller: 'institute@duijie.demo',
    recordedBy: 'buyer',
    answer: 'confirmed',
    kind: 'tech-development',
    projectName: '高韧性碳纤维复合材料界面改性联合开发',
    contractWan: 150,
    techWan: 150,
    techField: 'MA-COMPOSITE',
    ipType: 'technical-secret',
    termMonths: 12,
    registrationNumber: '2026330200000342',
    stages: [
      ['intent', 300],
      ['signed', 260],
      ['performing', 250],
      ['completed', 20],
    ],
    message: '吴研究员您好，界面改性的中试方案我们已内部评审通过，可以进入合同阶段。',
  },
  {
    buyer: 'robotics@duijie.demo',
    seller: 'investor@duijie.demo',
    recordedBy: 'seller',
    answer: 'confirmed',
    kind: 'equity',
    projectName: '苏州精工机器人 A 轮股权融资',
    contractWan: 2000,
    ipType: 'none',
    termMonths: 60,
    stages: [
      ['negotiation', 80],
      ['signed', 45],
    ],
    message: '顾总您好，投委会已通过 A 轮投资意向，请安排尽调资料。',
  },
  {
    buyer: 'equipment@duijie.demo',
    seller: 'bank@duijie.demo',
    recordedBy: 'seller',
    answer: 'pending',
    kind: 'tech-loan',
    projectName: '常州智造装备 科技型企业信用贷款',
    contractWan: 500,
    ipType: 'none',
    termMonths: 36,
    stages: [['signed', 10]],
    message: '蒋经理您好，贷款合同已签署，请在平台上确认这笔成交。',
  },
  {
    buyer: 'equipment@duijie.demo',
    seller: 'cmes@duijie.demo',
    recordedBy: 'seller',
    answer: 'disputed',
    disputeReason: '咨询报告尚未交付，合同金额应为 20 万元而非 30 万元。',
    kind: 'tech-consulting',
    projectName: '数控装备可靠性提升技术咨询',
    contractWan: 30,
    techWan: 30,
    techField: 'EQ-CNC',
    ipType: 'none',
    termMonths: 6,
    stages: [['signed', 30]],
    message: '学会专家组可以为贵司提供装备可靠性诊断与改进咨询。',
  },
  {
    buyer: 'pharma@duijie.demo',
    seller: 'university@duijie.demo',
    recordedBy: 'buyer',
    answer: 'pending',
    kind: 'tech-license',
    projectName: '中药连续制造过程分析技术许可',
    contractWan: 80,
    techWan: 80,
    techField: 'BI-TCM',
    ipType: 'software-copyright',
    termMonths: 36,
    stages: [['negotiation', 5]],
    message: '周教授您好，我们对过程分析技术的普通许可很感兴趣，想约时间洽谈许可费用。',
  },
];

/**
 * Demo deals between demo organizations, each agreed in a conversation between the two: most
 * confirmed by both (counted), one 待确认 for each of 常州智造装备 and 浙江大学, one disputed; with the
 * audit trail the service leaves.
 */
export async function seedDemoDeals(
  manager: EntityManager,
  ownersByEmail: Map<string, DemoOwner>,
  now = new Date(),
  deals: DemoDeal[] = DEMO_DEALS,
): Promise<void> {
  const owner = (email: string) => demoOwner(ownersByEmail, email, 'Demo deal');
  const organizations = new Map(
    (
      await manager.findBy(Organization, {
        id: In([...ownersByEmail.values()].map((o) => o.organizationId)),
      })
    ).map((org) => [org.id, org]),
  );
  for (const demo of deals) {
    if (demo.techField && !techFieldName(demo.techField))
      throw new Error(`Demo deal ${demo.projectName} has an unknown technology field`);
    const [buyer, seller] = [owner(demo.buyer), owner(demo.seller)];
    const [buyerOrg, sellerOrg] = [
      organizations.get(buyer.organizationId)!,
      organizations.get(seller.organizationId)!,
    ];
    const recorder = demo.recordedBy === 'buyer' ? buyer : seller;
    const other = demo.recordedBy === 'buyer' ? seller : buyer;
    const firstDay = new Date(now.getTime() - (demo.stages[0]![1] + 7) * DAY);
    const conversation = await manager.save(
      manager.create(Conversation, {
        matchId: null,
        sourceOrganizationId: buyer.organizationId,
        candidateOrganizationId: seller.organizationId,
        subject: demo.projectName,
        createdBy: other.userId,
        lastMessageAt: firstDay,
      }),
    );
    await manager.insert(ConversationMessage, {
      conversationId: conversation.id,
      authorUserId: other.userId,
      authorOrganizationId: other.organizationId,
      body: demo.message,
      createdAt: firstDay,
    });
    const stageDates = Object.fromEntries(demo.stages.map(([stage, days]) => [stage, ago(now, days)]));
    const recordedAt = new Date(now.getTime() - demo.stages.at(-1)![1] * DAY);
    const answeredAt = new Date(recordedAt.getTime() + 2 * DAY);
    const confirmation = (party: DemoOwner, at: Date | null) =>
      party === buyer
        ? { buyerConfirmedAt: at, buyerConfirmedBy: at && party.userId }
        : { sellerConfirmedAt: at, sellerConfirmedBy: at && party.userId };
    const deal = await manager.save(
      manager.create(Deal, {
        sourceType: 'conversation',
        sourceId: conversation.id,
        buyerOrganizationId: buyer.organizationId,
        buyerType: buyerOrg.type,
        buyerRegionCode: buyerOrg.regionCode,
        sellerOrganizationId: seller.organizationId,
        sellerType: sellerOrg.type,
        sellerRegionCode: sellerOrg.regionCode,
        kind: demo.kind,
        category: categoryOf(demo.kind),
        projectName: demo.projectName,
        contractValueYuan: String(demo.contractWan * 10_000),
        techTransactionYuan: demo.techWan === undefined ? null : String(demo.techWan * 10_000),
        signedOn: stageDates.signed ?? null,
        termMonths: demo.termMonths,
        techField: demo.techField ?? null,
        ipType: demo.ipType,
        registrationNumber: demo.registrationNumber ?? null,
        stage: demo.stages.at(-1)![0],
        stageDates,
        status: demo.answer,
        ...confirmation(recorder, recordedAt),
        ...confirmation(other, demo.answer === 'confirmed' ? answeredAt : null),
        disputedBy: demo.answer === 'disputed' ? (demo.recordedBy === 'buyer' ? 'seller' : 'buyer') : null,
        disputeReason: demo.answer === 'disputed' ? (demo.disputeReason ?? null) : null,
        disputedAt: demo.answer === 'disputed' ? answeredAt : null,
        version: demo.answer === 'pending' ? 1 : 2,
        createdBy: recorder.userId,
      }),
    );
    const trail: [string, DemoOwner][] = [['deal.created', recorder]];
    if (demo.answer !== 'pending') trail.push([`deal.${demo.answer}`, other]);
    for (const [action, party] of trail)
      await audit.record(manager, {
        action,
        subjectType: 'deal',
        subjectId: deal.id,
        organizationId: party.organizationId,
        actorUserId: party.userId,
        data: { side: party === buyer ? 'buyer' : 'seller', demo: true },
      });
  }
}
