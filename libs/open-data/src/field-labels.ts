import type { Language } from '#core';
import type { ImportKind } from './posting-import.entity.js';

type Labels = Record<string, Record<Language, string>>;

/** Fields every kind of posting has, labelled alike on every form. */
const POSTING_LABELS: Labels = {
  fields: { 'zh-CN': '技术领域', en: 'Technology fields' },
  keywords: { 'zh-CN': '关键词', en: 'Keywords' },
  regionCode: { 'zh-CN': '所在地区', en: 'Region' },
  visibility: { 'zh-CN': '可见范围', en: 'Visibility' },
  contact: { 'zh-CN': '联系人', en: 'Contact' },
};

/**
 * The labels the web's forms give each field (apps/web i18n: `demand.*`, `achievement.*`, `posting.*`), so a
 * row error reads as the form would say it: 「最低预算」, not `budgetMinWan`. Nested fields (contact.name)
 * take the label of their first part.
 */
const LABELS: Record<ImportKind, Labels> = {
  demand: {
    ...POSTING_LABELS,
    title: { 'zh-CN': '需求名称', en: 'Title' },
    description: { 'zh-CN': '需求描述', en: 'Description' },
    category: { 'zh-CN': '需求类别', en: 'Category' },
    industryCode: { 'zh-CN': '所属行业', en: 'Industry' },
    regionRequired: { 'zh-CN': '地域要求', en: 'Local suppliers only' },
    budgetMinWan: { 'zh-CN': '最低预算', en: 'Minimum budget' },
    budgetMaxWan: { 'zh-CN': '最高预算', en: 'Maximum budget' },
    trlRequired: { 'zh-CN': '技术成熟度要求', en: 'Required readiness level' },
    deadline: { 'zh-CN': '截止日期', en: 'Deadline' },
    cooperationModes: { 'zh-CN': '合作方式', en: 'Cooperation modes' },
    teaser: { 'zh-CN': '需求摘要（公开展示）', en: 'Public summary' },
    ndaText: { 'zh-CN': '保密协议', en: 'Non-disclosure agreement' },
  },
  achievement: {
    ...POSTING_LABELS,
    title: { 'zh-CN': '成果名称', en: 'Title' },
    abstract: { 'zh-CN': '成果摘要', en: 'Abstract' },
    trl: { 'zh-CN': '技术成熟度', en: 'Technology readiness' },
    maturity: { 'zh-CN': '成果阶段', en: 'Stage' },
    transferModes: { 'zh-CN': '转化方式', en: 'Transfer modes' },
    priceWan: { 'zh-CN': '参考价格', en: 'Asking price' },
    patents: { 'zh-CN': '相关专利', en: 'Patents' },
    teaser: { 'zh-CN': '公开摘要', en: 'Public summary' },
  },
};

export function fieldLabel(kind: ImportKind, field: string, lang: Language): string {
  const top = field.split(/[.[]/)[0]!;
  return LABELS[kind][top]?.[lang] ?? field;
}
