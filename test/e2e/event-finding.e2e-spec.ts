import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import { party } from '../support/factories.js';
import { verifyOrganization } from '../support/http.js';
import { chinaDate, publishedEvent } from '../support/events.js';

/**
 * Finding events (GET /api/v1/events, public): by region (a province, city or county takes the events
 * under it), technology field (a field takes its subfields), kind (`both` is found under either kind) and
 * a date range (an event with any day in it); bad filter values are 400 problems with field errors.
 */
let app: TestApp;
const api = () => request(app.baseUrl);
const ids: Record<'nanjingBattery' | 'suzhouRoadshow' | 'beijingBoth', string> = {
  nanjingBattery: '',
  suzhouRoadshow: '',
  beijingBoth: '',
};

/** The titles of the events a public query finds. */
async function found(query: Record<string, string>): Promise<string[]> {
  const response = await api().get('/api/v1/events').query(query).expect(200);
  return (response.body as { id: string; title: string }[])
    .filter((event) => Object.values(ids).includes(event.id))
    .map((event) => event.title)
    .sort();
}

beforeAll(async () => {
  app = await startTestApp();
  const organizer = await party(app, 'organizer');
  await verifyOrganization(app, organizer.org);
  const on = (offset: number) => [{ date: chinaDate(offset), sessions: [{ start: '09:00', end: '12:00' }] }];
  ids.nanjingBattery = await publishedEvent(app, organizer, {
    title: 'nanjingBattery',
    regionCode: '320105',
    techFields: ['EV-BATTERY'],
    days: on(20),
  });
  ids.suzhouRoadshow = await publishedEvent(app, organizer, {
    title: 'suzhouRoadshow',
    kind: 'roadshow',
    regionCode: '320505',
    days: on(40),
  });
  ids.beijingBoth = await publishedEvent(app, organizer, {
    title: 'beijingBoth',
    kind: 'both',
    regionCode: '110108',
    techFields: ['EV'],
    days: on(60),
  });
}, 120_000);

afterAll(async () => {
  await app.close();
});

describe('finding events', () => {
  it('lists every published event without filters, with its technology fields', async () => {
    expect(await found({})).toEqual(['beijingBoth', 'nanjingBattery', 'suzhouRoadshow']);
    const one = await api().get(`/api/v1/events/${ids.nanjingBattery}`).expect(200);
    expect(one.body.techFields).toEqual(['EV-BATTERY']);
  });

  it('narrows to a province, a city or a county', async () => {
    expect(await found({ regionCode: '320000' })).toEqual(['nanjingBattery', 'suzhouRoadshow']);
    expect(await found({ regionCode: '320500' })).toEqual(['suzhouRoadshow']);
    expect(await found({ regionCode: '110108' })).toEqual(['beijingBoth']);
  });

  it('narrows to a technology field and its subfields', async () => {
    expect(await found({ techField: 'EV' })).toEqual(['beijingBoth', 'nanjingBattery']);
    expect(await found({ techField: 'EV-BATTERY' })).toEqual(['nanjingBattery']);
  });

  it('finds an event of both kinds under either kind', async () => {
    expect(await found({ kind: 'roadshow' })).toEqual(['beijingBoth', 'suzhouRoadshow']);
    expect(await found({ kind: 'one-to-one' })).toEqual(['beijingBoth', 'nanjingBattery']);
    expect(await found({ kind: 'both' })).toEqual(['beijingBoth']);
  });

  it('narrows to events with a day in the date range, either end open', async () => {
    expect(await found({ from: chinaDate(30), to: chinaDate(50) })).toEqual(['suzhouRoadshow']);
    expect(await found({ from: chinaDate(30) })).toEqual(['beijingBoth', 'suzhouRoadshow']);
    expect(await found({ to: chinaDate(20) })).toEqual(['nanjingBattery']);
    expect(await found({ kind: 'one-to-one', regionCode: '320000', from: chinaDate(30) })).toEqual([]);
  });

  it('refuses bad filter values with a field error each', async () => {
    const response = await api()
      .get('/api/v1/events')
      .query({ regionCode: '99', techField: 'NOPE', kind: 'party', from: '2027-13-01' })
      .expect(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const fields = (response.body.errors as { field: string }[]).map((error) => error.field).sort();
    expect(fields).toEqual(['from', 'kind', 'regionCode', 'techField']);
    const reversed = await api()
      .get('/api/v1/events')
      .query({ from: chinaDate(30), to: chinaDate(10) })
      .expect(400);
    expect(reversed.body.errors).toEqual([expect.objectContaining({ field: 'to', code: 'before-from' })]);
  });
});
