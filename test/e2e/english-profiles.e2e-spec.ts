import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import { BATTERY_DEMAND, matchBetween } from '../support/battery-match.js';
import { party, publishedPosting } from '../support/factories.js';
import type { Party } from '../support/http.js';

/**
 * Issue 16's English pass for experts, societies and financing offers: asked in English, everything the
 * platform names itself (regions, technology fields, match reasons with their amounts) comes back in
 * English; only what users typed (names, titles, bios) stays as written. The same reads in Chinese show
 * the Chinese names, so the checks see the language switch rather than data that happens to be ASCII.
 */
let app: TestApp;
let society: Party;
let investor: Party;
let enterprise: Party;
let stationId: string;
let expertId: string;
let offerId: string;
let projectId: string;

const HAN = /\p{Script=Han}/u;
const api = () => request(app.baseUrl);

/** A read as `who` (or anonymously) in `lang`. */
async function read(path: string, lang: 'en' | 'zh-CN', who?: Party) {
  const call = api().get(path).set('accept-language', lang);
  if (who) call.set('authorization', `Bearer ${who.user.token}`).set('x-organization-id', who.org);
  return (await call.expect(200)).body;
}

/** The strings among `values` that hold Chinese characters: none is what an English answer has. */
const chinese = (values: readonly unknown[]) =>
  values.flat().filter((value) => typeof value === 'string' && HAN.test(value));

interface MatchList {
  items: { candidateId: string; reasons: string[]; warnings: string[] }[];
}

beforeAll(async () => {
  app = await startTestApp();
  society = await party(app, 'society', { name: '英文测试汽车工程学会', verified: true });
  investor = await party(app, 'investor', { name: '英文测试创投', verified: true });
  enterprise = await party(app, 'enterprise', { name: '英文测试视觉科技', verified: true });
  await api()
    .patch(`/api/v1/societies/${society.org}`)
    .set('authorization', `Bearer ${society.user.token}`)
    .send({ fields: ['EV', 'EV-BATTERY'] })
    .expect(200);
  stationId = (
    await api()
      .post(`/api/v1/societies/${society.org}/stations`)
      .set('authorization', `Bearer ${society.user.token}`)
      .send({ name: '常州服务站', regionCode: '320402', contactName: '钱工' })
      .expect(201)
  ).body.id;
  // Based in Tianjin, serving Jiangsu: the battery demand (Nanjing) matches it.
  ({ id: expertId } = await publishedPosting(app, 'expert', {
    owner: society,
    body: { stationId, regionCode: '120116', regionCodesServed: ['320000', '310000'] },
  }));
  ({ id: offerId } = await publishedPosting(app, 'financing-offer', {
    owner: investor,
    body: { regionCodes: ['320000', '330100'], ticketMinWan: 60, ticketMaxWan: 150 },
  }));
  ({ id: projectId } = await publishedPosting(app, 'project', {
    owner: enterprise,
    body: { regionCode: '320115', amountSoughtWan: 100, stage: 'a' },
  }));
  const { id: demandId } = await publishedPosting(app, 'demand', { body: BATTERY_DEMAND });
  await matchBetween(app, demandId, expertId);
  await matchBetween(app, projectId, offerId);
});

afterAll(async () => {
  await app.close();
});

describe('experts in English', () => {
  it('name the region, the regions served and the fields in English, in the list and the profile', async () => {
    const profile = await read(`/api/v1/experts/${expertId}`, 'en');
    expect(profile).toMatchObject({
      regionName: 'Binhai New Area, Tianjin',
      regionNamesServed: ['Jiangsu', 'Shanghai'],
      name: '张建国',
    });
    expect(chinese([profile.regionName, profile.regionNamesServed, profile.fieldNames])).toEqual([]);
    const list = await read(`/api/v1/experts?societyId=${society.org}`, 'en');
    const item = list.items.find((expert: { id: string }) => expert.id === expertId);
    expect(chinese([item.regionName, item.fieldNames])).toEqual([]);

    const zh = await read(`/api/v1/experts/${expertId}`, 'zh-CN');
    expect(zh.regionNamesServed).toEqual(['江苏省', '上海市']);
    expect(zh.fieldNames.join('')).toMatch(HAN);
  });

  it('explain their matches in English', async () => {
    const matches: MatchList = await read(`/api/v1/experts/${expertId}/matches`, 'en', society);
    expect(matches.items.length).toBeGreaterThan(0);
    for (const match of matches.items) {
      expect(match.reasons.length).toBeGreaterThan(0);
      expect(chinese([match.reasons, match.warnings])).toEqual([]);
    }
    const zh: MatchList = await read(`/api/v1/experts/${expertId}/matches`, 'zh-CN', society);
    expect(zh.items[0]!.reasons.join('')).toMatch(HAN);
  });
});

describe('societies in English', () => {
  it('name the society’s and its stations’ regions and its fields in English', async () => {
    const detail = await read(`/api/v1/societies/${society.org}`, 'en');
    expect(detail.stations).toEqual([
      expect.objectContaining({
        id: stationId,
        name: '常州服务站',
        regionName: 'Tianning District, Changzhou, Jiangsu',
      }),
    ]);
    expect(
      chinese([
        detail.regionName,
        detail.fieldNames,
        ...detail.stations.map((s: { regionName: string }) => s.regionName),
      ]),
    ).toEqual([]);
    const list = await read('/api/v1/societies?q=英文测试', 'en');
    expect(list.items).toHaveLength(1);
    expect(chinese([list.items[0].regionName, list.items[0].fieldNames])).toEqual([]);

    const zh = await read(`/api/v1/societies/${society.org}`, 'zh-CN');
    expect(zh.stations[0].regionName).toBe('江苏省 常州市 天宁区');
  });
});

describe('financing offers in English', () => {
  it('name the regions and sectors in English, in the list and the offer', async () => {
    const offer = await read(`/api/v1/financing-offers/${offerId}`, 'en');
    expect(offer).toMatchObject({
      regionNames: ['Jiangsu', 'Hangzhou, Zhejiang'],
      ticketMinWan: 60,
      ticketMaxWan: 150,
    });
    expect(chinese([offer.regionNames, offer.fieldNames])).toEqual([]);
    const list = await read(`/api/v1/financing-offers`, 'en');
    const item = list.items.find((listed: { id: string }) => listed.id === offerId);
    expect(chinese([item.regionNames, item.fieldNames])).toEqual([]);

    const zh = await read(`/api/v1/financing-offers/${offerId}`, 'zh-CN');
    expect(zh.regionNames).toEqual(['江苏省', '浙江省 杭州市']);
  });

  it('explain a match with a project in English, amounts in CNY millions, from either side', async () => {
    const fromOffer: MatchList = await read(`/api/v1/financing-offers/${offerId}/matches`, 'en', investor);
    const withProject = fromOffer.items.find((match) => match.candidateId === projectId)!;
    expect(withProject).toBeDefined();
    expect(chinese([withProject.reasons, withProject.warnings])).toEqual([]);
    // The ticket of 60–150 万元 against an ask of 100 万元, as the web writes English amounts.
    expect(withProject.reasons.join(' ')).toContain('CNY 0.6–1.5 M');
    expect(withProject.reasons.join(' ')).not.toMatch(/万|×10k/);

    const fromProject: MatchList = await read(`/api/v1/projects/${projectId}/matches`, 'en', enterprise);
    const withOffer = fromProject.items.find((match) => match.candidateId === offerId)!;
    expect(chinese([withOffer.reasons, withOffer.warnings])).toEqual([]);

    const zh: MatchList = await read(`/api/v1/financing-offers/${offerId}/matches`, 'zh-CN', investor);
    expect(zh.items.find((match) => match.candidateId === projectId)!.reasons.join('')).toContain('万元');
  });
});
