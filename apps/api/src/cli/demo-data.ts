import type { DataSource, EntityManager } from 'typeorm';
import { seedDemoCatalogue } from './demo-catalogue.js';
import { seedDemoDeals } from './demo-deals.js';
import { seedDemoDemands } from './demo-demands.js';
import { seedDemoServices } from './demo-services.js';
import { seedDemoEvents } from './demo-events.js';
import { seedDemoOutcomes } from './demo-outcomes.js';
import { seedDemoVisitDemands } from './demo-visit-demands.js';
import type { DemoOwner } from './demo-workflow.js';
import { creditCodeCheckChar, isIndustryCode, isRegionCode, type AppConfig } from '#core';
import {
  hashPassword,
  Membership,
  Organization,
  User,
  type MemberRole,
  type OrganizationType,
} from '#identity';

/** Every demo account signs in with this password; README.md lists the accounts. */
export const DEMO_PASSWORD = 'Duijie-Demo-2026';

interface DemoOrganization {
  name: string;
  type: OrganizationType;
  /** 登记管理部门 + 机构类别 (91 company, 51 society, 12 public institution) */
  registration: string;
  regionCode: string;
  industryCode: string;
  description: string;
  members: [email: string, role: MemberRole][];
}

const DEMO_USERS: [email: string, name: string, platformRole?: 'admin' | 'moderator'][] = [
  ['admin@duijie.demo', '平台管理员', 'admin'],
  ['moderator@duijie.demo', '审核员 李敏', 'moderator'],
  ['enterprise@duijie.demo', '王强（江苏锂创 技术总监）'],
  ['vision@duijie.demo', '陈静（深圳智视 研发经理）'],
  ['society@duijie.demo', '刘洋（中国汽车工程学会 秘书处）'],
  ['cmes@duijie.demo', '赵磊（中国机械工程学会 会员部）'],
  ['cie@duijie.demo', '孙悦（中国电子学会 科技服务部）'],
  ['university@duijie.demo', '周教授（浙江大学 技术转移中心）'],
  ['institute@duijie.demo', '吴研究员（宁波材料所 成果转化处）'],
  ['investor@duijie.demo', '郑伟（元禾科创 投资总监）'],
  ['bank@duijie.demo', '冯婷（南京银行 科技金融部）'],
  ['organizer@duijie.demo', '何平（江苏省科协 企业工作部）'],
  ['agency@duijie.demo', '许可（常州市生产力促进中心）'],
  ['materials@duijie.demo', '林峰（宁波韧和新材料 研发总监）'],
  ['robotics@duijie.demo', '顾晨（苏州精工机器人 总工程师）'],
  ['equipment@duijie.demo', '蒋涛（常州智造装备 技术部）'],
  ['pharma@duijie.demo', '沈琳（杭州本草智能制药 工艺部）'],
  ['sensor@duijie.demo', '钱磊（无锡芯感微电子）'],
];

const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  {
    name: '中国汽车工程学会',
    type: 'society',
    registration: '51',
    regionCode: '110105',
    industryCode: '73',
    description: '全国学会，组织汽车领域专家开展技术咨询、诊断与合作研发服务。',
    members: [['society@duijie.demo', 'owner']],
  },
  {
    name: '中国机械工程学会',
    type: 'society',
    registration: '51',
    regionCode: '110108',
    industryCode: '73',
    description: '全国学会，覆盖智能制造、工业机器人、增材制造等领域的专家服务。',
    members: [['cmes@duijie.demo', 'owner']],
  },
  {
    name: '中国电子学会',
    type: 'society',
    registration: '51',
    regionCode: '110108',
    industryCode: '73',
    description: '全国学会，面向集成电路、机器视觉与工业软件提供专家对接。',
    members: [['cie@duijie.demo', 'owner']],
  },
  {
    name: '江苏锂创新能源科技有限公司',
    type: 'enterprise',
    registration: '91',
    regionCode: '320115',
    industryCode: '38',
    description: '动力锂离子电池电芯与模组制造商，正在攻关高镍正极材料的循环寿命问题。',
    members: [
      ['enterprise@duijie.demo', 'owner'],
      ['vision@duijie.demo', 'member'],
    ],
  },
  {
    name: '深圳智视精密检测有限公司',
    type: 'enterprise',
    registration: '91',
    regionCode: '440305',
    industryCode: '40',
    description: '机器视觉检测设备企业，寻求亚微米级缺陷检测算法与光学方案。',
    members: [['vision@duijie.demo', 'owner']],
  },
  {
    name: '宁波韧和新材料股份有限公司',
    type: 'enterprise',
    registration: '91',
    regionCode: '330211',
    industryCode: '30',
    description: '碳纤维复合材料与稀土永磁材料制造企业。',
    members: [['materials@duijie.demo', 'owner']],
  },
  {
    name: '苏州精工机器人有限公司',
    type: 'enterprise',
    registration: '91',
    regionCode: '320506',
    industryCode: '34',
    description: '工业机器人与核心零部件企业，布局储能与氢能装备。',
    members: [['robotics@duijie.demo', 'owner']],
  },
  {
    name: '常州智造装备有限公司',
    type: 'enterprise',
    registration: '91',
    regionCode: '320411',
    industryCode: '34',
    description: '数控机床与增材制造装备企业。',
    members: [['equipment@duijie.demo', 'owner']],
  },
  {
    name: '杭州本草智能制药有限公司',
    type: 'enterprise',
    registration: '91',
    regionCode: '330106',
    industryCode: '27',
    description: '现代中药与食品智能制造企业。',
    members: [['pharma@duijie.demo', 'owner']],
  },
  {
    name: '浙江大学',
    type: 'university',
    registration: '12',
    regionCode: '330106',
    industryCode: '83',
    description: '高校技术转移中心，发布新材料、人工智能与生物医药领域的科技成果。',
    members: [['university@duijie.demo', 'owner']],
  },
  {
    name: '中国科学院宁波材料技术与工程研究所',
    type: 'university',
    registration: '12',
    regionCode: '330211',
    industryCode: '73',
    description: '科研院所，成果涵盖固态电解质、碳纤维复合材料与稀土永磁材料。',
    members: [['institute@duijie.demo', 'owner']],
  },
  {
    name: '元禾科创投资管理有限公司',
    type: 'investor',
    registration: '91',
    regionCode: '320506',
    industryCode: '67',
    description: '专注硬科技早中期股权投资，单笔 500–5000 万元。',
    members: [['investor@duijie.demo', 'owner']],
  },
  {
    name: '南京银行股份有限公司科技金融部',
    type: 'investor',
    registration: '91',
    regionCode: '320105',
    industryCode: '66',
    description: '提供科技贷、知识产权质押融资与投贷联动服务。',
    members: [['bank@duijie.demo', 'owner']],
  },
  {
    name: '江苏省科学技术协会',
    type: 'organizer',
    registration: '51',
    // An organizer's region is the one it answers for (its statistics scope): the province.
    regionCode: '320000',
    industryCode: '75',
    description: '组织“科创江苏”技术需求发布与科技经济融合对接活动。',
    members: [['organizer@duijie.demo', 'owner']],
  },
  {
    name: '常州市生产力促进中心',
    type: 'service_agency',
    registration: '12',
    regionCode: '320411',
    industryCode: '75',
    description: '技术转移服务机构，提供需求挖掘、成果评价与技术合同登记服务。',
    members: [['agency@duijie.demo', 'owner']],
  },
  {
    name: '无锡芯感微电子有限公司',
    type: 'enterprise',
    registration: '91',
    regionCode: '320214',
    industryCode: '3973',
    description: '新注册的 MEMS 传感器芯片企业，认证材料已提交，等待平台审核。',
    members: [['sensor@duijie.demo', 'owner']],
  },
];

/** A valid 统一社会信用代码: registration + region + a made-up organization code + the check character. */
function demoCreditCode(registration: string, regionCode: string, index: number): string {
  const first17 = `${registration}${regionCode}MA${String(1000000 + index).slice(1)}X`.slice(0, 17);
  return first17 + creditCodeCheckChar(first17);
}

/**
 * Seeds the demo organizations, accounts, 难题榜, catalogue (societies' experts, achievements, projects,
 * financing offers), deals (成交), a year of service work in 江苏 (走访, 服务日志, 派驻, 跟进任务, 评价)
 * 江苏省科协's events (对接会) and the matches of 江苏's demands, contacted, declined or solved, into an
 * empty database, in one transaction; then, through the services with `config`, the demands the service
 * agency drafted from its visits' needs.
 */
export async function seedDemoData(dataSource: DataSource, config: AppConfig): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await dataSource.transaction(async (manager: EntityManager) => {
    const users = new Map<string, string>();
    const enterprisesByRegion = new Map<string, DemoOwner>();
    /** Each organization under its owner's email, the account that writes its demo postings. */
    const ownersByEmail = new Map<string, DemoOwner>();
    for (const [email, name, platformRole] of DEMO_USERS) {
      const user = await manager.save(
        manager.create(User, {
          email,
          name,
          passwordHash,
          platformRole: platformRole ?? null,
          // Demo accounts are for trying the product at once, not for confirming mailboxes.
          emailVerifiedAt: new Date(),
        }),
      );
      users.set(email, user.id);
    }
    for (const [index, demo] of DEMO_ORGANIZATIONS.entries()) {
      if (!isRegionCode(demo.regionCode) || !isIndustryCode(demo.industryCode)) {
        throw new Error(`Demo organization ${demo.name} has an invalid region or industry code`);
      }
      const organization = await manager.save(
        manager.create(Organization, {
          name: demo.name,
          type: demo.type,
          creditCode: demoCreditCode(demo.registration, demo.regionCode, index),
          regionCode: demo.regionCode,
          industryCode: demo.industryCode,
          description: demo.description,
          // The last one waits for review, so the admin's verification queue has something in it.
          verificationStatus: index === DEMO_ORGANIZATIONS.length - 1 ? 'pending' : 'verified',
          verifiedAt: index === DEMO_ORGANIZATIONS.length - 1 ? null : new Date(),
        }),
      );
      for (const [email, role] of demo.members) {
        await manager.insert(Membership, { organizationId: organization.id, userId: users.get(email), role });
      }
      const owner = { organizationId: organization.id, userId: users.get(demo.members[0][0])! };
      ownersByEmail.set(demo.members[0][0], owner);
      if (demo.type === 'enterprise' && !enterprisesByRegion.has(demo.regionCode)) {
        enterprisesByRegion.set(demo.regionCode, owner);
      }
    }
    const moderatorId = users.get('moderator@duijie.demo')!;
    await seedDemoDemands(manager, enterprisesByRegion, moderatorId);
    await seedDemoCatalogue(manager, ownersByEmail, moderatorId);
    await seedDemoDeals(manager, ownersByEmail);
    await seedDemoServices(manager, ownersByEmail, passwordHash);
    await seedDemoEvents(manager, ownersByEmail);
    await seedDemoOutcomes(manager);
  });
  await seedDemoVisitDemands(dataSource, config);
}
