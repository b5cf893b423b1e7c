/**
 * 对接会 end to end in the real web app, one browser profile per person: the organizer creates and
 * publishes an event, two participants register with their postings, the organizer approves them, one
 * requests a meeting from the suggested pair and the other accepts, the organizer schedules, drags the
 * meeting to another table and publishes the agenda (an email with a valid .ics), a check-in steward of
 * the organizer checks a participant in, the participant records the outcome, and the organizer reads
 * the dashboard and exports the workbook.
 */
import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import {
  apiResponse,
  motionSettled,
  TEST_TIMEOUT,
  uniqueTag,
  useBrowserSession,
  visiblePopup,
} from '../support/browser-actions.js';
import { withScreenshots } from '../support/browser.js';
import { BATTERY_ACHIEVEMENT, BATTERY_DEMAND } from '../support/battery-match.js';
import { eventCast } from '../support/events.js';
import { signedInPage } from '../support/factories.js';
import { signUp } from '../support/http.js';
import { eventually } from '../support/search.js';

describe('a matchmaking event in the browser', () => {
  const session = useBrowserSession();
  const { pages } = session;

  it(
    'runs from creation to the outcome, the dashboard and the Excel export',
    () =>
      withScreenshots('events', pages, async () => {
        const app = session.app;
        const cast = await eventCast(app);
        const { organizer, enterprise, university } = cast;
        const steward = await signUp(app);
        await app.dataSource.query(
          `INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, 'member')`,
          [organizer.org, steward.id],
        );
        const nameOf = async (org: string) =>
          (
            await app.dataSource.query<{ name: string }[]>('SELECT name FROM organizations WHERE id = $1', [
              org,
            ])
          )[0]!.name;
        const enterpriseName = await nameOf(enterprise.org);
        const universityName = await nameOf(university.org);
        const title = `江苏省电池技术对接会 ${uniqueTag()}`;

        // The organizer creates the event and publishes it.
        const host = await signedInPage(session, organizer.user, '/events/mine');
        await host.getByTestId('event-create').click();
        await motionSettled(host);
        await host.getByLabel('活动名称').fill(title);
        await host.getByLabel('场馆').fill('南京国际博览中心');
        const created = apiResponse(host, 'POST', '/events');
        await host.getByTestId('event-save').click();
        const answer = await created;
        expect(answer.status()).toBe(201);
        await host.waitForURL(/\/events\/[0-9a-f-]{36}$/);
        const eventId = new URL(host.url()).pathname.split('/').at(-1)!;
        await host.getByRole('button', { name: '发布活动' }).click();
        await host.getByText('报名中').first().waitFor();

        // Each participant registers with its posting.
        const register = async (page: Page, postingTitle: string) => {
          await page.getByTestId('event-register').click();
          await motionSettled(page);
          await page.getByRole('dialog').getByText(postingTitle).click();
          await page.getByRole('dialog').locator('.ant-btn-primary').click();
          await page.getByText('已报名').first().waitFor();
        };
        const company = await signedInPage(session, enterprise.user, `/events/${eventId}`);
        await register(company, BATTERY_DEMAND.title);
        const lab = await signedInPage(session, university.user, `/events/${eventId}`);
        await register(lab, BATTERY_ACHIEVEMENT.title);

        // The organizer approves both.
        await host.reload();
        for (const name of [enterpriseName, universityName]) {
          const row = host.getByRole('row').filter({ hasText: name });
          await row.getByRole('button', { name: /^通\s?过$/ }).click();
          await row.getByText('已通过').waitFor();
        }

        // The enterprise requests a meeting from the suggested pair; the university accepts.
        await company.reload();
        await company.getByRole('tab', { name: '我的洽谈' }).click();
        await company.getByRole('button', { name: '发起洽谈' }).click();
        await company.getByText('待回复').first().waitFor();
        await lab.reload();
        await lab.getByRole('tab', { name: '我的洽谈' }).click();
        await lab.getByRole('button', { name: /^接\s?受$/ }).click();
        await lab.getByText('已接受').first().waitFor();

        // The organizer schedules it and publishes the agenda: an email with a valid .ics.
        await host.reload();
        await host.getByRole('tab', { name: '排期' }).click();
        await host.getByTestId('event-run-schedule').click();
        await host.getByTestId('event-placed').getByText('已安排 1 场 · 上限 1 场').waitFor();
        await host.getByTestId('event-schedule-grid').getByText(universityName, { exact: false }).waitFor();
        // Dragged to the next table in the grid, the meeting moves there and stays (pinned).
        const [placed] = await app.dataSource.query<{ id: string; slot: string; table: string }[]>(
          'SELECT id, slot_id AS slot, table_id AS "table" FROM event_meetings WHERE event_id = $1',
          [eventId],
        );
        const nextTable = placed!.table === 'T1' ? 'T2' : 'T1';
        await host
          .getByTestId(`event-grid-meeting-${placed!.id}`)
          .dragTo(host.getByTestId(`event-cell-${placed!.slot}-${nextTable}`));
        await host
          .getByTestId(`event-cell-${placed!.slot}-${nextTable}`)
          .getByText(universityName, { exact: false })
          .waitFor();
        expect(
          await app.dataSource.query('SELECT table_id AS "table", pinned FROM event_meetings WHERE id = $1', [
            placed!.id,
          ]),
        ).toEqual([{ table: nextTable, pinned: true }]);
        await host.getByRole('button', { name: '发布日程' }).click();
        await host.getByText('日程已发布，参会单位已收到通知。').waitFor();
        const mail = await app.mailbox.waitFor(enterprise.user.email, '洽谈日程', 20_000);
        const ics = mail.attachments.find((a) => a.filename === 'agenda.ics')!.content;
        expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
        expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
        expect(ics).toContain('METHOD:PUBLISH');
        expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
        expect(ics).toMatch(/DTSTART:\d{8}T\d{6}Z/);
        expect(ics).toContain(universityName);

        // The steward checks the enterprise in by hand.
        const desk = await signedInPage(session, steward, `/events/${eventId}`);
        await desk.getByRole('tab', { name: '签到' }).click();
        await desk.getByTestId('event-check-in').locator('.ant-select').click();
        await visiblePopup(desk, 'ant-select-dropdown').getByTitle(enterpriseName, { exact: true }).click();
        await desk.getByText(`${enterpriseName} 已签到`).waitFor();
        await desk.getByRole('tab', { name: '现场看板' }).click();
        await desk.getByTestId('event-live-board').getByText(enterpriseName).waitFor();

        // The enterprise records the meeting's outcome.
        await company.reload();
        await company.getByRole('tab', { name: '我的日程' }).click();
        await company.locator('[data-testid^="event-outcome-"]').click();
        await visiblePopup(company, 'ant-select-dropdown').getByTitle('继续跟进', { exact: true }).click();
        await eventually(async () =>
          expect(
            await app.dataSource.query('SELECT outcome FROM event_meeting_outcomes WHERE event_id = $1', [
              eventId,
            ]),
          ).toEqual([{ outcome: 'follow-up' }]),
        );

        // The organizer reads the dashboard and exports the workbook.
        await host.reload();
        await host.getByRole('tab', { name: '统计' }).click();
        const checkedIn = host.locator('.ant-statistic').filter({ hasText: '已签到' });
        await checkedIn.getByText('1', { exact: true }).waitFor();
        const downloaded = host.waitForEvent('download');
        await host.getByTestId('event-export').click();
        const book = new ExcelJS.Workbook();
        await book.xlsx.load((await readFile((await (await downloaded).path())!)) as unknown as ArrayBuffer);
        expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
          '参会机构 Participants',
          '日程 Schedule',
          '洽谈成果 Outcomes',
        ]);
        expect(JSON.stringify(book.getWorksheet('洽谈成果 Outcomes')!.getSheetValues())).toContain(
          '继续跟进',
        );
      }),
    TEST_TIMEOUT * 3,
  );
});
