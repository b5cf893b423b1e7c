import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import request from 'supertest';
import { digestDate, DigestService } from '#notifications';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import { BATTERY_ACHIEVEMENT, batteryDemand, markedConfidentialDemand } from '../support/battery-match.js';
import {
  CATALOGUE_KINDS,
  createPosting,
  publishPosting,
  type CatalogueKindName,
} from '../support/catalogue.js';
import {
  createDemand,
  publishDemand,
  verifyOrganization,
  type Party,
  type SignedInUser,
} from '../support/http.js';
import { moderatorOf, party } from '../support/factories.js';
import { eventually } from '../support/search.js';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver.js';

/**
 * Issue 14: confidential means confidential everywhere. Every hidden field of a confidential posting of
 * each kind carries a unique marker; an outside organization (`outsider`, no grant) then drives every
 * route, job and channel that could carry them sideways — matching in both directions, search with
 * filters and facets, suggest, lists with every filter, saved searches, digests, conversations,
 * notifications, emails, webhooks and the process's logs — and no marker may reach it anywhere. A grant
 * then shows them where they belong, and a revocation hides them again.
 *
 * The matches scanned are those a confidential posting's own matching job makes with the outsider's
 * public postings, in both directions (a confidential demand against supply, confidential supply against
 * demands), and those the outsider's postings make with confidential demands, which retrieval proposes
 * as candidates (confidential supply it does not propose).
 */
const MARKERS = {
  demand: { description: 'ZQXDDESC', keyword: 'ZQXDKEY', contact: 'ZQXDCONTACT' },
  achievement: { abstract: 'ZQXADESC', keyword: 'ZQXAKEY', contact: 'ZQXACONTACT' },
  expert: { bio: 'ZQXXBIO', keyword: 'ZQXXKEY', email: 'zqxxmail' },
  project: {
    summary: 'ZQXJSUM',
    keyword: 'ZQXJKEY',
    useOfFunds: 'ZQXJFUNDS',
    team: 'ZQXJTEAM',
    // Not ZQXJTRACTION: search's typo correction turns an unknown word into the nearest known one, and
    // "traction" (traction battery, 动力电池) then finds every battery posting by its visible teaser.
    traction: 'ZQXJTRCN',
  },
  'financing-offer': { thesis: 'ZQXFTHESIS', contact: 'ZQXFCONTACT' },
};
/** Amounts the teaser views withhold (万元), and the place below the province. */
const BUDGET = { min: 1234.56, max: 1888.88 };
const PRICE = 2345.67;
const ASK = 3456.78;
const HIDDEN_NUMBERS = ['1234.56', '1888.88', '2345.67', '3456.78', '12345600', '23456700', '34567800'];
const DISTRICT = '320115';

const markers = Object.values(MARKERS).flatMap((fields) => Object.values(fields).map((m) => m.toLowerCase()));

let app: TestApp;
let receiver: WebhookReceiver;
let moderator: SignedInUser;
let owner: Party;
let university: Party;
let society: Party;
let startup: Party;
let investor: Party;
let outsider: Party;
const ids = {} as Record<'demand' | CatalogueKindName | 'outsiderDemand' | 'outsiderAchievement', string>;
/** Every answer, email, webhook body and log line the outsider's scan saw, by where it came from. */
const seen: { where: string; text: string }[] = [];
const logLines: string[] = [];

const api = () => request(app.baseUrl);
const as = (party: Party) => ({
  Authorization: `Bearer ${party.user.token}`,
  'X-Organization-Id': party.org,
});

/** GET as the party, recording the answer for the scan. */
async function read(party: Party, path: string, query: Record<string, unknown> = {}): Promise<unknown> {
  const response = await api().get(path).query(query).set(as(party)).expect(200);
  seen.push({ where: `${path} ${JSON.stringify(query)}`, text: JSON.stringify(response.body) });
  return response.body;
}

function leaksIn(texts: { where: string; text: string }[]): string[] {
  return texts.flatMap(({ where, text }) => {
    const lower = text.toLowerCase();
    return [...markers, ...HIDDEN_NUMBERS]
      .filter((marker) => lower.includes(marker))
      .map((marker) => `${marker} in ${where}`);
  });
}

/** The logger's own stream: every line the api and worker log in this process passes through it. */
function captureLogs(): void {
  const logger = app.api.getHttpAdapter().getInstance().log as unknown as Record<symbol, unknown>;
  const stream = logger[pino.symbols.streamSym] as { write(chunk: string): boolean };
  // Kept for the scan rather than printed: at level info they would flood the test's output.
  stream.write = (chunk: string) => {
    logLines.push(chunk);
    return true;
  };
}

async function confidential(kind: CatalogueKindName, party: Party, patch: Record<string, unknown>) {
  ids[kind] = await createPosting(app, kind, party.user, party.org, {
    visibility: 'confidential',
    teaser: '动力电池安全方向（保密）',
    ...patch,
  });
  await publishPosting(app, kind, party.user, moderator, ids[kind]);
}

interface MatchView {
  id: string;
  candidateId: string;
  reasons: string[];
  warnings: string[];
  features: Record<string, number | null>;
}

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  app = await startTestApp({ env: { WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true', LOG_LEVEL: 'info' } });
  captureLogs();
  moderator = await moderatorOf(app);
  owner = await party(app, 'enterprise');
  university = await party(app, 'university');
  society = await party(app, 'society');
  startup = await party(app, 'enterprise');
  investor = await party(app, 'investor');
  outsider = await party(app, 'enterprise');
  await verifyOrganization(app, outsider.org);

  // The outsider listens everywhere before anything confidential is published.
  await api()
    .post('/api/v1/webhooks')
    .set(as(outsider))
    .send({ url: receiver.url('/outsider') })
    .expect(201);
  for (const [name, filters] of [
    ['budget-probe', { amountMinWan: 1234, amountMaxWan: 1889 }],
    ['district-probe', { regionCode: DISTRICT }],
    ['province-fits', { regionCode: '320000' }],
  ] as const) {
    await api()
      .post('/api/v1/subscriptions')
      .set(as(outsider))
      .send({ name, q: '电池', kind: 'demand', ...filters })
      .expect(201);
  }
  // Its public postings, which the confidential ones are matched against.
  ids.outsiderDemand = await createDemand(app, outsider.user, outsider.org, {
    ...batteryDemand('储能电池热失控预警需求'),
    regionCode: '320505',
  });
  await publishDemand(app, outsider.user, moderator, ids.outsiderDemand);
  ids.outsiderAchievement = await createPosting(app, 'achievement', outsider.user, outsider.org, {
    ...BATTERY_ACHIEVEMENT,
    priceWan: 1500,
    regionCode: DISTRICT,
  });
  await publishPosting(app, 'achievement', outsider.user, moderator, ids.outsiderAchievement);

  // One confidential posting of every kind, each hidden field marked.
  ids.demand = await createDemand(
    app,
    owner.user,
    owner.org,
    markedConfidentialDemand(MARKERS.demand, BUDGET, DISTRICT),
  );
  await publishDemand(app, owner.user, moderator, ids.demand);
  await confidential('achievement', university, {
    ...BATTERY_ACHIEVEMENT,
    abstract: `${BATTERY_ACHIEVEMENT.abstract}${MARKERS.achievement.abstract}`,
    keywords: ['热失控', MARKERS.achievement.keyword],
    contact: { name: MARKERS.achievement.contact, email: 'tto@example.edu.cn' },
    priceWan: PRICE,
    regionCode: '320111',
  });
  await confidential('expert', society, {
    bio: `长期从事动力电池热失控防护研究。${MARKERS.expert.bio}`,
    keywords: ['热失控', MARKERS.expert.keyword],
    email: `${MARKERS.expert.email}@example.com`,
    regionCode: '320106',
    regionCodesServed: [],
  });
  await confidential('project', startup, {
    title: '动力电池热失控预警系统产业化',
    summary: `电池包热失控早期预警系统产业化。${MARKERS.project.summary}`,
    fields: ['EV-BATTERY'],
    keywords: ['热失控', MARKERS.project.keyword],
    amountSoughtWan: ASK,
    useOfFunds: MARKERS.project.useOfFunds,
    team: MARKERS.project.team,
    traction: MARKERS.project.traction,
    regionCode: '320104',
  });
  await confidential('financing-offer', investor, {
    title: '新能源汽车电池产业基金',
    sectors: ['EV'],
    thesis: `投资动力电池安全与热失控预警。${MARKERS['financing-offer'].thesis}`,
    contact: { name: MARKERS['financing-offer'].contact, phone: '025-87654321' },
  });
}, 120_000);

afterAll(async () => {
  await receiver?.close();
  await app?.close();
});

let conversationId: string;
let ownerName: string;
const counterpartSeenByOutsider = async () =>
  (await api().get(`/api/v1/conversations/${conversationId}`).set(as(outsider)).expect(200)).body.counterpart;

describe('an organization without a grant', () => {
  let demandMatch: MatchView;

  it('reads matches with confidential postings in both directions without their hidden facts', async () => {
    // A confidential demand's own matching job reaches the outsider's public achievement…
    demandMatch = await eventually(async () => {
      const inbox = (await read(outsider, '/api/v1/matches')) as MatchView[];
      const found = inbox.find((m) => m.candidateId === ids.demand);
      expect(found).toBeDefined();
      return found!;
    });
    // …and the confidential supply's jobs reach its public demand.
    const fromDemand = await eventually(async () => {
      const list = (await read(outsider, `/api/v1/demands/${ids.outsiderDemand}/matches`)) as {
        items: MatchView[];
      };
      expect(list.items.map((m) => m.candidateId)).toEqual(
        expect.arrayContaining([ids.achievement, ids.expert]),
      );
      return list.items;
    });
    await read(outsider, `/api/v1/achievements/${ids.outsiderAchievement}/matches`);
    for (const match of [demandMatch, ...fromDemand]) {
      await read(outsider, `/api/v1/matches/${match.id}`);
      await api().get(`/api/v1/matches/${match.id}`).set(as(outsider)).set('accept-language', 'en');
    }
    // Nothing derived from a hidden field either: no budget fit, no keyword or text, no patents, no city.
    expect(demandMatch.features).toMatchObject({ text: null, keywords: null });
    expect(demandMatch.features.budget ?? null).toBeNull();
    expect(demandMatch.reasons.join()).not.toMatch(/热失控|锂离子电池|预算|南京/);
    const achievementMatch = fromDemand.find((m) => m.candidateId === ids.achievement)!;
    expect(achievementMatch.features.trackRecord ?? null).toBeNull();
    expect(achievementMatch.reasons.join()).not.toMatch(/专利|万元/);
  });

  it('finds confidential postings in lists and search by their teaser values only', async () => {
    const demandIds = async (query: Record<string, unknown>) =>
      ((await read(outsider, '/api/v1/demands', query)) as { items: { id: string }[] }).items.map(
        (d) => d.id,
      );
    expect(await demandIds({ regionCode: '320000' })).toContain(ids.demand);
    expect(await demandIds({ regionCode: DISTRICT })).not.toContain(ids.demand);
    expect(await demandIds({ regionCode: '320100' })).not.toContain(ids.demand);
    for (const query of [
      { category: 'chokepoint' },
      { industryCode: '38' },
      { field: 'EV-BATTERY' },
      { q: '电池' },
      { sort: 'views' },
      { sort: 'deadline' },
    ])
      await demandIds(query);
    // The owner still filters its own demand by where it really is.
    const own = await api().get('/api/v1/demands').query({ regionCode: DISTRICT }).set(as(owner)).expect(200);
    expect((own.body as { items: { id: string }[] }).items.map((d) => d.id)).toContain(ids.demand);

    const listed = async (kind: CatalogueKindName, query: Record<string, unknown>) =>
      (
        (await read(outsider, `/api/v1/${CATALOGUE_KINDS[kind].path}`, query)) as { items: { id: string }[] }
      ).items.map((p) => p.id);
    expect(await listed('project', {})).toContain(ids.project);
    expect(await listed('project', { amountMinWan: 3000, amountMaxWan: 4000 })).not.toContain(ids.project);
    expect(await listed('project', { regionCode: '320104' })).not.toContain(ids.project);
    expect(await listed('achievement', { regionCode: '320111' })).not.toContain(ids.achievement);
    expect(await listed('achievement', { regionCode: '320000' })).toContain(ids.achievement);
    expect(await listed('expert', { regionCode: '320106' })).not.toContain(ids.expert);
    expect(await listed('expert', { regionCode: '320000' })).toContain(ids.expert);
    for (const [kind, query] of [
      ['achievement', { field: 'EV-BATTERY', trlMin: 5, maturity: 'pilot', q: '电池' }],
      ['expert', { field: 'EV-BATTERY', availability: 'available', q: '电池' }],
      ['project', { field: 'EV-BATTERY', stage: 'a', q: '电池' }],
      ['financing-offer', { field: 'EV', amountWan: 500, regionCode: '320000', q: '电池' }],
    ] as const)
      await listed(kind, query);
    for (const kind of Object.keys(CATALOGUE_KINDS) as CatalogueKindName[])
      await read(outsider, `/api/v1/${CATALOGUE_KINDS[kind].path}/${ids[kind]}`);
    await read(outsider, `/api/v1/demands/${ids.demand}`);
    await api().get(`/api/v1/demands/${ids.demand}/challenge`).set(as(outsider)).expect(404);

    const searched = async (query: Record<string, unknown>) => {
      const answer = (await read(outsider, '/api/v1/search', query)) as {
        hits: { id: string }[];
        facets: Record<string, { value: string; count: number }[]>;
      };
      return { ids: answer.hits.map((h) => h.id), facets: answer.facets };
    };
    const all = await searched({ q: '电池', kind: 'demand' });
    expect(all.ids).toContain(ids.demand);
    expect(
      (await searched({ q: '电池', kind: 'demand', amountMinWan: 1234, amountMaxWan: 1889 })).ids,
    ).not.toContain(ids.demand);
    expect((await searched({ q: '电池', kind: 'demand', regionCode: DISTRICT })).ids).not.toContain(
      ids.demand,
    );
    expect(all.facets.amount?.find((bucket) => bucket.value === '1000+')).toBeUndefined();
    for (const query of [
      { q: '电池', regionCode: '320000' },
      { q: '电池', kind: 'project', amountMinWan: 3000 },
      { q: '电池', kind: 'achievement', trlMin: 5 },
      { q: '电池', sort: 'budget' },
    ])
      await searched(query);
    // Searching for a marker finds nothing (not recorded: the answer echoes the query's words).
    for (const marker of markers) {
      const answer = await api().get('/api/v1/search').query({ q: marker }).set(as(outsider)).expect(200);
      expect((answer.body as { hits: unknown[] }).hits).toEqual([]);
    }
    await read(outsider, '/api/v1/search/suggest', { q: '动力电池' });
  });

  it('hears of saved-search hits only on what the teaser shows', async () => {
    const notifications = await eventually(async () => {
      const body = (await read(outsider, '/api/v1/notifications')) as {
        items: { title: string; body: string }[];
      };
      const text = JSON.stringify(body);
      expect(text).toContain('province-fits');
      return text;
    });
    expect(notifications).not.toContain('budget-probe');
    expect(notifications).not.toContain('district-probe');
  });

  it('talks to the owner of a confidential demand without learning who it is', async () => {
    const contacted = await api()
      .post(`/api/v1/matches/${demandMatch.id}/contact`)
      .set(as(outsider))
      .send({ message: '您好，我们的成果可能适合贵方需求。' })
      .expect(200);
    conversationId = contacted.body.conversationId as string;
    seen.push({ where: 'contact', text: JSON.stringify(contacted.body) });
    ownerName = (await api().get(`/api/v1/organizations/${owner.org}`).set(as(owner)).expect(200)).body
      .name as string;
    const detail = (await read(outsider, `/api/v1/conversations/${conversationId}`)) as {
      counterpart: { id: string | null; name: string | null; disclosed: boolean };
    };
    expect(detail.counterpart).toEqual({ id: null, name: null, disclosed: false });
    const list = JSON.stringify(await read(outsider, '/api/v1/conversations'));
    await read(outsider, `/api/v1/conversations/${conversationId}/messages`);
    expect(list).not.toContain(ownerName);
    expect(list).not.toContain(owner.org);
    expect(JSON.stringify(detail)).not.toContain(ownerName);

    // The owner sees who wrote.
    const ownerView = await api().get(`/api/v1/conversations/${conversationId}`).set(as(owner)).expect(200);
    expect(ownerView.body.counterpart).toMatchObject({ id: outsider.org, disclosed: true });
  });

  it('finds no marker in anything it read, was sent, received by webhook, or that was logged', async () => {
    // The daily digest of its saved-search hits.
    const digests = app.worker!.get(DigestService);
    await digests.send(
      { userId: outsider.user.id, email: outsider.user.email },
      digestDate(new Date(), app.config.DIGEST_TIMEZONE),
    );
    await eventually(async () => {
      expect(app.mailbox.messages.some((m) => m.to.includes(outsider.user.email))).toBe(true);
      expect(receiver.received.length).toBeGreaterThan(0);
    });
    await read(outsider, '/api/v1/notifications');
    const mails = app.mailbox.messages
      .filter((m) => m.to.includes(outsider.user.email))
      .map((m) => ({ where: `email ${m.subject}`, text: `${m.subject}\n${m.text}\n${m.html}` }));
    expect(mails.length).toBeGreaterThan(0);
    const hooks = receiver.received.map((hit) => ({ where: `webhook ${hit.path}`, text: hit.body }));
    const logs = logLines.map((line) => ({ where: 'log', text: line }));
    expect(logLines.length).toBeGreaterThan(0);
    expect(leaksIn([...seen, ...mails, ...hooks, ...logs])).toEqual([]);
  });
});

describe('a grant, then a revocation', () => {
  let requestId: string;

  it('shows the hidden fields and the full reasons once the owner grants access', async () => {
    const requested = await api()
      .post(`/api/v1/demands/${ids.demand}/access-requests`)
      .set(as(outsider))
      .send({ ndaAccepted: true })
      .expect(201);
    requestId = requested.body.id as string;
    await api()
      .post(`/api/v1/demands/${ids.demand}/access-requests/${requestId}/grant`)
      .set(as(owner))
      .expect(200);
    const demand = await api().get(`/api/v1/demands/${ids.demand}`).set(as(outsider)).expect(200);
    expect(demand.body.description).toContain(MARKERS.demand.description);
    expect(demand.body.keywords).toContain(MARKERS.demand.keyword);
    const inbox = (await api().get('/api/v1/matches').set(as(outsider)).expect(200)).body as MatchView[];
    const match = inbox.find((m) => m.candidateId === ids.demand)!;
    expect(match.reasons.join('；')).toContain('1500 万元在预算 1234.56–1888.88 万元内');
    expect(match.features.budget).toBe(1);
    expect(match.features.text).toBeGreaterThan(0);
    const list = await api()
      .get('/api/v1/demands')
      .query({ regionCode: DISTRICT })
      .set(as(outsider))
      .expect(200);
    expect((list.body as { items: { id: string }[] }).items.map((d) => d.id)).toContain(ids.demand);
    // The grant discloses the owner in the conversation too.
    expect(await counterpartSeenByOutsider()).toEqual({ id: owner.org, name: ownerName, disclosed: true });
  });

  it('hides them again when the grant is revoked', async () => {
    await api()
      .post(`/api/v1/demands/${ids.demand}/access-requests/${requestId}/revoke`)
      .set(as(owner))
      .expect(200);
    const inbox = (await api().get('/api/v1/matches').set(as(outsider)).expect(200)).body as MatchView[];
    const match = inbox.find((m) => m.candidateId === ids.demand)!;
    expect(JSON.stringify(match)).not.toMatch(/1234\.56|1888\.88/);
    expect(match.features.text).toBeNull();
    const demand = await api().get(`/api/v1/demands/${ids.demand}`).set(as(outsider)).expect(200);
    expect(demand.body.description).toBeNull();
    expect(await counterpartSeenByOutsider()).toEqual({ id: null, name: null, disclosed: false });
  });

  it('discloses the owner for good once it writes in the thread', async () => {
    await api()
      .post(`/api/v1/conversations/${conversationId}/messages`)
      .set(as(owner))
      .send({ body: '欢迎，请先签署保密协议。' })
      .expect(201);
    expect(await counterpartSeenByOutsider()).toEqual({ id: owner.org, name: ownerName, disclosed: true });
    const list = (await api().get('/api/v1/conversations').set(as(outsider)).expect(200)).body as {
      counterpart: unknown;
    }[];
    expect(list[0]!.counterpart).toEqual({ id: owner.org, name: ownerName, disclosed: true });
  });
});
