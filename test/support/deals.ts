import request from 'supertest';
import { chinaToday } from '#deals';
import type { TestApp } from './app-harness.js';
import { createDemand, publishDemand, verifyOrganization, type SignedInUser } from './http.js';

/** A date `days` before today in Beijing, the calendar deals are dated by. */
export const daysAgo = (days: number): string => chinaToday(new Date(Date.now() - days * 86_400_000));

export const as = (user: SignedInUser, organizationId?: string) => ({
  authorization: `Bearer ${user.token}`,
  ...(organizationId ? { 'x-organization-id': organizationId } : {}),
});

/** A valid body for POST /deals: a signed 技术转让 contract between the source's two parties. */
export function dealBody(
  source: { sourceType: string; sourceId: string },
  buyerOrganizationId: string,
  sellerOrganizationId: string,
  patch: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    ...source,
    buyerOrganizationId,
    sellerOrganizationId,
    kind: 'tech-transfer',
    projectName: '动力电池热失控预警技术转让',
    contractValueWan: 120,
    techTransactionWan: 100,
    signedOn: daysAgo(3),
    termMonths: 24,
    techField: 'EV-BATTERY',
    ipType: 'patent',
    stage: 'signed',
    ...patch,
  };
}

/**
 * A 揭榜挂帅 award between two organizations, through the real API: the buyer publishes a demand and opens
 * a call, the seller (verified) submits a proposal, the buyer awards it. Returns the awarded proposal's id.
 */
export async function awardBetween(
  app: TestApp,
  buyer: { user: SignedInUser; org: string },
  seller: { user: SignedInUser; org: string },
  moderator: SignedInUser,
): Promise<string> {
  const api = () => request(app.baseUrl);
  const demandId = await createDemand(app, buyer.user, buyer.org);
  await publishDemand(app, buyer.user, moderator, demandId);
  await verifyOrganization(app, seller.org);
  await api()
    .post(`/api/v1/demands/${demandId}/challenge`)
    .set(as(buyer.user, buyer.org))
    .send({
      awardWan: 300,
      deadline: chinaToday(new Date(Date.now() + 30 * 86_400_000)),
      criteria: [{ name: '技术先进性', weight: 100 }],
    })
    .expect(201);
  const proposal = await api()
    .post(`/api/v1/demands/${demandId}/challenge/proposals`)
    .set(as(seller.user, seller.org))
    .send({
      summary: '包覆改性方案',
      approach: '原子层沉积包覆',
      team: '教授 1 名',
      costWan: 120,
      durationDays: 180,
    })
    .expect(201);
  await api()
    .post(`/api/v1/demands/${demandId}/challenge/proposals/${proposal.body.id as string}/award`)
    .set(as(buyer.user, buyer.org))
    .expect(200);
  return proposal.body.id as string;
}
