import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { DeepPartial, EntityManager } from 'typeorm';
import { patentCheckDigit } from '#core';
import {
  ACHIEVEMENT_KIND,
  CreateAchievementDto,
  CreateFinancingOfferDto,
  CreateProjectDto,
  FINANCING_OFFER_KIND,
  PROJECT_KIND,
  type CatalogueInput,
  type CatalogueKindSpec,
  type CataloguePosting,
  type CatalogueQuery,
  type PatentDto,
  type Visibility,
} from '#postings';
// The seed goes through the kind specs so demo rows get exactly the columns and checks the services apply.
import { CreateExpertDto, EXPERT_KIND, ServiceStation, SocietyProfile } from '#profiles';
import { addOutboxEvent, EventType } from '#queue';
import { recordDemoReview, type DemoOwner } from './demo-workflow.js';

const HOUR = 3_600_000;

// ── Societies, service stations and experts ───────────────────────────────────────────────────────

type DemoExpert = Omit<CreateExpertDto, 'stationId' | 'regionCodesServed' | 'visibility'> & {
  /** Index into the society's stations. */
  station: number;
  visibility?: Visibility;
};

interface DemoSociety {
  ownerEmail: string;
  website: string;
  fields: string[];
  stations: [name: string, regionCode: string, address: string, contactName: string, description: string][];
  experts: DemoExpert[];
}

const SOCIETIES: DemoSociety[] = [
  {
    ownerEmail: 'society@duijie.demo',
    website: 'https://www.sae-china.org',
    fields: ['EV', 'EV-BATTERY', 'EV-MOTOR', 'EV-FUELCELL', 'EV-ICV', 'EV-CHARGING'],
    stations: [
      [
        '中国汽车工程学会常州服务站',
        '320411',
        '常州市新北区锦绣路 2 号 常州科教城创研港 3 号楼',
        '钱立新',
        '服务常州及苏南新能源汽车零部件企业，开展动力电池与电驱系统技术诊断。',
      ],
      [
        '中国汽车工程学会合肥服务站',
        '340104',
        '合肥市蜀山区望江西路 860 号 中国科大先研院',
        '方晓东',
        '对接合肥新能源汽车整车与智能网联企业的技术需求。',
      ],
      [
        '中国汽车工程学会重庆服务站',
        '500112',
        '重庆市渝北区金渝大道 9 号',
        '冉静',
        '面向成渝地区汽车产业集群提供专家咨询与合作研发对接。',
      ],
    ],
    experts: [
      {
        name: '张建国',
        title: '教授级高级工程师',
        affiliation: '中国汽车技术研究中心有限公司',
        fields: ['EV-BATTERY'],
        keywords: ['动力电池安全', '热失控', '标准法规'],
        regionCode: '120116',
        station: 0,
        serviceModes: ['consulting', 'diagnosis', 'lecture'],
        availability: 'available',
        isCommissioner: true,
        bio: '长期从事动力电池安全测试与标准研究，参与起草多项电动汽车用动力蓄电池国家标准。',
        email: 'zhangjianguo@experts.duijie.demo',
      },
      {
        name: '李文涛',
        title: '教授',
        affiliation: '清华大学车辆与运载学院',
        fields: ['EV-ICV'],
        keywords: ['自动驾驶', '决策规划', '车路协同'],
        regionCode: '110108',
        station: 1,
        serviceModes: ['joint-rnd', 'consulting'],
        availability: 'limited',
        bio: '研究方向为智能网联汽车决策与控制，主持国家重点研发计划项目，与多家整车企业开展联合研发。',
        email: 'liwentao@experts.duijie.demo',
      },
      {
        name: '王海燕',
        title: '研究员',
        affiliation: '中国科学院物理研究所',
        fields: ['EV-BATTERY', 'MA-INORGANIC'],
        keywords: ['固态电池', '硫化物电解质', '界面'],
        regionCode: '110108',
        station: 0,
        serviceModes: ['joint-rnd', 'consulting'],
        availability: 'available',
        bio: '从事固态锂电池材料与界面研究二十余年，多项固态电解质专利已许可企业实施。',
        email: 'wanghaiyan@experts.duijie.demo',
      },
      {
        name: '陈志刚',
        title: '教授级高级工程师',
        affiliation: '中国第一汽车集团有限公司研发总院',
        fields: ['EV-MOTOR'],
        keywords: ['驱动电机', '扁线绕组', 'NVH'],
        regionCode: '220104',
        station: 1,
        serviceModes: ['diagnosis', 'part-time'],
        availability: 'limited',
        bio: '主导多款纯电平台驱动电机开发，擅长扁线电机设计、电磁噪声分析与量产工艺。',
        email: 'chenzhigang@experts.duijie.demo',
      },
      {
        name: '刘振华',
        title: '高级工程师',
        affiliation: '上海汽车集团股份有限公司技术中心',
        fields: ['EV-ICV', 'IT-AI'],
        keywords: ['智能座舱', '域控制器', '功能安全'],
        regionCode: '310114',
        station: 1,
        serviceModes: ['consulting', 'diagnosis'],
        availability: 'available',
        bio: '负责智能驾驶域控制器系统架构与功能安全设计，熟悉 ISO 26262 与 SOTIF 流程。',
        email: 'liuzhenhua@experts.duijie.demo',
      },
      {
        name: '赵敏',
        title: '教授',
        affiliation: '同济大学汽车学院',
        fields: ['EV-FUELCELL'],
        keywords: ['燃料电池', '膜电极', '耐久性'],
        regionCode: '310114',
        station: 2,
        serviceModes: ['joint-rnd', 'lecture'],
        availability: 'available',
        isCommissioner: true,
        bio: '研究车用燃料电池系统集成与膜电极衰减机理，带领团队完成多款燃料电池发动机台架验证。',
        email: 'zhaomin@experts.duijie.demo',
      },
      {
        name: '孙立军',
        title: '研究员',
        affiliation: '中国汽车工程研究院股份有限公司',
        fields: ['EV-CHARGING', 'EV-BATTERY'],
        keywords: ['大功率充电', '换电', '电磁兼容'],
        regionCode: '500112',
        station: 2,
        serviceModes: ['diagnosis', 'consulting'],
        availability: 'available',
        isCommissioner: true,
        bio: '从事电动汽车充换电系统测试评价与电磁兼容研究，为 30 余家企业提供过认证前诊断。',
        email: 'sunlijun@experts.duijie.demo',
      },
      {
        name: '周晓峰',
        title: '教授级高级工程师',
        affiliation: '东风汽车集团有限公司技术中心',
        fields: ['EV-MOTOR', 'EV-BATTERY'],
        keywords: ['电驱总成', '热管理', '三电系统'],
        regionCode: '420114',
        station: 2,
        serviceModes: ['part-time', 'consulting'],
        availability: 'unavailable',
        bio: '负责新能源三电系统集成与整车热管理开发，现主持一项重点型号攻关，暂不接受新的服务预约。',
        email: 'zhouxiaofeng@experts.duijie.demo',
      },
      {
        name: '吴静',
        title: '高级工程师',
        affiliation: '宁德时代新能源科技股份有限公司',
        fields: ['EV-BATTERY'],
        keywords: ['电芯设计', '快充', '析锂'],
        regionCode: '350902',
        station: 0,
        serviceModes: ['consulting'],
        availability: 'limited',
        visibility: 'confidential',
        teaser: '某头部动力电池企业资深电芯设计专家，擅长快充电芯析锂控制',
        bio: '从事高能量密度快充电芯设计，熟悉负极析锂检测与抑制方法。',
        email: 'wujing@experts.duijie.demo',
      },
      {
        name: '黄永强',
        title: '教授',
        affiliation: '吉林大学汽车工程学院',
        fields: ['EV-ICV', 'EV-MOTOR'],
        keywords: ['线控底盘', '车辆动力学', '转向'],
        regionCode: '220104',
        station: 1,
        serviceModes: ['joint-rnd', 'lecture', 'consulting'],
        availability: 'available',
        bio: '研究线控转向与线控制动系统，团队与多家底盘零部件企业共建联合实验室。',
        email: 'huangyongqiang@experts.duijie.demo',
      },
    ],
  },
  {
    ownerEmail: 'cmes@duijie.demo',
    website: 'https://www.cmes.org',
    fields: ['EQ', 'EQ-SMART', 'EQ-ROBOT', 'EQ-CNC', 'EQ-AM', 'EQ-PARTS', 'MA-STEEL', 'MA-NONFERROUS'],
    stations: [
      [
        '中国机械工程学会苏州服务站',
        '320506',
        '苏州市吴中区东吴南路 99 号 吴中科技园',
        '陆文斌',
        '服务苏州工业机器人与精密零部件产业，组织专家进企业开展技术诊断。',
      ],
      [
        '中国机械工程学会洛阳服务站',
        '410305',
        '洛阳市涧西区建设路 6 号',
        '牛建华',
        '面向洛阳轴承、重型装备企业提供材料与制造工艺专家服务。',
      ],
      [
        '中国机械工程学会宁波服务站',
        '330211',
        '宁波市镇海区庄市大道 1219 号',
        '应海波',
        '对接宁波模具、注塑装备与新材料企业的工艺改进需求。',
      ],
      [
        '中国机械工程学会德阳服务站',
        '510603',
        '德阳市旌阳区岷江西路二段 8 号',
        '何晓梅',
        '服务德阳重大技术装备制造基地，聚焦大型铸锻件与清洁能源装备。',
      ],
    ],
    experts: [
      {
        name: '马建军',
        title: '教授',
        affiliation: '大连理工大学机械工程学院',
        fields: ['EQ-CNC'],
        keywords: ['精密加工', '难加工材料', '刀具'],
        regionCode: '210211',
        station: 0,
        serviceModes: ['joint-rnd', 'consulting'],
        availability: 'available',
        bio: '研究复合材料与钛合金高效精密加工，成果应用于航空航天关键构件制造。',
        email: 'majianjun@experts.duijie.demo',
      },
      {
        name: '杨丽',
        title: '研究员',
        affiliation: '中国科学院沈阳自动化研究所',
        fields: ['EQ-ROBOT', 'EQ-SMART'],
        keywords: ['工业机器人', '柔性装配', '力控'],
        regionCode: '210112',
        station: 0,
        serviceModes: ['joint-rnd', 'diagnosis'],
        availability: 'limited',
        bio: '从事机器人柔性装配与力控制技术研究，主持完成多条汽车零部件机器人装配线。',
        email: 'yangli@experts.duijie.demo',
      },
      {
        name: '何伟',
        title: '教授级高级工程师',
        affiliation: '中国机械科学研究总院集团有限公司',
        fields: ['EQ-AM', 'MA-NONFERROUS'],
        keywords: ['增材制造', '激光选区熔化', '钛合金'],
        regionCode: '110108',
        station: 2,
        serviceModes: ['consulting', 'diagnosis', 'lecture'],
        availability: 'available',
        isCommissioner: true,
        bio: '长期从事金属增材制造工艺与装备研发，熟悉航空零件缺陷控制与无损检测评价。',
        email: 'hewei@experts.duijie.demo',
      },
      {
        name: '许国华',
        title: '教授',
        affiliation: '华中科技大学机械科学与工程学院',
        fields: ['EQ-SMART', 'IT-INDSOFT'],
        keywords: ['数字孪生', '智能工厂', 'MES'],
        regionCode: '420111',
        station: 0,
        serviceModes: ['consulting', 'joint-rnd', 'lecture'],
        availability: 'available',
        bio: '研究智能制造系统与数字孪生车间，指导 20 余家企业完成智能工厂规划。',
        email: 'xuguohua@experts.duijie.demo',
      },
      {
        name: '罗斌',
        title: '高级工程师',
        affiliation: '沈阳机床股份有限公司',
        fields: ['EQ-CNC', 'EQ-PARTS'],
        keywords: ['数控机床', '热误差', '主轴'],
        regionCode: '210106',
        station: 1,
        serviceModes: ['diagnosis', 'part-time'],
        availability: 'available',
        isCommissioner: true,
        bio: '从事数控机床整机设计与精度保持性研究，擅长现场精度诊断与热误差补偿。',
        email: 'luobin@experts.duijie.demo',
      },
      {
        name: '郑晓燕',
        title: '教授',
        affiliation: '西安交通大学机械工程学院',
        fields: ['EQ-AM', 'MA-COMPOSITE'],
        keywords: ['3D 打印', '连续纤维', '复合材料'],
        regionCode: '610103',
        station: 3,
        serviceModes: ['joint-rnd'],
        availability: 'limited',
        bio: '研究连续纤维增强复合材料 3D 打印工艺与装备，多项成果实现产业化。',
        email: 'zhengxiaoyan@experts.duijie.demo',
      },
      {
        name: '梁志强',
        title: '教授级高级工程师',
        affiliation: '中国钢研科技集团有限公司',
        fields: ['MA-STEEL'],
        keywords: ['轴承钢', '洁净钢', '热处理'],
        regionCode: '110108',
        station: 1,
        serviceModes: ['consulting', 'diagnosis'],
        availability: 'available',
        isCommissioner: true,
        bio: '从事高品质特殊钢冶炼与热处理研究，帮助多家轴承企业把钢材氧含量降到 6 ppm 以下。',
        email: 'liangzhiqiang@experts.duijie.demo',
      },
      {
        name: '唐俊',
        title: '教授',
        affiliation: '燕山大学机械工程学院',
        fields: ['EQ-PARTS', 'MA-STEEL'],
        keywords: ['重载轴承', '齿轮', '寿命评估'],
        regionCode: '130302',
        station: 3,
        serviceModes: ['joint-rnd', 'diagnosis'],
        availability: 'available',
        bio: '研究重载传动部件设计与寿命评估，为风电与冶金装备企业解决轴承早期失效问题。',
        email: 'tangjun@experts.duijie.demo',
      },
      {
        name: '韩雪',
        title: '研究员',
        affiliation: '中国航发北京航空材料研究院',
        fields: ['MA-COMPOSITE', 'MA-NONFERROUS'],
        keywords: ['树脂基复合材料', '自动铺放', '固化'],
        regionCode: '110108',
        station: 2,
        serviceModes: ['consulting'],
        availability: 'limited',
        visibility: 'confidential',
        teaser: '某航空材料研究院复合材料方向研究员，擅长快速固化与自动铺放工艺',
        bio: '从事航空树脂基复合材料成型工艺研究，熟悉热压罐外快速固化技术。',
        email: 'hanxue@experts.duijie.demo',
      },
      {
        name: '冯志远',
        title: '高级工程师',
        affiliation: '南京埃斯顿自动化股份有限公司',
        fields: ['EQ-ROBOT', 'EQ-PARTS'],
        keywords: ['伺服驱动', '减速器', '机器人本体'],
        regionCode: '320115',
        station: 0,
        serviceModes: ['consulting', 'part-time'],
        availability: 'available',
        bio: '负责工业机器人本体与伺服系统开发，熟悉 RV 减速器选型与寿命测试。',
        email: 'fengzhiyuan@experts.duijie.demo',
      },
    ],
  },
  {
    ownerEmail: 'cie@duijie.demo',
    website: 'https://www.cie.org.cn',
    fields: ['IT', 'IT-IC', 'IT-AI', 'IT-VISION', 'IT-INDSOFT', 'IT-IIOT', 'IT-SECURITY'],
    stations: [
      [
        '中国电子学会深圳服务站',
        '440305',
        '深圳市南山区高新南七道 9 号 深圳湾科技生态园',
        '黎志明',
        '服务深圳电子信息企业，聚焦机器视觉、芯片设计与工业软件。',
      ],
      [
        '中国电子学会无锡服务站',
        '320214',
        '无锡市新吴区菱湖大道 200 号 中国物联网国际创新园',
        '浦建新',
        '面向无锡集成电路与物联网产业集群开展专家对接。',
      ],
      [
        '中国电子学会成都服务站',
        '510107',
        '成都市武侯区人民南路四段 11 号',
        '罗雨涵',
        '对接成渝地区电子信息制造与网络安全企业的技术需求。',
      ],
    ],
    experts: [
      {
        name: '林海涛',
        title: '教授',
        affiliation: '电子科技大学集成电路科学与工程学院',
        fields: ['IT-IC'],
        keywords: ['模拟芯片', '电源管理', '射频'],
        regionCode: '510117',
        station: 2,
        serviceModes: ['joint-rnd', 'consulting'],
        availability: 'available',
        bio: '研究高性能模拟与电源管理芯片设计，多款芯片已在国内企业量产。',
        email: 'linhaitao@experts.duijie.demo',
      },
      {
        name: '钱晓明',
        title: '研究员',
        affiliation: '中国电子科技集团公司第十四研究所',
        fields: ['IT-NETWORK', 'IT-IC'],
        keywords: ['雷达信号处理', '阵列', 'FPGA'],
        regionCode: '320106',
        station: 1,
        serviceModes: ['consulting'],
        availability: 'limited',
        bio: '从事阵列信号处理与高速数字电路设计，可为民用毫米波雷达企业提供方案评审。',
        email: 'qianxiaoming@experts.duijie.demo',
      },
      {
        name: '宋佳',
        title: '教授',
        affiliation: '浙江大学控制科学与工程学院',
        fields: ['IT-VISION', 'IT-AI'],
        keywords: ['机器视觉', '缺陷检测', '小样本学习'],
        regionCode: '330106',
        station: 0,
        serviceModes: ['joint-rnd', 'consulting', 'lecture'],
        availability: 'available',
        isCommissioner: true,
        bio: '研究工业视觉检测与小样本学习方法，成果应用于锂电、光伏与半导体检测设备。',
        email: 'songjia@experts.duijie.demo',
      },
      {
        name: '蔡明',
        title: '教授级高级工程师',
        affiliation: '中国电子技术标准化研究院',
        fields: ['IT-SECURITY', 'IT-IIOT'],
        keywords: ['工控安全', '等级保护', '标准'],
        regionCode: '110101',
        station: 2,
        serviceModes: ['consulting', 'diagnosis', 'lecture'],
        availability: 'available',
        bio: '参与工业控制系统信息安全系列国家标准制定，提供工控安全评估与合规咨询。',
        email: 'caiming@experts.duijie.demo',
      },
      {
        name: '袁立',
        title: '高级工程师',
        affiliation: '深圳市汇川技术股份有限公司',
        fields: ['IT-IIOT', 'EQ-SMART'],
        keywords: ['PLC', '设备联网', '边缘网关'],
        regionCode: '440306',
        station: 0,
        serviceModes: ['diagnosis', 'part-time'],
        availability: 'available',
        isCommissioner: true,
        bio: '负责工业自动化产品的联网与边缘计算方案，帮助中小企业完成老旧设备数据采集改造。',
        email: 'yuanli@experts.duijie.demo',
      },
      {
        name: '邓丽华',
        title: '研究员',
        affiliation: '中国科学院自动化研究所',
        fields: ['IT-AI'],
        keywords: ['大模型', '知识图谱', '工业问答'],
        regionCode: '110108',
        station: 1,
        serviceModes: ['joint-rnd', 'lecture'],
        availability: 'limited',
        bio: '研究面向工业领域的大模型与知识图谱构建，与多家制造企业合作建设工艺知识库。',
        email: 'denglihua@experts.duijie.demo',
      },
      {
        name: '彭涛',
        title: '教授',
        affiliation: '西安电子科技大学微电子学院',
        fields: ['IT-IC', 'MA-ELECTRONIC'],
        keywords: ['第三代半导体', '氮化镓', '功率器件'],
        regionCode: '610116',
        station: 2,
        serviceModes: ['joint-rnd', 'consulting'],
        availability: 'available',
        bio: '从事氮化镓功率与射频器件研究，团队拥有完整的外延、工艺与可靠性测试平台。',
        email: 'pengtao@experts.duijie.demo',
      },
      {
        name: '曾伟',
        title: '教授',
        affiliation: '华南理工大学计算机科学与工程学院',
        fields: ['IT-INDSOFT', 'IT-CLOUD'],
        keywords: ['工业软件', 'CAD', '云原生'],
        regionCode: '440106',
        station: 0,
        serviceModes: ['consulting', 'joint-rnd'],
        availability: 'unavailable',
        bio: '研究三维 CAD 几何建模与工业软件云化架构，当前学期教学任务繁重，暂停接受咨询。',
        email: 'zengwei@experts.duijie.demo',
      },
      {
        name: '谢敏',
        title: '高级工程师',
        affiliation: '杭州海康机器人股份有限公司',
        fields: ['IT-VISION'],
        keywords: ['工业相机', '3D 视觉', '读码'],
        regionCode: '330108',
        station: 0,
        serviceModes: ['diagnosis', 'consulting'],
        availability: 'available',
        bio: '从事工业相机与 3D 视觉传感器研发，熟悉高速线扫成像与光源设计。',
        email: 'xiemin@experts.duijie.demo',
      },
      {
        name: '范永',
        title: '教授',
        affiliation: '东南大学集成电路学院',
        fields: ['IT-IC', 'EV-ICV'],
        keywords: ['车规芯片', '功能安全', 'MCU'],
        regionCode: '320115',
        station: 1,
        serviceModes: ['joint-rnd', 'consulting', 'lecture'],
        availability: 'available',
        isCommissioner: true,
        bio: '研究车规级 MCU 与功能安全芯片架构，指导多家企业通过 ISO 26262 流程认证。',
        email: 'fanyong@experts.duijie.demo',
      },
    ],
  },
];

// ── Achievements (科技成果) ─────────────────────────────────────────────────────────────────────────

/** A Chinese patent application number (ZL + year + type digit + serial + check digit). */
function patent(year: number, type: 1 | 2, serial: number, status: PatentDto['status']): PatentDto {
  const digits = `${year}${type}${String(serial).padStart(7, '0')}`;
  return {
    number: `ZL${digits}.${patentCheckDigit(digits)}`,
    type: type === 1 ? 'invention' : 'utility',
    status,
  };
}

const ZJU_CONTACT = { name: '周老师', phone: '0571-87950000', email: 'tech-transfer@zju.duijie.demo' };
const NIMTE_CONTACT = { name: '吴老师', phone: '0574-86680000', email: 'transfer@nimte.duijie.demo' };

/** TRL follows maturity: lab 3–4, bench 4–5, pilot 6–7, industrial 7–9 (the service rejects less). */
const ACHIEVEMENTS: [ownerEmail: string, input: CreateAchievementDto][] = [
  [
    'university@duijie.demo',
    {
      title: '工业表面缺陷小样本视觉检测技术',
      abstract:
        '针对新品导入阶段缺陷样本稀缺的问题，提出基于缺陷生成与元学习的小样本检测方法：每类缺陷仅需 20 张样本即可训练，检出率 ≥ 99%，误检率 ≤ 0.5%。已在锂电极片、光伏电池片两条产线完成中试验证。',
      fields: ['IT-VISION', 'IT-AI'],
      keywords: ['机器视觉', '小样本学习', '缺陷检测'],
      trl: 6,
      maturity: 'pilot',
      transferModes: ['licensing', 'co-development'],
      priceWan: 80,
      regionCode: '330106',
      patents: [patent(2021, 1, 1034567, 'granted'), patent(2023, 1, 1187654, 'pending')],
      contact: ZJU_CONTACT,
      visibility: 'public',
    },
  ],
  [
    'university@duijie.demo',
    {
      title: '药物晶型高通量筛选与预测平台',
      abstract:
        '结合高通量结晶实验与晶体结构预测算法，一周内完成候选药物的多晶型筛选与稳定性排序，可显著降低原料药晶型专利与质量风险。平台已服务 6 家药企的临床前研究。',
      fields: ['BI-PHARMA', 'IT-AI'],
      keywords: ['药物晶型', '高通量筛选', '结构预测'],
      trl: 5,
      maturity: 'bench',
      transferModes: ['licensing', 'co-development'],
      regionCode: '330106',
      patents: [patent(2020, 1, 1456789, 'granted')],
      contact: ZJU_CONTACT,
      visibility: 'public',
    },
  ],
  [
    'university@duijie.demo',
    {
      title: '超低功耗物联网无线传感节点芯片',
      abstract:
        '采用亚阈值电路与事件驱动唤醒架构，休眠电流低于 300 nA，支持 BLE 与 Sub-GHz 双模通信，纽扣电池供电可工作 5 年以上。芯片已流片量产，累计出货超过 200 万颗。',
      fields: ['IT-IC', 'IT-IOT'],
      keywords: ['低功耗芯片', '无线传感', '物联网'],
      trl: 8,
      maturity: 'industrial',
      transferModes: ['transfer', 'licensing'],
      priceWan: 200,
      regionCode: '330106',
      patents: [patent(2019, 1, 1123456, 'granted'), patent(2020, 2, 2234567, 'granted')],
      contact: ZJU_CONTACT,
      visibility: 'public',
    },
  ],
  [
    'university@duijie.demo',
    {
      title: '柔性下肢外骨骼助行机器人',
      abstract:
        '基于柔性驱动与步态意图识别的下肢外骨骼，整机重量 3.2 kg，可为脑卒中康复与老年助行提供 15% 以上的代谢减负。已完成 60 例临床试用，正在准备医疗器械注册检验。',
      fields: ['EQ-ROBOT', 'BI-DEVICE'],
      keywords: ['外骨骼', '康复机器人', '步态识别'],
      trl: 6,
      maturity: 'pilot',
      transferModes: ['equity', 'co-development'],
      priceWan: 500,
      regionCode: '330106',
      patents: [patent(2022, 1, 1345678, 'granted')],
      contact: ZJU_CONTACT,
      visibility: 'public',
    },
  ],
  [
    'university@duijie.demo',
    {
      title: '水稻广谱抗病基因编辑育种技术',
      abstract:
        '利用单碱基编辑技术精准改良水稻感病基因，获得对稻瘟病与白叶枯病兼具广谱抗性的新种质，产量与米质不受影响，已进入品种区域试验。',
      fields: ['BI-BREEDING', 'BI-AGRI'],
      keywords: ['基因编辑', '水稻', '抗病育种'],
      trl: 4,
      maturity: 'bench',
      transferModes: ['licensing'],
      regionCode: '330106',
      patents: [patent(2022, 1, 1567890, 'pending')],
      contact: ZJU_CONTACT,
      visibility: 'registered',
    },
  ],
  [
    'university@duijie.demo',
    {
      title: '难降解工业废水催化臭氧深度处理技术',
      abstract:
        '以负载型多金属催化剂强化臭氧氧化，对印染、化工废水的 COD 去除率提高 40%，出水稳定达到一级 A 标准，吨水处理成本低于 1.5 元。已在 12 家企业建成万吨级工程。',
      fields: ['EP-WATER'],
      keywords: ['催化臭氧', '印染废水', '中水回用'],
      trl: 9,
      maturity: 'industrial',
      transferModes: ['transfer', 'licensing'],
      priceWan: 150,
      regionCode: '330106',
      patents: [patent(2018, 1, 1098765, 'granted'), patent(2019, 2, 2345678, 'granted')],
      contact: ZJU_CONTACT,
      visibility: 'public',
    },
  ],
  [
    'university@duijie.demo',
    {
      title: '面向制造工艺的行业大模型知识问答系统',
      abstract:
        '将企业工艺文件、质量记录与设备手册构建为知识图谱，结合检索增强的大模型实现工艺问答与异常原因推荐，答案可追溯到原始文件，已在两家装备企业试用。',
      fields: ['IT-AI', 'IT-INDSOFT'],
      keywords: ['大模型', '知识图谱', '工艺知识'],
      trl: 5,
      maturity: 'bench',
      transferModes: ['co-development', 'licensing'],
      priceWan: 60,
      regionCode: '330106',
      contact: ZJU_CONTACT,
      visibility: 'public',
    },
  ],
  [
    'university@duijie.demo',
    {
      title: '高精度干涉式光纤陀螺',
      abstract:
        '采用保偏光纤环绕制与数字闭环检测技术，零偏稳定性优于 0.005°/h，体积较同级产品减小 30%，适用于惯性导航与石油测井，已完成小批量试制与环境试验。',
      fields: ['EQ-INSTRUMENT'],
      keywords: ['光纤陀螺', '惯性导航', '光纤环'],
      trl: 7,
      maturity: 'pilot',
      transferModes: ['transfer', 'equity'],
      priceWan: 350,
      regionCode: '330106',
      patents: [patent(2020, 1, 1678901, 'granted')],
      contact: ZJU_CONTACT,
      visibility: 'public',
    },
  ],
  [
    'university@duijie.demo',
    {
      title: '钙钛矿/晶硅叠层太阳电池',
      abstract:
        '通过自组装空穴传输层与界面钝化，小面积钙钛矿/晶硅叠层电池效率达到 31.2%，85 ℃ 湿热老化 1000 小时效率保持 90% 以上，寻求中试放大合作方。',
      fields: ['NE-PV', 'MA-ELECTRONIC'],
      keywords: ['钙钛矿', '叠层电池', '光伏'],
      trl: 4,
      maturity: 'lab',
      transferModes: ['equity', 'co-development'],
      regionCode: '330106',
      patents: [patent(2023, 1, 1789012, 'pending')],
      contact: ZJU_CONTACT,
      visibility: 'public',
    },
  ],
  [
    'university@duijie.demo',
    {
      title: '中药有效成分连续逆流提取工艺',
      abstract:
        '以多级连续逆流提取替代间歇煎煮，配合近红外在线监测，丹参、黄芪等品种提取收率提高 12%，溶剂消耗降低 35%。已在 3 家中药企业的 GMP 车间应用。',
      fields: ['BI-TCM', 'EQ-SMART'],
      keywords: ['中药提取', '连续制造', '过程分析'],
      trl: 7,
      maturity: 'industrial',
      transferModes: ['transfer'],
      priceWan: 120,
      regionCode: '330106',
      patents: [patent(2019, 1, 1890123, 'granted')],
      contact: ZJU_CONTACT,
      visibility: 'public',
    },
  ],
  [
    'institute@duijie.demo',
    {
      title: '硫化物固态电解质及界面改性技术',
      abstract:
        '开发高离子电导率（≥ 10 mS/cm）硫化物电解质的公斤级合成工艺，并以原子层沉积构筑正极界面缓冲层，使高镍正极/硫化物界面阻抗降低一个数量级，软包电池 500 次循环保持率 90%。',
      fields: ['EV-BATTERY', 'MA-INORGANIC'],
      keywords: ['固态电池', '硫化物电解质', '界面改性'],
      trl: 6,
      maturity: 'pilot',
      transferModes: ['licensing', 'equity'],
      regionCode: '330211',
      patents: [patent(2021, 1, 1901234, 'granted'), patent(2022, 1, 1012345, 'granted')],
      contact: NIMTE_CONTACT,
      visibility: 'confidential',
      teaser: '某研究所固态电池界面改性成果，界面阻抗降低一个数量级，寻求许可或作价入股合作',
    },
  ],
  [
    'institute@duijie.demo',
    {
      title: '碳纤维复合材料快速模压成型技术',
      abstract:
        '采用快速固化环氧树脂体系与高压树脂传递模塑工艺，汽车结构件成型周期缩短到 4 分钟，制件孔隙率低于 1%，已为两家车企批量供货。',
      fields: ['MA-COMPOSITE'],
      keywords: ['碳纤维', 'HP-RTM', '快速固化'],
      trl: 8,
      maturity: 'industrial',
      transferModes: ['transfer', 'licensing'],
      priceWan: 300,
      regionCode: '330211',
      patents: [patent(2019, 1, 1213141, 'granted')],
      contact: NIMTE_CONTACT,
      visibility: 'public',
    },
  ],
  [
    'institute@duijie.demo',
    {
      title: '低重稀土高矫顽力钕铁硼晶界扩散技术',
      abstract:
        '以多元合金晶界扩散替代整体添加重稀土，在矫顽力不变的前提下镝、铽用量减少 60%，已在年产 3000 吨烧结钕铁硼产线稳定运行两年。',
      fields: ['MA-RAREEARTH', 'EV-MOTOR'],
      keywords: ['钕铁硼', '晶界扩散', '重稀土减量'],
      trl: 9,
      maturity: 'industrial',
      transferModes: ['licensing'],
      priceWan: 500,
      regionCode: '330211',
      patents: [patent(2018, 1, 1314151, 'granted'), patent(2020, 1, 1415161, 'granted')],
      contact: NIMTE_CONTACT,
      visibility: 'public',
    },
  ],
  [
    'institute@duijie.demo',
    {
      title: '石墨烯改性重防腐涂料',
      abstract:
        '以功能化石墨烯片层构筑迷宫式屏障，锌粉用量减少 50%，耐盐雾时间超过 6000 小时，已用于跨海大桥与海上风电塔筒防腐，累计应用 200 余万平方米。',
      fields: ['MA-GRAPHENE', 'MA-CHEMICAL'],
      keywords: ['石墨烯', '防腐涂料', '海洋工程'],
      trl: 9,
      maturity: 'industrial',
      transferModes: ['transfer', 'licensing'],
      priceWan: 260,
      regionCode: '330211',
      patents: [patent(2018, 1, 1516171, 'granted')],
      contact: NIMTE_CONTACT,
      visibility: 'public',
    },
  ],
  [
    'institute@duijie.demo',
    {
      title: '铁基非晶合金软磁材料与高频电机铁芯',
      abstract:
        '开发高饱和磁感铁基非晶带材及其电机铁芯叠片工艺，铁芯高频损耗较硅钢降低 70%，适用于新能源汽车高速电机与光伏逆变器电感。',
      fields: ['MA-NONFERROUS', 'EV-MOTOR'],
      keywords: ['非晶合金', '软磁材料', '高速电机'],
      trl: 6,
      maturity: 'pilot',
      transferModes: ['co-development', 'licensing'],
      regionCode: '330211',
      patents: [patent(2021, 1, 1617181, 'granted')],
      contact: NIMTE_CONTACT,
      visibility: 'public',
    },
  ],
  [
    'institute@duijie.demo',
    {
      title: '高熵合金耐磨涂层激光熔覆技术',
      abstract:
        '以 CoCrFeNi 系高熵合金粉末激光熔覆制备耐磨涂层，硬度达到 HV 650，磨损率为 Cr12MoV 模具钢的 1/5，适用于模具与液压柱塞的修复强化。',
      fields: ['EQ-AM', 'MA-NONFERROUS'],
      keywords: ['高熵合金', '激光熔覆', '耐磨涂层'],
      trl: 5,
      maturity: 'bench',
      transferModes: ['co-development'],
      priceWan: 40,
      regionCode: '330211',
      patents: [patent(2022, 2, 2718191, 'granted')],
      contact: NIMTE_CONTACT,
      visibility: 'public',
    },
  ],
  [
    'institute@duijie.demo',
    {
      title: '生物基呋喃二甲酸聚酯（PEF）制备技术',
      abstract:
        '以果糖为原料经 HMF 氧化制备 2,5-呋喃二甲酸并聚合得到 PEF，阻氧性能为 PET 的 10 倍，百吨级中试线已打通，寻求包装材料企业共建千吨级产线。',
      fields: ['MA-CHEMICAL', 'BI-MANUFACTURING'],
      keywords: ['生物基材料', 'PEF', '阻隔包装'],
      trl: 6,
      maturity: 'pilot',
      transferModes: ['equity', 'co-development'],
      regionCode: '330211',
      patents: [patent(2020, 1, 1819202, 'granted'), patent(2023, 1, 1920212, 'pending')],
      contact: NIMTE_CONTACT,
      visibility: 'public',
    },
  ],
  [
    'institute@duijie.demo',
    {
      title: '燃料电池低铂合金催化剂',
      abstract:
        '以有序化 PtCo 金属间化合物纳米颗粒降低铂用量，膜电极铂载量 0.15 g/kW，经 30000 次加速老化后质量活性保持 80%，公斤级批量制备工艺已验证。',
      fields: ['EV-FUELCELL', 'NE-HYDROGEN'],
      keywords: ['燃料电池', '低铂催化剂', '膜电极'],
      trl: 5,
      maturity: 'bench',
      transferModes: ['licensing', 'co-development'],
      priceWan: 180,
      regionCode: '330211',
      patents: [patent(2021, 1, 1021222, 'granted')],
      contact: NIMTE_CONTACT,
      visibility: 'registered',
    },
  ],
  [
    'institute@duijie.demo',
    {
      title: '柔性可穿戴应变传感器',
      abstract:
        '以银纳米线/弹性体微结构复合薄膜制备应变传感器，拉伸 100% 下仍保持线性响应，灵敏系数超过 50，可用于运动监测与人机交互手套。',
      fields: ['IT-IOT', 'MA-ELECTRONIC'],
      keywords: ['柔性电子', '应变传感', '可穿戴'],
      trl: 3,
      maturity: 'lab',
      transferModes: ['co-development'],
      regionCode: '330211',
      contact: NIMTE_CONTACT,
      visibility: 'public',
    },
  ],
  [
    'institute@duijie.demo',
    {
      title: '海洋工程用高强耐蚀钛合金',
      abstract:
        '设计低成本 Ti-Al-Zr-Mo 系钛合金并开发配套焊接工艺，屈服强度 ≥ 900 MPa，海水中耐缝隙腐蚀，已完成海洋平台管件的工程化试制。',
      fields: ['MA-NONFERROUS', 'EQ-MARINE'],
      keywords: ['钛合金', '海洋工程', '耐蚀'],
      trl: 7,
      maturity: 'pilot',
      transferModes: ['transfer', 'co-development'],
      priceWan: 220,
      regionCode: '330211',
      patents: [patent(2020, 1, 1122232, 'granted')],
      contact: NIMTE_CONTACT,
      visibility: 'public',
    },
  ],
];

// ── Projects (融资项目) ─────────────────────────────────────────────────────────────────────────────

const PROJECTS: [ownerEmail: string, input: CreateProjectDto][] = [
  [
    'enterprise@duijie.demo',
    {
      title: '高镍正极包覆改性材料产线扩产',
      summary:
        '公司自主开发的高镍正极原子层包覆工艺使 NCM811 电芯 1500 次循环保持率达到 86%，现有 2000 吨/年产线满产，拟新建 1 万吨/年产线。',
      fields: ['EV-BATTERY', 'MA-CHEMICAL'],
      keywords: ['高镍正极', '包覆改性', '扩产'],
      stage: 'b',
      amountSoughtWan: 8000,
      useOfFunds: '新产线设备 65%，研发中心建设 20%，补充流动资金 15%。',
      team: '创始团队来自国内头部电池企业，核心技术人员 42 人，其中博士 9 人。',
      traction: '2025 年营收 3.6 亿元，进入两家头部电池企业供应链，在手订单 1.2 亿元。',
      regionCode: '320115',
      visibility: 'public',
    },
  ],
  [
    'enterprise@duijie.demo',
    {
      title: '储能专用 314Ah 长寿命电芯项目',
      summary: '面向电网侧与工商业储能的 314Ah 磷酸铁锂电芯，循环寿命 10000 次，已通过 UL 9540A 测试。',
      fields: ['NE-STORAGE', 'EV-BATTERY'],
      keywords: ['储能电芯', '长循环', '磷酸铁锂'],
      stage: 'c-plus',
      amountSoughtWan: 15000,
      useOfFunds: '储能电芯产线建设与海外认证。',
      traction: '已签订 2 GWh 框架协议，海外客户完成小批量验证。',
      regionCode: '320115',
      visibility: 'registered',
    },
  ],
  [
    'enterprise@duijie.demo',
    {
      title: '退役动力电池梯次利用与回收平台',
      summary: '基于电池全生命周期数据的快速分选与重组技术，梯次利用产品用于通信基站备电和低速车。',
      fields: ['EP-WASTE', 'NE-STORAGE'],
      keywords: ['梯次利用', '电池回收', '快速分选'],
      stage: 'a',
      amountSoughtWan: 3000,
      useOfFunds: '自动化拆解线与检测中心建设。',
      traction: '年处理退役电池 5000 吨，已与 3 家车企签订回收协议。',
      regionCode: '320115',
      visibility: 'public',
    },
  ],
  [
    'vision@duijie.demo',
    {
      title: '12 英寸晶圆表面缺陷检测设备',
      summary: '自研暗场散射光学系统与深度学习分类算法，可检出 0.1 μm 颗粒缺陷，替代进口检测设备。',
      fields: ['IT-VISION', 'EQ-INSTRUMENT'],
      keywords: ['晶圆检测', '半导体设备', '国产替代'],
      stage: 'b',
      amountSoughtWan: 12000,
      useOfFunds: '样机迭代、客户验证与量产准备。',
      team: '核心团队来自国际半导体设备企业，平均从业 12 年。',
      traction: '2 台设备在国内晶圆厂验证，1 台已通过验收。',
      regionCode: '440305',
      visibility: 'registered',
    },
  ],
  [
    'vision@duijie.demo',
    {
      title: '3D 结构光焊点检测模组',
      summary: '面向 PCBA 与动力电池模组焊接的 3D 检测模组，虚焊漏检率低于 0.05%，检测节拍 0.8 秒。',
      fields: ['IT-VISION', 'IT-AI'],
      keywords: ['3D 视觉', '焊点检测', '结构光'],
      stage: 'a',
      amountSoughtWan: 4000,
      traction: '年出货 600 套，服务 40 余家电子制造企业。',
      regionCode: '440305',
      visibility: 'public',
    },
  ],
  [
    'materials@duijie.demo',
    {
      title: '碳纤维汽车轻量化结构件',
      summary: '以快速模压工艺量产碳纤维电池包上盖与车身结构件，单件减重 40%，成本较传统工艺降低 30%。',
      fields: ['MA-COMPOSITE', 'EV-BATTERY'],
      keywords: ['碳纤维', '轻量化', '汽车结构件'],
      stage: 'pre-ipo',
      amountSoughtWan: 30000,
      useOfFunds: '新建两条自动化模压产线，完善上市前治理。',
      traction: '2025 年营收 8.2 亿元，净利润 9600 万元，客户覆盖 5 家主流车企。',
      regionCode: '330211',
      visibility: 'registered',
    },
  ],
  [
    'materials@duijie.demo',
    {
      title: '低重稀土高性能钕铁硼产线',
      summary: '引入晶界扩散技术建设 3000 吨/年低重稀土钕铁硼产线，产品用于新能源汽车驱动电机。',
      fields: ['MA-RAREEARTH', 'EV-MOTOR'],
      keywords: ['钕铁硼', '晶界扩散', '驱动电机'],
      stage: 'b',
      amountSoughtWan: 10000,
      traction: '已获两家电驱企业定点，年需求 1200 吨。',
      regionCode: '330211',
      visibility: 'public',
    },
  ],
  [
    'robotics@duijie.demo',
    {
      title: '协作机器人一体化关节模组',
      summary: '集成无框力矩电机、谐波减速器、双编码器与驱动器的一体化关节，重复定位精度 ±0.02 mm。',
      fields: ['EQ-ROBOT', 'EQ-PARTS'],
      keywords: ['协作机器人', '关节模组', '谐波减速器'],
      stage: 'a',
      amountSoughtWan: 5000,
      useOfFunds: '关节模组自动化装配线与可靠性实验室。',
      traction: '关节模组年销量 1.5 万套，外销占比 30%。',
      regionCode: '320506',
      visibility: 'public',
    },
  ],
  [
    'robotics@duijie.demo',
    {
      title: '全钒液流电池储能示范项目',
      summary: '与高校合作开发高功率密度电堆，系统成本目标 1.8 元/Wh，拟建设 10 MWh 工商业储能示范电站。',
      fields: ['NE-STORAGE'],
      keywords: ['液流电池', '全钒', '储能电站'],
      stage: 'pre-a',
      amountSoughtWan: 2000,
      traction: '250 kW 电堆完成 3000 小时运行测试。',
      regionCode: '320506',
      visibility: 'public',
    },
  ],
  [
    'equipment@duijie.demo',
    {
      title: '五轴联动数控系统',
      summary: '自主研发的五轴联动数控系统，支持 RTCP 与纳米插补，在叶轮加工中轮廓误差 ≤ 8 μm。',
      fields: ['EQ-CNC', 'IT-INDSOFT'],
      keywords: ['数控系统', '五轴联动', '国产替代'],
      stage: 'b',
      amountSoughtWan: 6000,
      team: '研发团队 120 人，核心成员有 15 年以上数控系统开发经验。',
      traction: '累计装机 1800 台，进入 3 家机床企业标准配置。',
      regionCode: '320411',
      visibility: 'public',
    },
  ],
  [
    'equipment@duijie.demo',
    {
      title: '大尺寸金属 3D 打印装备',
      summary: '成形尺寸 800 × 800 × 1000 mm 的多激光选区熔化装备，面向航空航天与模具行业。',
      fields: ['EQ-AM'],
      keywords: ['金属 3D 打印', '多激光', '大尺寸'],
      stage: 'a',
      amountSoughtWan: 4500,
      traction: '已交付 14 台，航空客户复购率 60%。',
      regionCode: '320411',
      visibility: 'registered',
    },
  ],
  [
    'pharma@duijie.demo',
    {
      title: '中药连续制造数字化车间',
      summary: '建设连续提取、浓缩与制粒一体化的中药数字化车间，实现关键质量属性在线放行。',
      fields: ['BI-TCM', 'EQ-SMART'],
      keywords: ['中药', '连续制造', '数字化车间'],
      stage: 'pre-a',
      amountSoughtWan: 1500,
      traction: '已完成 2 个品种的连续提取工艺验证，收率提升 10%。',
      regionCode: '330106',
      visibility: 'public',
    },
  ],
  [
    'pharma@duijie.demo',
    {
      title: '食品产线智能异物检测设备',
      summary: '融合双能 X 射线与可见光成像的异物检测设备，可检出 0.8 mm 金属与 2 mm 骨刺、玻璃。',
      fields: ['AG-FOOD', 'IT-VISION'],
      keywords: ['异物检测', 'X 射线', '食品安全'],
      stage: 'angel',
      amountSoughtWan: 500,
      traction: '样机在两家食品企业试运行，检出率 99.6%。',
      regionCode: '330106',
      visibility: 'public',
    },
  ],
  [
    'university@duijie.demo',
    {
      title: '柔性外骨骼机器人成果转化公司',
      summary: '由浙江大学外骨骼团队以专利作价入股成立，产品面向康复医院与养老机构。',
      fields: ['EQ-ROBOT', 'BI-DEVICE'],
      keywords: ['外骨骼', '康复', '成果转化'],
      stage: 'seed',
      amountSoughtWan: 300,
      useOfFunds: '医疗器械注册检验与首批 50 台样机生产。',
      team: '教授领衔，博士后与博士生 8 人，联合创始人具有医疗器械销售经验。',
      regionCode: '330106',
      visibility: 'public',
    },
  ],
  [
    'institute@duijie.demo',
    {
      title: '硫化物固态电解质中试线',
      summary: '研究所孵化团队建设百吨级硫化物电解质中试线，为固态电池企业提供材料与界面方案。',
      fields: ['EV-BATTERY', 'MA-INORGANIC'],
      keywords: ['固态电解质', '中试', '孵化'],
      stage: 'angel',
      amountSoughtWan: 1000,
      traction: '已向 4 家电池企业送样，获 1 家企业联合开发协议。',
      regionCode: '330211',
      visibility: 'confidential',
      teaser: '某研究所孵化的固态电解质材料团队，百吨级中试线寻求天使轮融资',
    },
  ],
];

// ── Financing offers (金融产品) ─────────────────────────────────────────────────────────────────────

const YUANHE_CONTACT = { name: '郑伟', phone: '0512-66000000', email: 'bp@yuanhe.duijie.demo' };
const NJCB_CONTACT = { name: '冯婷', phone: '025-86770000', email: 'kjjr@njcb.duijie.demo' };

/** regionCodes empty is nationwide (全国). */
const FINANCING_OFFERS: [ownerEmail: string, input: CreateFinancingOfferDto][] = [
  [
    'investor@duijie.demo',
    {
      title: '硬科技早期股权投资',
      instrument: 'equity',
      sectors: ['IT-IC', 'IT-AI', 'EQ-ROBOT', 'MA'],
      stages: ['angel', 'pre-a', 'a'],
      ticketMinWan: 500,
      ticketMaxWan: 3000,
      regionCodes: ['320000', '310000', '330000'],
      thesis: '重点投资长三角拥有核心专利的硬科技初创企业，偏好由高校院所成果转化而来、技术团队控股的项目。',
      contact: YUANHE_CONTACT,
      visibility: 'public',
    },
  ],
  [
    'investor@duijie.demo',
    {
      title: '新能源与智能网联汽车产业基金',
      instrument: 'equity',
      sectors: ['EV', 'NE-STORAGE', 'NE-HYDROGEN'],
      stages: ['a', 'b', 'c-plus'],
      ticketMinWan: 2000,
      ticketMaxWan: 8000,
      regionCodes: [],
      thesis: '围绕动力电池材料、电驱系统、燃料电池与智能驾驶产业链布局，要求已有量产订单或头部客户定点。',
      contact: YUANHE_CONTACT,
      visibility: 'public',
    },
  ],
  [
    'investor@duijie.demo',
    {
      title: '生物医药与医疗器械成长期投资',
      instrument: 'equity',
      sectors: ['BI-PHARMA', 'BI-DEVICE', 'BI-TCM'],
      stages: ['b', 'c-plus', 'pre-ipo'],
      ticketMinWan: 3000,
      ticketMaxWan: 10000,
      regionCodes: ['320500', '310000', '330100'],
      thesis: '关注创新药临床二期以后、三类医疗器械取证前后以及中药现代化企业。',
      contact: YUANHE_CONTACT,
      visibility: 'registered',
    },
  ],
  [
    'investor@duijie.demo',
    {
      title: '科技成果转化种子基金',
      instrument: 'equity',
      sectors: ['SV-TRANSFER', 'MA', 'IT', 'EQ'],
      stages: ['seed', 'angel'],
      ticketMinWan: 100,
      ticketMaxWan: 500,
      regionCodes: [],
      thesis:
        '支持高校院所以专利作价入股设立的早期企业，可与职务科技成果赋权改革配套，投后提供中试与首单对接。',
      contact: YUANHE_CONTACT,
      visibility: 'public',
    },
  ],
  [
    'investor@duijie.demo',
    {
      title: '投贷联动可转债',
      instrument: 'debt',
      sectors: ['EQ-SMART', 'IT-INDSOFT', 'NE'],
      stages: ['pre-a', 'a'],
      ticketMinWan: 500,
      ticketMaxWan: 2000,
      regionCodes: ['320000'],
      thesis: '与合作银行联动，以可转债形式支持营收已过千万元、估值分歧较大的智能制造与新能源企业。',
      contact: YUANHE_CONTACT,
      visibility: 'public',
    },
  ],
  [
    'bank@duijie.demo',
    {
      title: '“鑫科技”科技型中小企业信用贷',
      instrument: 'tech-loan',
      sectors: ['IT', 'EQ', 'MA', 'BI', 'NE'],
      stages: ['seed', 'angel', 'pre-a', 'a', 'b'],
      ticketMinWan: 100,
      ticketMaxWan: 3000,
      regionCodes: ['320000'],
      thesis:
        '面向入库科技型中小企业与高新技术企业，以研发投入、知识产权和人才为主要授信依据，纯信用、随借随还。',
      contact: NJCB_CONTACT,
      visibility: 'public',
    },
  ],
  [
    'bank@duijie.demo',
    {
      title: '知识产权质押融资',
      instrument: 'debt',
      sectors: ['IT', 'EQ', 'MA', 'BI'],
      stages: ['angel', 'pre-a', 'a', 'b'],
      ticketMinWan: 50,
      ticketMaxWan: 1000,
      regionCodes: ['320000', '330000', '310000'],
      thesis: '以发明专利、商标等知识产权质押，评估费与部分利息可申请地方知识产权质押融资补贴。',
      contact: NJCB_CONTACT,
      visibility: 'public',
    },
  ],
  [
    'bank@duijie.demo',
    {
      title: '科技再担保合作贷款',
      instrument: 'guarantee',
      sectors: ['EQ', 'MA', 'EV', 'EP'],
      stages: ['pre-a', 'a', 'b', 'c-plus'],
      ticketMinWan: 100,
      ticketMaxWan: 2000,
      regionCodes: ['320100', '320400', '320500'],
      thesis: '与省级再担保机构合作，担保费率不高于 1%，适合轻资产、缺少抵押物的科技型制造企业。',
      contact: NJCB_CONTACT,
      visibility: 'public',
    },
  ],
  [
    'bank@duijie.demo',
    {
      title: '首台（套）重大技术装备保险配套融资',
      instrument: 'insurance',
      sectors: ['EQ-CNC', 'EQ-ROBOT', 'EQ-AM', 'EQ-INSTRUMENT'],
      stages: ['a', 'b', 'c-plus'],
      regionCodes: [],
      thesis:
        '联合保险公司为入选首台（套）目录的装备提供质量与责任保险，并以保单增信配套订单融资，额度按合同核定。',
      contact: NJCB_CONTACT,
      visibility: 'public',
    },
  ],
  [
    'bank@duijie.demo',
    {
      title: '高层次人才创业贷',
      instrument: 'tech-loan',
      sectors: ['IT', 'BI', 'MA', 'EQ'],
      stages: ['seed', 'angel'],
      ticketMinWan: 50,
      ticketMaxWan: 500,
      regionCodes: ['320000'],
      thesis: '面向省市人才计划入选者创办的企业，凭人才证明即可申请，首年利率享受财政贴息。',
      contact: NJCB_CONTACT,
      visibility: 'public',
    },
  ],
];

// ── Seeding ────────────────────────────────────────────────────────────────────────────────────────

/** What the seed needs of a kind's spec: its columns and rules, not its views. */
type KindRules<E extends CataloguePosting, Input extends CatalogueInput> = Pick<
  CatalogueKindSpec<E, Input, unknown, unknown, CatalogueQuery>,
  'kind' | 'entity' | 'columns' | 'check' | 'verify' | 'label'
>;

interface SeedContext {
  manager: EntityManager;
  moderatorId: string;
  now: number;
}

/**
 * One posting as the services would leave it after create, submit and (except every ninth, kept in the
 * moderators' review queue) publish: the input passes the API's own validation and the kind's checks,
 * the row gets the kind's columns, and the review is audited and announced on the outbox.
 */
async function seedPosting<E extends CataloguePosting, Input extends CatalogueInput>(
  context: SeedContext,
  rules: KindRules<E, Input>,
  dto: new () => Input,
  owner: DemoOwner,
  plain: Input & { visibility: Visibility },
  index: number,
): Promise<void> {
  const { manager, moderatorId, now } = context;
  const input = plainToInstance(dto, plain);
  const invalid = [
    ...(await validate(input, { whitelist: true, forbidNonWhitelisted: true })).map((e) => e.property),
    ...rules.check(input).map((e) => e.field),
    ...((await rules.verify?.(manager, input, owner.organizationId)) ?? []).map((e) => e.field),
    ...(plain.visibility === 'confidential' && !plain.teaser ? ['teaser'] : []),
  ];
  if (invalid.length > 0) throw new Error(`Demo ${rules.kind} #${index} is invalid: ${invalid.join(', ')}`);
  const submitted = index % 9 === 8;
  const row = await manager.save(
    rules.entity,
    manager.create(rules.entity, {
      ...rules.columns(input),
      visibility: plain.visibility,
      teaser: plain.teaser ?? null,
      organizationId: owner.organizationId,
      createdBy: owner.userId,
      status: submitted ? 'submitted' : 'published',
      publishedAt: submitted ? null : new Date(now - (index * 19 + 2) * HOUR),
      viewCount: submitted ? 0 : (index * 53) % 500,
    } as DeepPartial<E>),
  );
  const subject = { type: rules.kind, id: row.id, organizationId: owner.organizationId };
  await recordDemoReview(manager, subject, { ownerId: owner.userId, moderatorId }, !submitted, {
    label: rules.label(row),
  });
  if (!submitted)
    await addOutboxEvent(manager, EventType.PostingPublished, { kind: rules.kind, postingId: row.id });
}

function ownerOf(owners: Map<string, DemoOwner>, email: string): DemoOwner {
  const owner = owners.get(email);
  if (!owner) throw new Error(`No demo organization is owned by ${email}`);
  return owner;
}

const province = (regionCode: string) => `${regionCode.slice(0, 2)}0000`;

/** Society profiles, their service stations and experts; every expert serves its own and its station's province. */
async function seedSocieties(context: SeedContext, owners: Map<string, DemoOwner>): Promise<void> {
  let index = 0;
  for (const society of SOCIETIES) {
    const owner = ownerOf(owners, society.ownerEmail);
    await context.manager.insert(SocietyProfile, {
      organizationId: owner.organizationId,
      fields: society.fields,
      website: society.website,
    });
    const stations: ServiceStation[] = [];
    for (const [name, regionCode, address, contactName, description] of society.stations) {
      stations.push(
        await context.manager.save(
          context.manager.create(ServiceStation, {
            societyId: owner.organizationId,
            name,
            regionCode,
            address,
            contactName,
            contactPhone: '400-000-0000',
            description,
          }),
        ),
      );
    }
    for (const { station: stationIndex, visibility, ...expert } of society.experts) {
      const station = stations[stationIndex];
      if (!station) throw new Error(`Demo expert ${expert.name} names a missing station`);
      const input = {
        ...expert,
        stationId: station.id,
        regionCodesServed: [...new Set([province(expert.regionCode), province(station.regionCode)])],
        visibility: visibility ?? 'public',
      };
      await seedPosting(context, EXPERT_KIND, CreateExpertDto, owner, input, index++);
    }
  }
}

/**
 * The demo catalogue beside the 难题榜: three societies with their stations and thirty experts, twenty
 * achievements from the university and the institute, fifteen projects seeking finance and ten
 * financing offers. Runs inside the demo seed's transaction.
 */
export async function seedDemoCatalogue(
  manager: EntityManager,
  owners: Map<string, DemoOwner>,
  moderatorId: string,
): Promise<void> {
  const context: SeedContext = { manager, moderatorId, now: Date.now() };
  await seedSocieties(context, owners);
  for (const [index, [email, input]] of ACHIEVEMENTS.entries())
    await seedPosting(context, ACHIEVEMENT_KIND, CreateAchievementDto, ownerOf(owners, email), input, index);
  for (const [index, [email, input]] of PROJECTS.entries())
    await seedPosting(context, PROJECT_KIND, CreateProjectDto, ownerOf(owners, email), input, index);
  for (const [index, [email, input]] of FINANCING_OFFERS.entries())
    await seedPosting(
      context,
      FINANCING_OFFER_KIND,
      CreateFinancingOfferDto,
      ownerOf(owners, email),
      input,
      index,
    );
}
