/**
 * Finding an event and its 路演 in the real web app: a visitor narrows the public list by kind and region
 * and finds the roadshow on the calendar; the organizer puts the registered project on the programme; an
 * investor participant marks it 约谈 once the event runs, and the organizer's ranking counts the mark.
 * The events, postings and registrations are made over the api; the walk itself is clicks.
 */
import { describe, expect, it } from '@jest/globals';
import request from 'supertest';
import {
  chooseFirstRegion,
  TEST_TIMEOUT,
  uniqueTag,
  useBrowserSession,
  visiblePopup,
} from '../support/browser-actions.js';
import { withScreenshots } from '../support/browser.js';
import { createPosting, publishPosting } from '../support/catalogue.js';
import { as } from '../support/deals.js';
import { chinaDate, publishedEvent, registerApproved } from '../support/events.js';
import { party, signedInPage } from '../support/factories.js';
import { grantPlatformRole, signUp } from '../support/http.js';

describe('events and their roadshow in the browser', () => {
  const session = useBrowserSession();
  const { pages } = session;

  it(
    'finds the roadshow by kind and on the calendar, sets its programme and counts an investor’s 约谈',
    () =>
      withScreenshots('event-roadshow', pages, async () => {
        const app = session.app;
        const moderator = await signUp(app);
        await grantPlatformRole(app, moderator, 'moderator');
        const organizer = await party(app, 'organizer', { verified: true });
        const investor = await party(app, 'investor', { verified: true });
        const startup = await party(app, 'enterprise', { verified: true });
        const posted = async (kind: 'project' | 'financing-offer', owner: typeof investor, title: string) => {
          const id = await createPosting(app, kind, owner.user, owner.org, { title });
          await publishPosting(app, kind, owner.user, moderator, id);
          return id;
        };
        const tag = uniqueTag();
        const projectTitle = `固态电池中试线项目 ${tag}`;
        const projectId = await posted('project', startup, projectTitle);
        const offerId = await posted('financing-offer', investor, `新能源早期股权投资 ${tag}`);
        const roadshowTitle = `江苏新能源项目路演 ${tag}`;
        const meetingsTitle = `江苏电池技术对接会 ${tag}`;
        // The roadshow is tomorrow, so the current month's calendar always shows it.
        const eventId = await publishedEvent(app, organizer, {
          title: roadshowTitle,
          kind: 'roadshow',
          days: [{ date: chinaDate(1), sessions: [{ start: '09:00', end: '12:00' }] }],
          breaks: [],
          registrationDeadline: new Date(Date.now() + 3_600_000).toISOString(),
          pairingRules: [{ a: 'project', b: 'financing-offer' }],
        });
        await publishedEvent(app, organizer, { title: meetingsTitle });
        await registerApproved(app, organizer, eventId, startup, { kind: 'project', id: projectId });
        await registerApproved(app, organizer, eventId, investor, { kind: 'financing-offer', id: offerId });
        const [{ name: startupName }] = await app.dataSource.query<{ name: string }[]>(
          'SELECT name FROM organizations WHERE id = $1',
          [startup.org],
        );

        // A visitor narrows the public list to roadshows, finds it on the calendar, then by region.
        const visitor = await session.openPage();
        await visitor.goto('/events');
        await visitor.getByText(meetingsTitle).waitFor();
        await visitor.getByLabel('活动类型').click();
        await visiblePopup(visitor, 'ant-select-dropdown').getByTitle('路演', { exact: true }).click();
        await visitor.getByText(meetingsTitle).waitFor({ state: 'detached' });
        await visitor.getByRole('link', { name: roadshowTitle }).waitFor();
        await visitor.getByTestId('event-view').getByText('日历').click();
        await visitor.getByTestId('event-calendar').getByRole('link', { name: roadshowTitle }).waitFor();
        await visitor.getByTestId('event-view').getByText('列表').click();
        // The first region of the cascader is not 江苏: neither event is there.
        await chooseFirstRegion(visitor, { label: '地区' });
        await visitor.getByRole('link', { name: roadshowTitle }).waitFor({ state: 'detached' });
        await visitor.locator('.ant-empty').waitFor();

        // The organizer puts the registered project on the programme.
        const host = await signedInPage(session, organizer.user, `/events/${eventId}`);
        await host.getByRole('tab', { name: '路演' }).click();
        const programme = host.getByTestId('event-roadshow');
        await programme.getByRole('button', { name: `+ ${projectTitle}（${startupName}）` }).click();
        await host.getByTestId('roadshow-save').click();
        await host.getByText('节目单已保存').waitFor();
        expect(
          await app.dataSource.query('SELECT project_id FROM event_roadshow_pitches WHERE event_id = $1', [
            eventId,
          ]),
        ).toEqual([{ project_id: projectId }]);

        // On the day the investor marks the pitch 约谈: a follow-up request goes to the project's side.
        for (const status of ['registration-closed', 'running'])
          await request(app.baseUrl)
            .post(`/api/v1/events/${eventId}/status`)
            .set(as(organizer.user, organizer.org))
            .send({ status })
            .expect(200);
        const fund = await signedInPage(session, investor.user, `/events/${eventId}`);
        await fund.getByRole('tab', { name: '路演' }).click();
        const pitch = fund
          .getByTestId('event-roadshow-marks')
          .getByRole('row')
          .filter({ hasText: projectTitle });
        await pitch.getByRole('button', { name: /^约\s?谈$/ }).click();
        await fund.getByText('已向项目方发出约谈邀约').waitFor();

        // The organizer's ranking counts it.
        await host.reload();
        await host.getByRole('tab', { name: '路演' }).click();
        const ranked = host
          .getByTestId('event-roadshow')
          .locator('.ant-table')
          .nth(1)
          .getByRole('row')
          .filter({ hasText: projectTitle });
        await ranked.waitFor();
        await expect(ranked.locator('td').allInnerTexts()).resolves.toEqual([
          projectTitle,
          startupName,
          '1',
          '0',
          '0',
        ]);
      }),
    TEST_TIMEOUT,
  );
});
