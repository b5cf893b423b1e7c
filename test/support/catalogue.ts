import request from 'supertest';
import type { TestApp } from './app-harness.js';
import type { SignedInUser } from './http.js';

/** The catalogue kinds that share the generic workflow, with a valid body and owner type for each. */
export const CATALOGUE_KINDS = {
  expert: {
    path: 'experts',
    /** The free-text field a confidential posting keeps from strangers. */
    bodyField: 'bio',
    ownerType: 'society',
    label: 'name',
    body: (patch: Record<string, unknown> = {}) => ({
      name: '张建国',
      title: '教授级高级工程师',
      affiliation: '中国汽车技术研究中心',
      fields: ['EV-BATTERY'],
      keywords: ['动力电池', '热管理'],
      regionCode: '120116',
      regionCodesServed: ['320000'],
      serviceModes: ['consulting', 'diagnosis'],
      availability: 'available',
      isCommissioner: true,
      bio: '长期从事动力电池系统安全与热失控防护研究，主持国家重点研发计划项目两项。',
      email: `expert-${Math.random().toString(36).slice(2)}@example.com`,
      phone: '022-12345678',
      visibility: 'public',
      ...patch,
    }),
  },
  achievement: {
    path: 'achievements',
    /** The free-text field a confidential posting keeps from strangers. */
    bodyField: 'abstract',
    label: 'title',
    ownerType: 'university',
    body: (patch: Record<string, unknown> = {}) => ({
      title: '固态电解质界面原子层沉积改性技术',
      abstract: '通过原子层沉积在高镍正极表面构筑均匀包覆层，循环 1000 次容量保持率提升至 92%。',
      fields: ['EV-BATTERY'],
      keywords: ['固态电池', '原子层沉积'],
      trl: 6,
      maturity: 'pilot',
      transferModes: ['licensing', 'co-development'],
      priceWan: 300,
      regionCode: '320111',
      patents: [{ number: 'ZL202110123456.7', type: 'invention', status: 'granted' }],
      contact: { name: '李老师', email: 'tto@example.edu.cn' },
      visibility: 'public',
      ...patch,
    }),
  },
  project: {
    path: 'projects',
    /** The free-text field a confidential posting keeps from strangers. */
    bodyField: 'summary',
    label: 'title',
    ownerType: 'enterprise',
    body: (patch: Record<string, unknown> = {}) => ({
      title: '工业视觉缺陷检测平台',
      summary: '面向 3C 制造的深度学习视觉检测系统，已在 12 条产线部署，误检率低于 0.5%。',
      fields: ['IT-AI'],
      keywords: ['机器视觉', '缺陷检测'],
      stage: 'a',
      amountSoughtWan: 3000,
      useOfFunds: '研发 50%，市场 30%，产能 20%',
      team: '创始团队来自浙江大学与海康威视',
      traction: '2025 年营收 4200 万元',
      regionCode: '330106',
      visibility: 'registered',
      ...patch,
    }),
  },
  'financing-offer': {
    path: 'financing-offers',
    /** The free-text field a confidential posting keeps from strangers. */
    bodyField: 'thesis',
    label: 'title',
    ownerType: 'investor',
    body: (patch: Record<string, unknown> = {}) => ({
      title: '科技型中小企业知识产权质押贷',
      instrument: 'tech-loan',
      sectors: ['EV', 'IT-AI'],
      stages: ['angel', 'a', 'b'],
      ticketMinWan: 100,
      ticketMaxWan: 2000,
      regionCodes: ['320000'],
      thesis: '支持拥有发明专利的高新技术企业，以专利质押提供最长三年的信用贷款。',
      contact: { name: '赵经理', phone: '025-87654321' },
      visibility: 'public',
      ...patch,
    }),
  },
} as const;

export type CatalogueKindName = keyof typeof CATALOGUE_KINDS;

/** Creates a posting of `kind` as `user` acting for `organizationId`; returns its id. */
export async function createPosting(
  app: TestApp,
  kind: CatalogueKindName,
  user: SignedInUser,
  organizationId: string,
  patch: Record<string, unknown> = {},
): Promise<string> {
  const response = await request(app.baseUrl)
    .post(`/api/v1/${CATALOGUE_KINDS[kind].path}`)
    .auth(user.token, { type: 'bearer' })
    .set('x-organization-id', organizationId)
    .send(CATALOGUE_KINDS[kind].body(patch))
    .expect(201);
  return response.body.id as string;
}

/** Submits (as the owner) and publishes (as a moderator) a posting through the real workflow. */
export async function publishPosting(
  app: TestApp,
  kind: CatalogueKindName,
  owner: SignedInUser,
  moderator: SignedInUser,
  id: string,
): Promise<void> {
  const path = CATALOGUE_KINDS[kind].path;
  await request(app.baseUrl)
    .post(`/api/v1/${path}/${id}/submit`)
    .auth(owner.token, { type: 'bearer' })
    .expect(200);
  await request(app.baseUrl)
    .post(`/api/v1/${path}/${id}/publish`)
    .auth(moderator.token, { type: 'bearer' })
    .expect(200);
}
