import type { EntityManager } from 'typeorm';
import { creditCodeCheckChar, isIndustryCode, isRegionCode } from '#core';
import { chinaToday } from '#deals';
import { Membership, Organization, User, type OrganizationType } from '#identity';
import { Dispatch, FollowUpTask, Rating, ServiceLog, Visit, type RatingSubjectType } from '#services';
import { seedDemoDeals, type DemoDeal } from './demo-deals.js';
import type { DemoOwner } from './demo-workflow.js';

const DAY = 86_400_000;
const AGENCY = 'agency@duijie.demo';
const CMES = 'cmes@duijie.demo';

/** A Beijing date `days` before the seeding day. */
const ago = (now: Date, days: number) => chinaToday(new Date(now.getTime() - days * DAY));

/**
 * Organizations of 江苏's cities and counties that the year of service work and deals below is about, so
 * the 江苏省科协 dashboard shows figures spread over the province, each with one owner account.
 */
const JIANGSU_ORGANIZATIONS: {
  email: string;
  person: string;
  name: string;
  type: OrganizationType;
  regionCode: string;
  industryCode: string;
  description: string;
}[] = [
  {
    email: 'wuxi@duijie.demo',
    person: '钱毅（无锡微纳传感 总经理）',
    name: '无锡微纳传感科技有限公司',
    type: 'enterprise',
    regionCode: '320214',
    industryCode: '39',
    description: 'MEMS 压力与温湿度传感器企业，正在开发车规级封装工艺。',
  },
  {
    email: 'nantong@duijie.demo',
    person: '曹阳（南通海工智能装备 技术中心）',
    name: '南通海工智能装备有限公司',
    type: 'enterprise',
    regionCode: '320612',
    industryCode: '35',
    description: '海洋工程装备与智能焊接产线制造企业。',
  },
  {
    email: 'suining@duijie.demo',
    person: '魏红（睢宁绿能新材料 研发部）',
    name: '睢宁绿能新材料有限公司',
    type: 'enterprise',
    regionCode: '320324',
    industryCode: '30',
    description: '光伏组件回收与再生材料企业，县域重点培育的专精特新企业。',
  },
  {
    email: 'dongtai@duijie.demo',
    person: '卢军（东台精密铸造 总工程师）',
    name: '东台精密铸造有限公司',
    type: 'enterprise',
    regionCode: '320981',
    industryCode: '33',
    description: '汽车与风电精密铸件企业，寻求铸件缺陷在线检测方案。',
  },
  {
    email: 'xinghua@duijie.demo',
    person: '丁洁（兴化食品机械 生产部）',
    name: '兴化食品机械有限公司',
    type: 'enterprise',
    regionCode: '321281',
    industryCode: '35',
    description: '脱水蔬菜与休闲食品加工装备企业，推进产线自动化改造。',
  },
  {
    email: 'njami@duijie.demo',
    person: '邵博士（南京先进制造技术研究院 成果转化部）',
    name: '南京先进制造技术研究院',
    type: 'university',
    regionCode: '320113',
    industryCode: '73',
    description: '新型研发机构，在智能检测、增材制造与光伏材料回收方向转化成果。',
  },
];

/** A year of technology contracts (and a 科技贷) whose sellers are in 江苏, agreed in conversations. */
const JIANGSU_DEALS: DemoDeal[] = [
  {
    buyer: 'dongtai@duijie.demo',
    seller: 'njami@duijie.demo',
    recordedBy: 'seller',
    answer: 'confirmed',
    kind: 'tech-development',
    projectName: '铸件缺陷 X 射线智能检测系统联合开发',
    contractWan: 180,
    techWan: 165,
    techField: 'IT-VISION',
    ipType: 'patent',
    termMonths: 18,
    registrationNumber: '2026320100001203',
    stages: [
      ['intent', 330],
      ['signed', 300],
      ['performing', 290],
      ['completed', 30],
    ],
    message: '卢总您好，X 射线检测样机已在实验室完成验证，可以商谈联合开发合同。',
  },
  {
    buyer: 'xinghua@duijie.demo',
    seller: 'equipment@duijie.demo',
    recordedBy: 'buyer',
    answer: 'confirmed',
    kind: 'tech-service',
    projectName: '脱水蔬菜产线数控化改造技术服务',
    contractWan: 45,
    techWan: 45,
    techField: 'EQ-CNC',
    ipType: 'none',
    termMonths: 6,
    registrationNumber: '2026320400000418',
    stages: [
      ['negotiation', 270],
      ['signed', 250],
      ['completed', 160],
    ],
    message: '蒋经理您好，我们的烘干线需要数控化改造，想请贵司出一个技术服务方案。',
  },
  {
    buyer: 'suining@duijie.demo',
    seller: 'njami@duijie.demo',
    recordedBy: 'buyer',
    answer: 'confirmed',
    kind: 'tech-transfer',
    projectName: '光伏背板回收再生材料专利转让',
    contractWan: 120,
    techWan: 120,
    techField: 'NE-PV',
    ipType: 'patent',
    termMonths: 12,
    registrationNumber: '2026320100001577',
    stages: [
      ['intent', 230],
      ['signed', 200],
      ['performing', 190],
    ],
    message: '邵博士您好，贵院的背板回收专利与我们的产线很契合，希望洽谈转让。',
  },
  {
    buyer: 'nantong@duijie.demo',
    seller: 'robotics@duijie.demo',
    recordedBy: 'seller',
    answer: 'confirmed',
    kind: 'tech-license',
    projectName: '焊接机器人离线编程软件许可',
    contractWan: 60,
    techWan: 60,
    techField: 'EQ-ROBOT',
    ipType: 'software-copyright',
    termMonths: 36,
    registrationNumber: '2026320500000962',
    stages: [
      ['negotiation', 170],
      ['signed', 150],
      ['performing', 140],
    ],
    message: '曹主任您好，离线编程软件可按产线数量普通许可，附上报价供参考。',
  },
  {
    buyer: 'suining@duijie.demo',
    seller: 'bank@duijie.demo',
    recordedBy: 'seller',
    answer: 'confirmed',
    kind: 'tech-loan',
    projectName: '睢宁绿能 知识产权质押科技贷',
    contractWan: 300,
    ipType: 'none',
    termMonths: 24,
    stages: [['signed', 130]],
    message: '魏经理您好，贵司的专利质押评估已完成，科技贷额度 300 万元。',
  },
  {
    buyer: 'wuxi@duijie.demo',
    seller: 'enterprise@duijie.demo',
    recordedBy: 'buyer',
    answer: 'confirmed',
    kind: 'tech-consulting',
    projectName: '电池模组温度传感布局技术咨询',
    contractWan: 25,
    techWan: 25,
    techField: 'EV-BATTERY',
    ipType: 'none',
    termMonths: 3,
    registrationNumber: '2026320100001834',
    stages: [
      ['signed', 100],
      ['completed', 70],
    ],
    message: '王总您好，我们想请贵司专家评估电池模组温度传感器的布点方案。',
  },
  {
    buyer: 'wuxi@duijie.demo',
    seller: 'njami@duijie.demo',
    recordedBy: 'seller',
    answer: 'confirmed',
    kind: 'tech-development',
    projectName: 'MEMS 压力传感器车规级封装工艺开发',
    contractWan: 210,
    techWan: 200,
    techField: 'IT-IC',
    ipType: 'technical-secret',
    termMonths: 24,
    stages: [
      ['intent', 80],
      ['signed', 60],
      ['performing', 50],
    ],
    message: '钱总您好，封装工艺开发的技术路线和分阶段验收指标已整理好，请审阅。',
  },
  {
    buyer: 'nantong@duijie.demo',
    seller: 'njami@duijie.demo',
    recordedBy: 'buyer',
    answer: 'confirmed',
    kind: 'tech-service',
    projectName: '海工装备焊缝相控阵超声检测服务',
    contractWan: 38,
    techWan: 38,
    techField: 'EQ-INSTRUMENT',
    ipType: 'none',
    termMonths: 6,
    stages: [['signed', 20]],
    message: '邵博士您好，我们有一批海工结构件的焊缝需要相控阵检测，请报价。',
  },
  {
    buyer: 'xinghua@duijie.demo',
    seller: 'robotics@duijie.demo',
    recordedBy: 'seller',
    answer: 'pending',
    kind: 'tech-development',
    projectName: '食品分拣协作机器人定制开发',
    contractWan: 90,
    techWan: 90,
    techField: 'EQ-ROBOT',
    ipType: 'patent',
    termMonths: 12,
    stages: [['signed', 8]],
    message: '丁经理您好，分拣机器人的定制开发合同已签，请在平台上确认这笔成交。',
  },
];

interface DemoVisit {
  by: typeof AGENCY | typeof CMES;
  enterprise: string;
  daysAgo: number;
  place: string;
  people: [name: string, title: string | null][];
  findings: string;
  needs: [title: string, description: string][];
  /** A service log that followed the visit: task, hours, result, days after the visit. */
  log?: [task: string, hours: number, result: string, after: number];
  /** The enterprise's rating of the visit: score and comment. */
  rating?: [score: number, comment: string];
}

/**
 * A year of 走访档案 by 常州市生产力促进中心 and by 中国机械工程学会's 科技特派员 (under the dispatch to 常州),
 * across 江苏's cities and counties.
 */
const DEMO_VISITS: DemoVisit[] = [
  {
    by: AGENCY,
    enterprise: 'equipment@duijie.demo',
    daysAgo: 340,
    place: '常州市新北区 常州智造装备 总装车间',
    people: [
      ['蒋涛', '技术部经理'],
      ['张凯', '生产总监'],
    ],
    findings: '五轴机床主轴热变形导致批量零件精度超差，企业缺少热误差建模能力。',
    needs: [['五轴机床主轴热误差补偿', '需要热误差建模与实时补偿方案，目标定位精度 ≤5 μm。']],
    log: ['整理热误差补偿需求并对接高校团队', 6, '推荐 2 个高校团队，组织线上交流 1 次。', 10],
    rating: [5, '需求梳理专业，对接的团队很对口。'],
  },
  {
    by: AGENCY,
    enterprise: 'dongtai@duijie.demo',
    daysAgo: 320,
    place: '盐城东台市 东台精密铸造 质检中心',
    people: [['卢军', '总工程师']],
    findings: '铸件内部气孔依赖人工抽检，漏检率高，客户投诉增加。',
    needs: [['铸件内部缺陷在线检测', '希望引入 X 射线自动判读，检测节拍 ≤30 秒/件。']],
    log: ['组织南京先进制造技术研究院现场交流', 8, '双方达成联合开发意向。', 7],
    rating: [5, '促成了我们和研究院的合作。'],
  },
  {
    by: AGENCY,
    enterprise: 'xinghua@duijie.demo',
    daysAgo: 290,
    place: '泰州兴化市 兴化食品机械 烘干车间',
    people: [['丁洁', '生产部经理']],
    findings: '烘干线温控依赖老师傅经验，能耗偏高，产品含水率波动大。',
    needs: [['烘干线数控化改造', '温湿度闭环控制，能耗下降 15% 以上。']],
    log: ['撰写数控化改造技术服务需求书', 4, '需求书已交企业确认并发布。', 5],
  },
  {
    by: AGENCY,
    enterprise: 'suining@duijie.demo',
    daysAgo: 250,
    place: '徐州睢宁县 睢宁绿能新材料 办公楼',
    people: [
      ['魏红', '研发部部长'],
      ['陈立', '财务总监'],
    ],
    findings: '企业急需回收工艺专利，同时面临技改资金缺口。',
    needs: [
      ['光伏背板回收工艺', '寻求可产业化的背板氟膜分离与再生专利。'],
      ['技改融资', '约 300 万元技改资金，可用专利质押。'],
    ],
    log: ['对接专利转让与知识产权质押贷款', 5, '推荐研究院专利包，联系南京银行科技金融部。', 12],
    rating: [4, '服务及时，融资对接还可以更快。'],
  },
  {
    by: AGENCY,
    enterprise: 'nantong@duijie.demo',
    daysAgo: 200,
    place: '南通市通州区 南通海工智能装备 焊接产线',
    people: [['曹阳', '技术中心主任']],
    findings: '新焊接产线示教编程耗时长，换型一次需停线两天。',
    needs: [['焊接机器人离线编程', '希望换型编程时间缩短到 4 小时以内。']],
    rating: [4, '走访记录很细致。'],
  },
  {
    by: AGENCY,
    enterprise: 'wuxi@duijie.demo',
    daysAgo: 150,
    place: '无锡市新吴区 无锡微纳传感 洁净车间',
    people: [['钱毅', '总经理']],
    findings: '车规级认证要求封装可靠性提升，现有工艺 AEC-Q100 测试未通过。',
    needs: [['MEMS 封装可靠性提升', '通过 AEC-Q100 Grade 1 认证所需的封装工艺改进。']],
    log: ['组织封装工艺专家诊断', 7, '形成诊断报告 1 份，提出 6 项改进建议。', 9],
    rating: [5, '专家诊断很有价值。'],
  },
  {
    by: AGENCY,
    enterprise: 'robotics@duijie.demo',
    daysAgo: 110,
    place: '苏州市吴中区 苏州精工机器人 研发中心',
    people: [['顾晨', '总工程师']],
    findings: '谐波减速器寿命测试能力不足，委外测试周期长。',
    needs: [['减速器寿命加速试验', '需要可共享的寿命加速试验平台。']],
  },
  {
    by: AGENCY,
    enterprise: 'equipment@duijie.demo',
    daysAgo: 60,
    place: '常州市新北区 常州智造装备 会议室',
    people: [['蒋涛', '技术部经理']],
    findings: '热误差补偿项目已试用，企业希望扩展到增材制造装备。',
    needs: [['增材制造熔池监测', '金属 3D 打印熔池在线监测与闭环控制。']],
    log: ['回访热误差补偿项目并梳理新需求', 3, '补偿后精度达标，新需求已登记。', 0],
    rating: [5, '持续跟进，很负责。'],
  },
  {
    by: AGENCY,
    enterprise: 'xinghua@duijie.demo',
    daysAgo: 25,
    place: '泰州兴化市 兴化食品机械 包装车间',
    people: [['丁洁', '生产部经理']],
    findings: '包装前人工分拣劳动强度大，招工难。',
    needs: [['食品分拣协作机器人', '适应多品种小批量的视觉分拣协作机器人。']],
    log: ['对接苏州精工机器人分拣方案', 4, '双方签订定制开发合同，待企业在平台确认。', 12],
  },
  {
    by: CMES,
    enterprise: 'equipment@duijie.demo',
    daysAgo: 180,
    place: '常州市新北区 常州智造装备 机加工车间',
    people: [
      ['蒋涛', '技术部经理'],
      ['王工', '设备主管'],
    ],
    findings: '特派员诊断：数控系统参数未优化，刀具寿命管理缺失。',
    needs: [['刀具寿命智能管理', '基于切削数据的刀具剩余寿命预测。']],
    log: ['特派员现场诊断与参数优化', 16, '优化 12 台机床参数，平均节拍缩短 8%。', 1],
    rating: [5, '特派员专业扎实，效果明显。'],
  },
  {
    by: CMES,
    enterprise: 'equipment@duijie.demo',
    daysAgo: 45,
    place: '常州市新北区 常州智造装备 培训室',
    people: [['张凯', '生产总监']],
    findings: '参数优化成果稳定，企业希望培训技术骨干。',
    needs: [],
    log: ['特派员开展数控工艺培训', 8, '培训技术骨干 20 人次。', 0],
    rating: [4, '培训内容实用。'],
  },
];

/**
 * The service work of the demo: organizations of 江苏's cities and counties with their accounts, a year
 * of deals sold from 江苏, 走访档案 and service logs by 常州市生产力促进中心 and by 中国机械工程学会's 科技
 * 特派员 (under a dispatch to 常州, and a 学会服务团 sent to 江苏锂创), follow-up tasks (one due soon, one
 * done) and the enterprises' ratings, so the 江苏省科协 and service-organization dashboards show figures
 * that come from records.
 */
export async function seedDemoServices(
  manager: EntityManager,
  ownersByEmail: Map<string, DemoOwner>,
  passwordHash: string,
  now = new Date(),
): Promise<void> {
  const owners = new Map(ownersByEmail);
  for (const [index, demo] of JIANGSU_ORGANIZATIONS.entries()) {
    if (!isRegionCode(demo.regionCode) || !isIndustryCode(demo.industryCode))
      throw new Error(`Demo organization ${demo.name} has an invalid region or industry code`);
    const user = await manager.save(
      manager.create(User, { email: demo.email, name: demo.person, passwordHash, emailVerifiedAt: now }),
    );
    // 'MB' keeps these codes apart from the other demo organizations' ('MA').
    const first17 = `${demo.type === 'university' ? '12' : '91'}${demo.regionCode}MB${String(100000 + index)}X`;
    const organization = await manager.save(
      manager.create(Organization, {
        name: demo.name,
        type: demo.type,
        creditCode: first17.slice(0, 17) + creditCodeCheckChar(first17.slice(0, 17)),
        regionCode: demo.regionCode,
        industryCode: demo.industryCode,
        description: demo.description,
        verificationStatus: 'verified',
        verifiedAt: now,
      }),
    );
    await manager.insert(Membership, { organizationId: organization.id, userId: user.id, role: 'owner' });
    owners.set(demo.email, { organizationId: organization.id, userId: user.id });
  }
  await seedDemoDeals(manager, owners, now, JIANGSU_DEALS);

  const owner = (email: string) => {
    const found = owners.get(email);
    if (!found) throw new Error(`Demo service record names an unknown organization owner ${email}`);
    return found;
  };
  const regions = new Map(
    (await manager.find(Organization, { select: { id: true, regionCode: true } })).map((o) => [
      o.id,
      o.regionCode,
    ]),
  );
  const expertsOf = async (email: string) =>
    (
      await manager.query<{ id: string }[]>(
        'SELECT id FROM experts WHERE organization_id = $1 ORDER BY created_at, id LIMIT 3',
        [owner(email).organizationId],
      )
    ).map((row) => row.id);

  const cmes = owner(CMES);
  const commissioners = await manager.save(
    manager.create(Dispatch, {
      organizationId: cmes.organizationId,
      kind: 'commissioner',
      name: '中国机械工程学会 常州市科技特派员',
      expertIds: await expertsOf(CMES),
      enterpriseId: null,
      regionCode: '320400',
      startsOn: ago(now, 200),
      endsOn: ago(now, -165),
      goals: '走访常州装备制造企业不少于 10 家，解决数控与增材制造技术难题 5 项以上。',
      createdBy: cmes.userId,
    }),
  );
  const society = owner('society@duijie.demo');
  const battery = owner('enterprise@duijie.demo');
  await manager.insert(Dispatch, {
    organizationId: society.organizationId,
    kind: 'service-team',
    name: '中国汽车工程学会 动力电池服务团',
    expertIds: await expertsOf('society@duijie.demo'),
    enterpriseId: battery.organizationId,
    regionCode: null,
    startsOn: ago(now, 90),
    endsOn: ago(now, -90),
    goals: '帮助企业提升高镍正极循环寿命，完成热失控预警技术的产线验证。',
    createdBy: society.userId,
  });

  const rate = async (
    enterprise: DemoOwner,
    subjectType: RatingSubjectType,
    subjectId: string,
    provider: string,
    [score, comment]: [number, string],
    at: Date,
  ) =>
    manager.insert(Rating, {
      enterpriseId: enterprise.organizationId,
      subjectType,
      subjectId,
      providerOrganizationId: provider,
      score,
      comment,
      ratedBy: enterprise.userId,
      createdAt: at,
    });

  let latestVisit: Visit | undefined;
  for (const demo of DEMO_VISITS) {
    const [provider, enterprise] = [owner(demo.by), owner(demo.enterprise)];
    const record = {
      organizationId: provider.organizationId,
      enterpriseId: enterprise.organizationId,
      enterpriseRegionCode: regions.get(enterprise.organizationId)!,
      dispatchId: demo.by === CMES ? commissioners.id : null,
      createdBy: provider.userId,
    };
    const visit = await manager.save(
      manager.create(Visit, {
        ...record,
        visitedOn: ago(now, demo.daysAgo),
        place: demo.place,
        peopleMet: demo.people.map(([name, title]) => ({ name, title })),
        findings: demo.findings,
        needs: demo.needs.map(([title, description]) => ({ title, description, demandId: null })),
      }),
    );
    if (demo.by === AGENCY) latestVisit = visit;
    const ratedAt = new Date(now.getTime() - (demo.daysAgo - 3) * DAY);
    if (demo.rating) await rate(enterprise, 'visit', visit.id, provider.organizationId, demo.rating, ratedAt);
    if (!demo.log) continue;
    const [task, hours, result, after] = demo.log;
    await manager.insert(ServiceLog, {
      ...record,
      servedOn: ago(now, demo.daysAgo - after),
      task,
      hours,
      result,
      visitId: visit.id,
    });
  }

  // Follow-ups of the agency: one due in five days on its latest visit, one done on a deal it brokered.
  const agency = owner(AGENCY);
  const [brokered] = await manager.query<{ id: string }[]>('SELECT id FROM deals WHERE project_name = $1', [
    '脱水蔬菜产线数控化改造技术服务',
  ]);
  await manager.insert(FollowUpTask, [
    {
      organizationId: agency.organizationId,
      title: '确认分拣机器人合同在平台上双方确认，并安排验收走访',
      targetType: 'visit',
      targetId: latestVisit!.id,
      dueOn: ago(now, -5),
      remindAt: new Date(now.getTime() + 4 * DAY),
      createdBy: agency.userId,
    },
    {
      organizationId: agency.organizationId,
      title: '回访数控化改造效果，收集能耗数据',
      targetType: 'deal',
      targetId: brokered!.id,
      dueOn: ago(now, 150),
      remindAt: new Date(now.getTime() - 151 * DAY),
      reminderQueuedAt: new Date(now.getTime() - 151 * DAY),
      status: 'done',
      doneAt: new Date(now.getTime() - 152 * DAY),
      createdBy: agency.userId,
    },
  ]);

  // Buyers rate the sellers of confirmed deals they were happy to talk about.
  const dealRatings: [project: string, buyer: string, rating: [number, string], daysAgo: number][] = [
    ['铸件缺陷 X 射线智能检测系统联合开发', 'dongtai@duijie.demo', [5, '检测系统上线后漏检率显著下降。'], 25],
    ['光伏背板回收再生材料专利转让', 'suining@duijie.demo', [4, '技术资料完整，转化指导到位。'], 180],
    ['电池模组温度传感布局技术咨询', 'wuxi@duijie.demo', [5, '咨询报告可直接指导设计。'], 65],
  ];
  for (const [project, buyer, rating, daysAgo] of dealRatings) {
    const [deal] = await manager.query<{ id: string; seller_organization_id: string }[]>(
      'SELECT id, seller_organization_id FROM deals WHERE project_name = $1',
      [project],
    );
    await rate(
      owner(buyer),
      'deal',
      deal!.id,
      deal!.seller_organization_id,
      rating,
      new Date(now.getTime() - daysAgo * DAY),
    );
  }
}
