import { regionName, techFieldName } from '#core';
import type { Breakdown } from './figures.js';

// The Chinese names the national technical-market statistics print; the web app has its own in its i18n.
const KINDS: Record<string, string> = {
  'tech-development': '技术开发',
  'tech-transfer': '技术转让',
  'tech-license': '技术许可',
  'tech-consulting': '技术咨询',
  'tech-service': '技术服务',
};
const SELLER_TYPES: Record<string, string> = {
  enterprise: '企业',
  society: '学会',
  university: '高等院校、科研机构',
  investor: '投资机构',
  service_agency: '服务机构',
  organizer: '政府部门、科协',
};
const IP_TYPES: Record<string, string> = {
  patent: '专利',
  'technical-secret': '技术秘密',
  'software-copyright': '软件著作权',
  'ic-layout': '集成电路布图设计',
  'plant-variety': '植物新品种',
  none: '未涉及',
};

/** How a breakdown's key reads in an Excel or PDF report. */
export function breakdownLabel(dimension: Breakdown, key: string): string {
  switch (dimension) {
    case 'kind':
      return KINDS[key] ?? key;
    case 'seller-type':
      return SELLER_TYPES[key] ?? key;
    case 'ip-type':
      return IP_TYPES[key] ?? key;
    case 'tech-field':
      return key === 'none' ? '未填技术领域' : (techFieldName(key) ?? key);
    default:
      return regionName(key) ?? key;
  }
}

/** The breakdowns' titles in a report. */
export const BREAKDOWN_TITLES: Record<Breakdown, string> = {
  kind: '按合同类型',
  'tech-field': '按技术领域',
  'seller-type': '按卖方类型',
  'ip-type': '按知识产权类型',
  'seller-region': '按技术输出地（市）',
  'buyer-region': '按技术吸纳地（省）',
};
