import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppConfig } from '#core';
import { MembershipService, OrganizationDirectory } from '#identity';
import {
  NotificationDispatcher,
  noticeEmail,
  type DispatchResult,
  type NotificationText,
} from '#notifications';
import type { EventPayloads, EventType } from '#queue';
import { PeriodReport } from './period-report.entity.js';

type ReportNotice = EventPayloads[EventType.ReportStatusChanged];

/** The reports page, where both sides find a report and act on it. */
const REPORTS_PATH = '/reports';

/** Who may accept or return a report for the recipient, and so who is asked to. */
const REVIEWER_ROLES = ['owner', 'admin'] as const;

/**
 * 信息报送 notices: a submitted report goes to the recipient's owners and admins (those who may return or
 * accept it); its return, with the reviewer's comment, or its acceptance goes to every member of the
 * reporting organization. In-app, email and webhooks by each recipient's preferences, keyed by the step
 * (a report returned and submitted again is a new submission), so a retried job tells no one twice.
 */
@Injectable()
export class ReportNotifier {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly organizations: OrganizationDirectory,
    private readonly memberships: MembershipService,
    private readonly dispatcher: NotificationDispatcher,
  ) {}

  /** What was delivered, or null when the report is gone. */
  async notify(notice: ReportNotice): Promise<DispatchResult | null> {
    const report = await this.dataSource.getRepository(PeriodReport).findOneBy({ id: notice.reportId });
    if (!report) return null;
    const submitted = notice.status === 'submitted';
    const told = submitted ? report.recipientOrganizationId : report.organizationId;
    const names = await this.organizations.summaries([report.organizationId, report.recipientOrganizationId]);
    const text = reportNoticeText(notice, {
      title: report.title,
      reporter: names.get(report.organizationId)?.name ?? '',
      recipient: names.get(report.recipientOrganizationId)?.name ?? '',
    });
    const link = `${this.config.PUBLIC_URL}${REPORTS_PATH}`;
    const email = noticeEmail(text, link, submitted ? ['审阅报送', 'Review the report'] : ['查看', 'Open']);
    return this.dispatcher.dispatch({
      eventKey: `report:${report.id}:${notice.status}:${Date.parse(notice.at)}`,
      kind: submitted ? 'report-submitted' : 'report-reviewed',
      subject: { type: 'period-report', id: report.id, link: REPORTS_PATH },
      recipients: await this.memberships.contactsOf([told], [], submitted ? REVIEWER_ROLES : undefined),
      text,
      email: () => email,
      webhook: { organizationIds: [told], link, facts: { reportId: report.id, status: notice.status } },
    });
  }
}

/** The in-app text of a report's step, which the email repeats. */
export function reportNoticeText(
  notice: Pick<ReportNotice, 'status' | 'comment'>,
  names: { title: string; reporter: string; recipient: string },
): NotificationText {
  const { title, reporter, recipient } = names;
  const comment = notice.comment;
  switch (notice.status) {
    case 'submitted':
      return {
        title: { zh: `${reporter} 报送了「${title}」`, en: `${reporter} submitted “${title}”` },
        body: {
          zh: `${reporter}向贵机构报送了「${title}」，请审阅后接收或退回。`,
          en: `${reporter} submitted “${title}” to your organization: please review it, then accept or return it.`,
        },
      };
    case 'returned':
      return {
        title: { zh: `「${title}」被退回`, en: `“${title}” was returned` },
        body: {
          zh: `${recipient}退回了「${title}」${comment ? `，意见：${comment}` : ''}。修改后可重新报送。`,
          en: `${recipient} returned “${title}”${comment ? `: ${comment}` : ''}. Revise it and submit it again.`,
        },
      };
    case 'accepted':
      return {
        title: { zh: `「${title}」已接收`, en: `“${title}” was accepted` },
        body: {
          zh: `${recipient}接收了「${title}」${comment ? `，意见：${comment}` : ''}。`,
          en: `${recipient} accepted “${title}”${comment ? `: ${comment}` : ''}.`,
        },
      };
  }
}
