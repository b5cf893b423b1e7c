import type { TestApp } from './app-harness.js';
import { createPosting } from './catalogue.js';
import { daysAgo } from './deals.js';
import { signUp, type SignedInUser } from './http.js';

/** A valid body for POST /visits: a visit a few days ago with one need found. */
export function visitBody(
  enterpriseId: string,
  patch: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    enterpriseId,
    visitedOn: daysAgo(2),
    place: '南京市江宁区企业生产车间',
    peopleMet: [{ name: '王强', title: '技术总监' }],
    findings: '电芯化成工序能耗偏高，缺少在线检测手段。',
    needs: [{ title: '化成工序节能改造', description: '希望将化成能耗降低 20%，需要工艺与设备方案。' }],
    ...patch,
  };
}

export function serviceLogBody(
  enterpriseId: string,
  patch: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    enterpriseId,
    servedOn: daysAgo(1),
    task: '组织专家诊断化成工序',
    hours: 3.5,
    result: '提出两套节能方案，企业选定其一开展试验。',
    ...patch,
  };
}

export function dispatchBody(
  expertIds: string[],
  patch: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    kind: 'commissioner',
    name: '江宁区科技特派员',
    expertIds,
    regionCode: '320100',
    startsOn: daysAgo(30),
    endsOn: daysAgo(-300),
    goals: '每月走访企业不少于 4 家，帮助企业凝练技术需求。',
    ...patch,
  };
}

/**
 * An expert profile of the society and the user who claimed it (a 科技特派员 once dispatched). The
 * emailed claim is covered by experts.e2e-spec; here the claim is written directly.
 */
export async function claimedExpert(
  app: TestApp,
  societyOwner: SignedInUser,
  societyId: string,
): Promise<{ expertId: string; user: SignedInUser }> {
  const user = await signUp(app);
  const expertId = await createPosting(app, 'expert', societyOwner, societyId, { email: user.email });
  await app.dataSource.query('UPDATE experts SET claimed_by = $1 WHERE id = $2', [user.id, expertId]);
  return { expertId, user };
}
