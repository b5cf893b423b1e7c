import { Injectable } from '@nestjs/common';
import type { PostingKind } from '#core';
import { AppConfig } from '#core';
import { MembershipService, OrganizationDirectory } from '#identity';
import {
  NotificationDispatcher,
  noticeEmail,
  postingPath,
  type DispatchResult,
  type NotificationKind,
  type NotificationText,
} from '#notifications';
import { ChallengeService, PostingAccessService } from '#postings';
import type { EventPayloads, EventType } from '#queue';
import { PostingReader } from './posting-reader.js';

/** One notice to the members of some organizations, by their preferences for its kind. */
interface Notice {
  eventKey: string;
  kind: NotificationKind;
  organizationIds: string[];
  subject: { type: string; id: string };
  link: string;
  text: NotificationText;
  action: [zh: string, en: string];
  facts: Record<string, string | number>;
}

const KIND_NAMES: Record<PostingKind, { zh: string; en: string }> = {
  demand: { zh: '技术需求', en: 'demand' },
  expert: { zh: '专家', en: 'expert profile' },
  achievement: { zh: '科技成果', en: 'achievement' },
  project: { zh: '项目', en: 'project' },
  'financing-offer': { zh: '金融产品', en: 'financing offer' },
};

const DECIDED_TEXT = {
  granted: { zh: '已同意', en: 'granted' },
  refused: { zh: '已拒绝', en: 'refused' },
  revoked: { zh: '已撤销', en: 'revoked' },
} as const;

const PROPOSAL_OUTCOMES = {
  submitted: { zh: '已提交', en: 'submitted' },
  shortlisted: { zh: '入围', en: 'shortlisted' },
  awarded: { zh: '中榜', en: 'awarded' },
  declined: { zh: '未入选', en: 'not selected' },
} as const;

/**
 * Tells owners what others do with their postings, and others what the owners decided (issue 16):
 * access requests (to the owner) and their grants, refusals and revocations (to the requester); 揭榜
 * proposals (to the demand's owner) and their outcome (to the proposer); moderation results (to the
 * owner). In-app, email and webhooks by each recipient's preferences, keyed by the event so a retried
 * job tells no one twice; a row gone since is skipped. Notices to a requester who holds no grant name
 * a confidential posting by its teaser only.
 */
@Injectable()
export class OwnerNotifier {
  constructor(
    private readonly config: AppConfig,
    private readonly postings: PostingReader,
    private readonly access: PostingAccessService,
    private readonly challenges: ChallengeService,
    private readonly memberships: MembershipService,
    private readonly directory: OrganizationDirectory,
    private readonly dispatcher: NotificationDispatcher,
  ) {}

  async accessRequested({
    requestId,
  }: EventPayloads[EventType.AccessRequested]): Promise<DispatchResult | null> {
    const request = await this.access.find(requestId);
    const posting = request && (await this.postings.notice(request.postingKind, request.postingId));
    if (!request || !posting) return null;
    const from = (await this.directory.summary(request.organizationId))?.name ?? '';
    const kind = KIND_NAMES[request.postingKind];
    const note = request.message ? `：${request.message}` : '';
    const noteEn = request.message ? `: ${request.message}` : '';
    return this.send({
      eventKey: `access-requested:${request.id}`,
      kind: 'access-requested',
      organizationIds: [posting.ownerOrganizationId],
      subject: { type: request.postingKind, id: request.postingId },
      link: postingPath(request.postingKind, request.postingId),
      text: {
        title: { zh: `${from} 申请查看您的${kind.zh}`, en: `${from} asks to read your ${kind.en}` },
        body: {
          zh: `${from}已接受保密协议，申请查看「${posting.title}」${note}`,
          en: `${from} accepted the NDA and asks to read “${posting.title}”${noteEn}`,
        },
      },
      action: ['查看并处理', 'Review the request'],
      facts: this.accessFacts(request),
    });
  }

  async accessDecided({
    requestId,
    status,
  }: EventPayloads[EventType.AccessDecided]): Promise<DispatchResult | null> {
    const request = await this.access.find(requestId);
    const posting = request && (await this.postings.notice(request.postingKind, request.postingId));
    if (!request || !posting) return null;
    // Only a standing grant lets the requester read the title behind the teaser.
    const title = request.status === 'granted' && status === 'granted' ? posting.title : posting.shownTitle;
    const decided = DECIDED_TEXT[status];
    const reason = status === 'refused' && request.reason ? request.reason : null;
    return this.send({
      eventKey: `access-decided:${request.id}:${status}`,
      kind: 'access-decided',
      organizationIds: [request.organizationId],
      subject: { type: request.postingKind, id: request.postingId },
      link: postingPath(request.postingKind, request.postingId),
      text: {
        title: { zh: `查看申请${decided.zh}`, en: `Access request ${decided.en}` },
        body: {
          zh: `您对「${title}」的查看申请${decided.zh}${reason ? `，理由：${reason}` : ''}`,
          en: `Your request to read “${title}” was ${decided.en}${reason ? `. Reason: ${reason}` : ''}`,
        },
      },
      action: ['查看', 'Open'],
      facts: { ...this.accessFacts(request), status },
    });
  }

  async proposalSubmitted({
    proposalId,
  }: EventPayloads[EventType.ProposalSubmitted]): Promise<DispatchResult | null> {
    const proposal = await this.challenges.noticeOf(proposalId);
    if (!proposal) return null;
    const from = proposal.proposerName;
    return this.send({
      eventKey: `proposal-received:${proposalId}`,
      kind: 'proposal-received',
      organizationIds: [proposal.demandOwnerId],
      subject: { type: 'demand', id: proposal.demandId },
      link: postingPath('demand', proposal.demandId),
      text: {
        title: { zh: `${from} 提交了揭榜方案`, en: `${from} submitted a proposal` },
        body: {
          zh: `${from}对「${proposal.demandTitle}」提交了揭榜方案：${proposal.summary}`,
          en: `${from} submitted a proposal to “${proposal.demandTitle}”: ${proposal.summary}`,
        },
      },
      action: ['查看方案', 'Read the proposal'],
      facts: {
        proposalId,
        demandId: proposal.demandId,
        organizationId: proposal.proposerOrganizationId,
      },
    });
  }

  async proposalDecided({
    proposalId,
    status,
  }: EventPayloads[EventType.ProposalDecided]): Promise<DispatchResult | null> {
    const proposal = await this.challenges.noticeOf(proposalId);
    if (!proposal) return null;
    const outcome = PROPOSAL_OUTCOMES[status];
    return this.send({
      eventKey: `proposal-decided:${proposalId}:${status}`,
      kind: 'proposal-decided',
      organizationIds: [proposal.proposerOrganizationId],
      subject: { type: 'demand', id: proposal.demandId },
      link: postingPath('demand', proposal.demandId),
      text: {
        title: { zh: `揭榜方案${outcome.zh}`, en: `Proposal ${outcome.en}` },
        body: {
          zh: `您对「${proposal.demandTitle}」的揭榜方案「${proposal.summary}」结果：${outcome.zh}`,
          en: `Your proposal “${proposal.summary}” to “${proposal.demandTitle}”: ${outcome.en}`,
        },
      },
      action: ['查看', 'Open'],
      facts: { proposalId, demandId: proposal.demandId, status },
    });
  }

  async moderated(event: EventPayloads[EventType.PostingModerated]): Promise<DispatchResult | null> {
    const posting = await this.postings.notice(event.kind, event.postingId);
    if (!posting) return null;
    const kind = KIND_NAMES[event.kind];
    const published = event.outcome === 'published';
    const reason = event.reason;
    return this.send({
      eventKey: `moderation:${event.postingId}:${event.outcome}:${Date.parse(event.at)}`,
      kind: 'moderation-decided',
      organizationIds: [posting.ownerOrganizationId],
      subject: { type: event.kind, id: event.postingId },
      link: postingPath(event.kind, event.postingId),
      text: published
        ? {
            title: { zh: `您的${kind.zh}已发布`, en: `Your ${kind.en} is published` },
            body: {
              zh: `「${posting.title}」已通过审核并发布。`,
              en: `“${posting.title}” passed review and is published.`,
            },
          }
        : {
            title: { zh: `您的${kind.zh}未通过审核`, en: `Your ${kind.en} was not approved` },
            body: {
              zh: `「${posting.title}」未通过审核${reason ? `，理由：${reason}` : ''}。修改后可重新提交。`,
              en: `“${posting.title}” was rejected${reason ? `: ${reason}` : ''}. Edit it and submit it again.`,
            },
          },
      action: ['查看', 'Open'],
      facts: { postingKind: event.kind, postingId: event.postingId, outcome: event.outcome },
    });
  }

  private accessFacts(request: {
    id: string;
    postingKind: PostingKind;
    postingId: string;
    organizationId: string;
  }) {
    return {
      accessRequestId: request.id,
      postingKind: request.postingKind,
      postingId: request.postingId,
      organizationId: request.organizationId,
    };
  }

  private async send(notice: Notice): Promise<DispatchResult> {
    const absolute = `${this.config.PUBLIC_URL}${notice.link}`;
    const email = noticeEmail(notice.text, absolute, notice.action);
    return this.dispatcher.dispatch({
      eventKey: notice.eventKey,
      kind: notice.kind,
      subject: { ...notice.subject, link: notice.link },
      recipients: await this.memberships.contactsOf(notice.organizationIds, []),
      text: notice.text,
      email: () => email,
      webhook: { organizationIds: notice.organizationIds, link: absolute, facts: notice.facts },
    });
  }
}
