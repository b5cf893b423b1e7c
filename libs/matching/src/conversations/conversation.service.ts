import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { ForbiddenError, NotFoundError, POSTING_KINDS, type Language, type PostingKind } from '#core';
import { inTransaction } from '#database';
import type { Actor } from '#identity';
import { addOutboxEvent, EventType } from '#queue';
import { MatchPresenter, type PostingRef } from '../match-presenter.js';
import { Match } from '../match.entity.js';
import { Conversation } from './conversation.entity.js';
import type {
  ConversationDetailDto,
  ConversationDto,
  MessageDto,
  MessagePageDto,
  ReadMarkerDto,
} from './dto/conversation.dto.js';
import { ConversationMessage } from './message.entity.js';

export const DEFAULT_MESSAGE_PAGE = 30;
/** Threads listed at once: an organization with more reads the newest. */
const LIST_LIMIT = 100;
const PREVIEW_LENGTH = 120;

/** Who reads a thread: a member acting for one of its two organizations, or a platform admin looking on. */
type Viewer = { organizationId: string; canPost: true } | { organizationId: null; canPost: false };

/** What the notify job needs to tell the other side about a new message. */
export interface MessageNotice {
  messageId: string;
  conversationId: string;
  /** The organization told: the one that did not write the message. */
  recipientOrganizationId: string;
  authorUserId: string | null;
  authorName: string;
  authorOrganizationName: string;
  subject: string;
  body: string;
}

/** A first contact through 我要对接: the interested side writes to the owner of what it is interested in. */
export interface PostingContact {
  /** A posting kind, or `society` for a society itself. */
  postingKind: string;
  postingId: string;
  ownerOrganizationId: string;
  organizationId: string;
  userId: string;
  /** The thread's subject when it is opened now, as the interested side may see it. */
  subject: string;
  message: string;
}

interface SummaryRow {
  id: string;
  match_id: string | null;
  posting_kind: string | null;
  posting_id: string | null;
  candidate_id: string;
  subject: string;
  last_message_at: Date;
  viewer_id: string;
  viewer_name: string;
  counterpart_id: string;
  counterpart_name: string;
  unread: number;
  last_body: string | null;
  last_author_id: string | null;
  last_author_name: string | null;
  last_created_at: Date | null;
}

/**
 * Conversations between the two organizations of a match. Only members of those two organizations read
 * and write a thread, and platform admins read it; for anyone else it does not exist (404). Unread
 * counts are per organization: the other side's messages after the organization's read marker.
 */
@Injectable()
export class ConversationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly presenter: MatchPresenter,
  ) {}

  /**
   * The match's thread, opened now or found (the caller holds the match's row lock, and `match_id` is
   * unique besides), with `message` as a new message from the contacting side when given.
   */
  async openForMatch(
    manager: EntityManager,
    match: Match,
    by: { userId: string; organizationId: string; message?: string },
  ): Promise<string> {
    const existing = await manager.findOneBy(Conversation, { matchId: match.id });
    let id = existing?.id;
    if (!id) {
      const titles = await this.presenter.titles([
        { kind: match.sourceKind, id: match.sourceId },
        { kind: match.candidateKind, id: match.candidateId },
      ]);
      const subject = [
        titles.get(`${match.sourceKind}:${match.sourceId}`) ?? '',
        titles.get(`${match.candidateKind}:${match.candidateId}`) ?? '',
      ].join(' ↔ ');
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(Conversation)
        .values({
          matchId: match.id,
          sourceOrganizationId: match.sourceOrganizationId,
          candidateOrganizationId: match.candidateOrganizationId,
          subject: subject.slice(0, 600),
          createdBy: by.userId,
          lastMessageAt: () => 'now()',
        })
        .orIgnore()
        .returning('id')
        .execute();
      id =
        (inserted.raw as { id: string }[])[0]?.id ??
        (await manager.findOneByOrFail(Conversation, { matchId: match.id })).id;
    }
    if (by.message) await this.write(manager, id, by.userId, by.organizationId, by.message);
    return id;
  }

  /**
   * The thread between an interested organization and the owner about one posting, opened now or found
   * (unique per posting and interested organization), with the message written to it. The message is
   * not announced as a message: the caller announces the expression of interest that carries it.
   */
  async openForPosting(
    manager: EntityManager,
    contact: PostingContact,
  ): Promise<{ conversationId: string; messageId: string; opened: boolean }> {
    const key = {
      postingKind: contact.postingKind,
      postingId: contact.postingId,
      sourceOrganizationId: contact.organizationId,
    };
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(Conversation)
      .values({
        ...key,
        candidateOrganizationId: contact.ownerOrganizationId,
        subject: contact.subject.slice(0, 600),
        createdBy: contact.userId,
        lastMessageAt: () => 'now()',
      })
      .orIgnore()
      .returning('id')
      .execute();
    const openedId = (inserted.raw as { id: string }[])[0]?.id;
    const conversationId = openedId ?? (await manager.findOneByOrFail(Conversation, key)).id;
    const messageId = await this.write(
      manager,
      conversationId,
      contact.userId,
      contact.organizationId,
      contact.message,
      false,
    );
    return { conversationId, messageId, opened: openedId !== undefined };
  }

  /** The acting organization's threads (every organization of the caller's without one), newest activity first. */
  async list(actor: Actor): Promise<ConversationDto[]> {
    const organizations = actor.organizationId ? [actor.organizationId] : [...actor.memberships.keys()];
    if (organizations.length === 0) return [];
    const rows = await this.summaries(
      `(c.source_organization_id = ANY($1) OR c.candidate_organization_id = ANY($1))`,
      [organizations],
    );
    const anonymous = await this.anonymousCounterparts(rows);
    return rows.map((row) => present(row, true, anonymous.has(row.id)));
  }

  async get(actor: Actor, id: string, lang: Language): Promise<ConversationDetailDto> {
    const { conversation, viewer } = await this.access(actor, id);
    const [row] = await this.summaries(`c.id = $2`, [
      viewer.organizationId ? [viewer.organizationId] : [],
      id,
    ]);
    const match = conversation.matchId
      ? await this.dataSource.getRepository(Match).findOneBy({ id: conversation.matchId })
      : null;
    const [matchDto] = match
      ? await this.presenter.present(
          [match],
          // A platform admin looks from the source side, like the organization named first.
          () => viewer.organizationId !== match.candidateOrganizationId,
          lang,
          !viewer.canPost,
        )
      : [];
    // A platform admin reads every thread in full.
    const anonymous = viewer.canPost ? await this.anonymousCounterparts([row!]) : new Set<string>();
    return { ...present(row!, viewer.canPost, anonymous.has(row!.id)), match: matchDto ?? null };
  }

  /** A page of the thread's messages, newest first (keyset on created_at, id). */
  async messages(
    actor: Actor,
    id: string,
    page: { limit?: number; before?: string },
  ): Promise<MessagePageDto> {
    const { viewer } = await this.access(actor, id);
    const limit = page.limit ?? DEFAULT_MESSAGE_PAGE;
    const query = this.dataSource
      .getRepository(ConversationMessage)
      .createQueryBuilder('m')
      .leftJoinAndSelect('m.authorUser', 'u')
      .innerJoinAndSelect('m.authorOrganization', 'o')
      .where('m.conversation_id = :id', { id })
      .orderBy('m.created_at', 'DESC')
      .addOrderBy('m.id', 'DESC')
      .take(limit + 1);
    if (page.before)
      // A cursor from another thread matches nothing, so it cannot probe messages elsewhere.
      query.andWhere(
        '(m.created_at, m.id) < (SELECT b.created_at, b.id FROM messages b WHERE b.id = :before AND b.conversation_id = :id)',
        { before: page.before },
      );
    const rows = await query.getMany();
    const items = rows.slice(0, limit).map((row) => presentMessage(row, viewer.organizationId));
    return { items, nextBefore: rows.length > limit ? items[items.length - 1]!.id : null };
  }

  /** A member writes to the thread for their side; the other side is told through the outbox. */
  async post(actor: Actor, id: string, body: string): Promise<MessageDto> {
    const { viewer } = await this.access(actor, id);
    if (!viewer.canPost) throw new ForbiddenError('forbidden');
    const messageId = await inTransaction(this.dataSource, (manager) =>
      this.write(manager, id, actor.userId, viewer.organizationId, body),
    );
    const message = await this.dataSource.getRepository(ConversationMessage).findOneOrFail({
      where: { id: messageId },
      relations: { authorUser: true, authorOrganization: true },
    });
    return presentMessage(message, viewer.organizationId);
  }

  /** Marks the thread read up to its latest message for the caller's side; never moves the marker back. */
  async markRead(actor: Actor, id: string): Promise<ReadMarkerDto> {
    const { viewer } = await this.access(actor, id);
    if (!viewer.canPost) throw new ForbiddenError('forbidden');
    const [marker]: { last_read_at: Date }[] = await this.dataSource.query(
      `INSERT INTO conversation_reads (conversation_id, organization_id, last_read_at)
       SELECT $1, $2, COALESCE((SELECT max(created_at) FROM messages WHERE conversation_id = $1), now())
       ON CONFLICT (conversation_id, organization_id)
       DO UPDATE SET last_read_at = GREATEST(conversation_reads.last_read_at, EXCLUDED.last_read_at)
       RETURNING last_read_at`,
      [id, viewer.organizationId],
    );
    const [row] = await this.summaries(`c.id = $2`, [[viewer.organizationId], id]);
    return { lastReadAt: marker!.last_read_at.toISOString(), unread: row!.unread };
  }

  /**
   * The two organizations of a thread, for other contexts (a deal recorded from it) that must check a
   * caller is a party without reading the conversations table; null when there is no such thread.
   */
  async partiesOf(conversationId: string): Promise<{ organizationIds: [string, string] } | null> {
    const conversation = await this.dataSource.getRepository(Conversation).findOneBy({ id: conversationId });
    return conversation
      ? { organizationIds: [conversation.sourceOrganizationId, conversation.candidateOrganizationId] }
      : null;
  }

  /** For the notify job: null when the message (or its thread) is gone. */
  async noticeOf(messageId: string): Promise<MessageNotice | null> {
    const message = await this.dataSource.getRepository(ConversationMessage).findOne({
      where: { id: messageId },
      relations: { conversation: true, authorUser: true, authorOrganization: true },
    });
    if (!message) return null;
    const { conversation } = message;
    return {
      messageId: message.id,
      conversationId: conversation.id,
      recipientOrganizationId:
        message.authorOrganizationId === conversation.sourceOrganizationId
          ? conversation.candidateOrganizationId
          : conversation.sourceOrganizationId,
      authorUserId: message.authorUserId,
      authorName: message.authorUser?.name ?? '',
      authorOrganizationName: message.authorOrganization.name,
      subject: conversation.subject,
      body: message.body,
    };
  }

  private async write(
    manager: EntityManager,
    conversationId: string,
    userId: string,
    organizationId: string,
    body: string,
    announce = true,
  ): Promise<string> {
    const [message] = (
      await manager
        .createQueryBuilder()
        .insert()
        .into(ConversationMessage)
        .values({ conversationId, authorUserId: userId, authorOrganizationId: organizationId, body })
        .returning(['id', 'created_at'])
        .execute()
    ).raw as { id: string; created_at: Date }[];
    await manager.update(Conversation, { id: conversationId }, { lastMessageAt: message!.created_at });
    if (announce) await addOutboxEvent(manager, EventType.MessagePosted, { messageId: message!.id });
    return message!.id;
  }

  /**
   * The thread and who the caller is in it: the acting organization when it is a party, else the first
   * party the caller belongs to; a platform admin otherwise reads. Anyone else gets a 404.
   */
  private async access(actor: Actor, id: string): Promise<{ conversation: Conversation; viewer: Viewer }> {
    const conversation = await this.dataSource.getRepository(Conversation).findOneBy({ id });
    const parties = conversation
      ? [conversation.sourceOrganizationId, conversation.candidateOrganizationId].filter((party) =>
          actor.memberships.has(party),
        )
      : [];
    const organizationId = parties.find((party) => party === actor.organizationId) ?? parties[0] ?? null;
    if (conversation && organizationId) return { conversation, viewer: { organizationId, canPost: true } };
    if (conversation && actor.platformRole === 'admin')
      return { conversation, viewer: { organizationId: null, canPost: false } };
    throw new NotFoundError('not-found');
  }

  /**
   * The threads (of these summaries) whose counterpart is still anonymous to the viewer: the counterpart
   * owns the posting on its side (the match's, or the one a 我要对接 thread is about), that posting is
   * confidential, the counterpart has written nothing in the thread, and (for a demand) the viewer's
   * organization holds no grant on it. Writing a message is how an owner chooses to step forward; a
   * grant shows the whole demand, owner included.
   */
  private async anonymousCounterparts(rows: SummaryRow[]): Promise<Set<string>> {
    const withMatch = rows.filter((row) => row.match_id !== null);
    const matches = withMatch.length
      ? await this.dataSource.getRepository(Match).findBy({ id: In(withMatch.map((row) => row.match_id!)) })
      : [];
    const byId = new Map(matches.map((match) => [match.id, match]));
    const candidates = rows.flatMap((row): { row: SummaryRow; posting: PostingRef }[] => {
      // A 我要对接 thread hides its candidate side, the owner, from the interested side only.
      if (row.posting_id !== null)
        return isPostingKind(row.posting_kind) && row.counterpart_id === row.candidate_id
          ? [{ row, posting: { kind: row.posting_kind, id: row.posting_id } }]
          : [];
      const match = row.match_id ? byId.get(row.match_id) : undefined;
      if (!match) return [];
      const counterpartIsSource = match.sourceOrganizationId === row.counterpart_id;
      const posting = counterpartIsSource
        ? { kind: match.sourceKind, id: match.sourceId }
        : { kind: match.candidateKind, id: match.candidateId };
      return [{ row, posting }];
    });
    const hidden = await this.presenter.hiddenFrom(
      candidates.map(({ row, posting }) => ({ posting, viewer: row.viewer_id })),
    );
    const pending = candidates.filter((_, i) => hidden[i]).map(({ row }) => row);
    if (pending.length === 0) return new Set();
    const spoke = await this.dataSource.query<{ conversation_id: string; author_organization_id: string }[]>(
      `SELECT DISTINCT conversation_id, author_organization_id FROM messages WHERE conversation_id = ANY($1)`,
      [pending.map((row) => row.id)],
    );
    const spoken = new Set(spoke.map((m) => `${m.conversation_id}:${m.author_organization_id}`));
    return new Set(
      pending.filter((row) => !spoken.has(`${row.id}:${row.counterpart_id}`)).map((row) => row.id),
    );
  }

  /**
   * Threads with their viewer's side, the counterpart, the viewer's unread count and the last message.
   * `$1` holds the viewer's organizations; a thread where none is a party (a platform admin looking on)
   * is seen from its source side.
   */
  private summaries(where: string, params: unknown[]): Promise<SummaryRow[]> {
    return this.dataSource.query<SummaryRow[]>(
      `SELECT c.id, c.match_id, c.posting_kind, c.posting_id, c.candidate_organization_id AS candidate_id,
              c.subject, c.last_message_at,
              vo.id AS viewer_id, vo.name AS viewer_name, co.id AS counterpart_id, co.name AS counterpart_name,
              (SELECT count(*)::int FROM messages m
                 WHERE m.conversation_id = c.id AND m.author_organization_id <> v.viewer
                   AND m.created_at > COALESCE(
                     (SELECT r.last_read_at FROM conversation_reads r
                       WHERE r.conversation_id = c.id AND r.organization_id = v.viewer), '-infinity')) AS unread,
              lm.body AS last_body, lo.id AS last_author_id, lo.name AS last_author_name,
              lm.created_at AS last_created_at
         FROM conversations c
         CROSS JOIN LATERAL (SELECT CASE WHEN c.candidate_organization_id = ANY($1::uuid[])
                                         THEN c.candidate_organization_id ELSE c.source_organization_id END AS viewer,
                                    CASE WHEN c.candidate_organization_id = ANY($1::uuid[])
                                         THEN c.source_organization_id ELSE c.candidate_organization_id END AS counterpart) v
         JOIN organizations vo ON vo.id = v.viewer
         JOIN organizations co ON co.id = v.counterpart
         LEFT JOIN LATERAL (SELECT m.body, m.author_organization_id, m.created_at FROM messages m
                             WHERE m.conversation_id = c.id ORDER BY m.created_at DESC, m.id DESC LIMIT 1) lm ON true
         LEFT JOIN organizations lo ON lo.id = lm.author_organization_id
        WHERE ${where}
        ORDER BY c.last_message_at DESC, c.id DESC
        LIMIT ${LIST_LIMIT}`,
      params,
    );
  }
}

const isPostingKind = (kind: string | null): kind is PostingKind =>
  (POSTING_KINDS as readonly (string | null)[]).includes(kind);

function present(row: SummaryRow, canPost: boolean, anonymous: boolean): ConversationDto {
  return {
    id: row.id,
    matchId: row.match_id,
    subject: row.subject,
    organization: { id: row.viewer_id, name: row.viewer_name },
    counterpart: anonymous
      ? { id: null, name: null, disclosed: false }
      : { id: row.counterpart_id, name: row.counterpart_name, disclosed: true },
    unread: canPost ? row.unread : 0,
    lastMessage:
      row.last_body === null
        ? null
        : {
            body: row.last_body.slice(0, PREVIEW_LENGTH),
            authorOrganization: { id: row.last_author_id!, name: row.last_author_name! },
            createdAt: row.last_created_at!.toISOString(),
          },
    lastMessageAt: row.last_message_at.toISOString(),
    canPost,
  };
}

function presentMessage(row: ConversationMessage, viewerOrganizationId: string | null): MessageDto {
  return {
    id: row.id,
    conversationId: row.conversationId,
    body: row.body,
    authorName: row.authorUser?.name ?? null,
    authorOrganization: { id: row.authorOrganizationId, name: row.authorOrganization.name },
    mine: row.authorOrganizationId === viewerOrganizationId,
    createdAt: row.createdAt.toISOString(),
  };
}
