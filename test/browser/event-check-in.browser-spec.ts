/**
 * The steward's phone page for check-in (`/events/{id}/check-in`), in a browser whose camera is a fake
 * one showing a participant's QR code: the page opened by a scanned code's URL checks that participant
 * in, and the page's own scanner then reads the next participant's code from the camera and checks it in
 * too — the QR decoder (WebAssembly) loads from our own origin under the Content-Security-Policy.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { TEST_TIMEOUT, useBrowserSession } from '../support/browser-actions.js';
import { withScreenshots } from '../support/browser.js';
import { as } from '../support/deals.js';
import { eventCast, eventWithParticipants } from '../support/events.js';
import { fakeCameraArgs, writeQrVideo } from '../support/fake-camera.js';
import { signedInPage } from '../support/factories.js';
import type { Party } from '../support/http.js';
import { eventually } from '../support/search.js';

const cameraVideo = path.join(tmpdir(), `duijie-check-in-camera-${process.pid}.y4m`);

describe('the check-in page on a steward’s phone', () => {
  const session = useBrowserSession({}, fakeCameraArgs(cameraVideo));
  afterAll(() => rm(cameraVideo, { force: true }));

  it(
    'checks in the participant whose code opened it, then the next one its camera reads',
    () =>
      withScreenshots('event-check-in', session.pages, async () => {
        const { app } = session;
        const cast = await eventCast(app);
        const { eventId, enterpriseRegistration, universityRegistration } = await eventWithParticipants(
          app,
          cast,
        );
        const code = async (participant: Party) =>
          (
            await request(app.baseUrl)
              .get(`/api/v1/events/${eventId}/check-in-code`)
              .set(as(participant.user, participant.org))
              .expect(200)
          ).body as { url: string };
        const name = async (party: Party) =>
          (
            await app.dataSource.query<{ name: string }[]>('SELECT name FROM organizations WHERE id = $1', [
              party.org,
            ])
          )[0]!.name;
        const checkedIn = () =>
          app.dataSource.query<{ registration_id: string; method: string }[]>(
            'SELECT registration_id, method FROM event_check_ins WHERE event_id = $1 ORDER BY checked_in_at',
            [eventId],
          );

        // The phone's own camera app opened the enterprise's code: its URL carries the token.
        const opened = new URL((await code(cast.enterprise)).url);
        const phone = await signedInPage(session, cast.organizer.user, `${opened.pathname}${opened.hash}`);
        await phone.getByText(`${await name(cast.enterprise)} 已签到`).waitFor();
        expect(await checkedIn()).toEqual([{ registration_id: enterpriseRegistration, method: 'qr' }]);

        // Then the university's code is held up to the page's own scanner.
        await writeQrVideo(cameraVideo, (await code(cast.university)).url);
        await phone.getByRole('button', { name: '打开摄像头连续扫码' }).click();
        await phone.getByText(`${await name(cast.university)} 已签到`).waitFor({ timeout: 30_000 });
        await eventually(async () =>
          expect(await checkedIn()).toEqual([
            { registration_id: enterpriseRegistration, method: 'qr' },
            { registration_id: universityRegistration, method: 'qr' },
          ]),
        );
        await phone.getByRole('button', { name: '关闭摄像头' }).click();
        await phone.getByRole('button', { name: '打开摄像头连续扫码' }).waitFor();
      }),
    TEST_TIMEOUT * 2,
  );
});
