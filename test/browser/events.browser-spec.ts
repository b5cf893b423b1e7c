/**
 * 对接会 in the real web app: the organizer of an event whose two participants agreed to meet opens the event,
 * runs the scheduler, reads the meeting placed in the slot × table grid, and checks a participant in by hand.
 */
import { describe, expect, it } from '@jest/globals';
import { TEST_TIMEOUT, useBrowserSession, visiblePopup } from '../support/browser-actions.js';
import { withScreenshots } from '../support/browser.js';
import { acceptedRequest, eventCast, eventWithParticipants } from '../support/events.js';
import { signedInPage } from '../support/factories.js';

describe('events in the browser', () => {
  const session = useBrowserSession();
  const { pages } = session;

  it(
    'lets the organizer run the schedule, see the placed meeting and check a participant in',
    () =>
      withScreenshots('events', pages, async () => {
        const app = session.app;
        const cast = await eventCast(app);
        const { eventId, universityRegistration } = await eventWithParticipants(app, cast);
        await acceptedRequest(app, cast, eventId, universityRegistration);
        const nameOf = async (org: string) =>
          (
            await app.dataSource.query<{ name: string }[]>('SELECT name FROM organizations WHERE id = $1', [
              org,
            ])
          )[0]!.name;
        const universityName = await nameOf(cast.university.org);
        const enterpriseName = await nameOf(cast.enterprise.org);

        const page = await signedInPage(session, cast.organizer.user, `/events/${eventId}`);
        await page.getByRole('tab', { name: '排期' }).click();
        await page.getByTestId('event-run-schedule').click();
        await page.getByTestId('event-placed').getByText('已安排 1 场 · 上限 1 场').waitFor();
        const grid = page.getByTestId('event-schedule-grid');
        await grid.getByText(universityName, { exact: false }).waitFor();
        const [{ placed }] = await app.dataSource.query<{ placed: string }[]>(
          'SELECT count(*) AS placed FROM event_meetings WHERE event_id = $1 AND slot_id IS NOT NULL',
          [eventId],
        );
        expect(Number(placed)).toBe(1);

        await page.getByRole('tab', { name: '签到' }).click();
        await page.getByTestId('event-check-in').locator('.ant-select').click();
        await visiblePopup(page, 'ant-select-dropdown').getByTitle(enterpriseName, { exact: true }).click();
        await page.getByText(`${enterpriseName} 已签到`).waitFor();
        const [{ checked }] = await app.dataSource.query<{ checked: number }[]>(
          'SELECT count(*)::int AS checked FROM event_check_ins WHERE event_id = $1',
          [eventId],
        );
        expect(checked).toBe(1);
      }),
    TEST_TIMEOUT,
  );
});
