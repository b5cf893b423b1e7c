import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ForbiddenError, NotFoundError, POSTING_KINDS, type Language, type PostingKind } from '#core';
import { inTransaction } from '#database';
import { OrganizationDirectory, type Actor } from '#identity';
import { addOutboxEvent, EventType } from '#queue';
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

/** A new thread between two organizations about a subject, as another context opens it. */
export interface OpenConversation {
  /** The side that asks (of a match: the need side), and the side asked. */
  sourceOrganizationId: string;
  candidateOrganizationId: string;
  /** What the thread is about, as the parties should read it (cut to 600 characters). */
  subject: string;
  /** The match the thread is about: a match has one thread, found again when it exists. */
  matchId?: string;
  /** The member opening it, the side they act for, and an optional first message. */
  by: { userId: string; organizationId: string; message?: string };
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

/**
 * What a thread opened from a match shows of that match. Conversations know a match by its id only:
 * matching implements this port and hands it over at start-up (`useMatches`), since matching depends on
 * conversations (a contact opens a thread) and not the reverse.
 */
export interface ConversationMatches {
  /** The match as the viewer's side sees it (null viewer: a platform admin, who reads all); null when gone. */
  present(matchId: string, viewerOrganizationId: string | null, lang: Language): Promise<object | null>;
  /**
   * For each thread: whether its counterpart still owns the match's confidential posting on its side
   * out of the viewer's sight (no grant, not the viewer's own).
   */
  counterpartsHidden(
    threads: readonly { matchId: string; viewerOrganizationId: string; counterpartOrganizationId: string }[],
  ): Promise<boolean[]>;
  /**
   * For each 我要对接 thread about a posting: whether that posting is confidential (or gone) and out of
   * the viewer's sight (no grant, not the viewer's own), so its owner stays anonymous to the viewer.
   */
  postingsHidden(
    items: readonly { posting: { kind: PostingKind; id: string }; viewerOrganizationId: string }[],
  ): Promise<boolean[]>;
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
  counterpart_id: string;
  unread: number;
  last_body: string | null;
  last_author_id: string | null;
  last_created_at: Date | null;
}

/** A thread's row with the names of the organizations it shows. */
type Summary = SummaryRow & { names: ReadonlyMap<string, string> };

interface MessageRow {
  id: string;
  conversation_id: string;
  body: string;
  author_user_id: string | null;
  author_organization_id: string;
  created_at: Date;
}

/**
 * Conversations between two organizations. Only members of those two organizations read and write a
 * thread, and platform admins read it; for anyone else it does not exist (404). Unread counts are per
 * organization: the other side's messages after the organization's read marker. Names of organizations
 * and people come from identity's directory, never from its tables.
 */
@Injectable()
export class ConversationService {
  private matches: ConversationMatches | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: OrganizationDirectory,
  ) {}

  /** Matching hands over how a thread shows its match (once, at start-up). */
  useMatches(matches: ConversationMatches): void {
    this.matches = matches;
  }

  /**
   * Opens a thread in the caller's transaction, or finds the match's thread when it has one (`match_id`
   * is unique, and the caller holds the match's row lock besides), with `by.message` as a first message
   * from the opening side when given. Returns the thread's id.
   */
  async open(manager: EntityManager, thread: OpenConversation): Promise<string> {
    const { by } = thread;
    const existing = thread.matchId
      ? await manager.findOneBy(Conversation, { matchId: thread.matchId })
      : null;
    let id = existing?.id;
    if (!id) {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(Conversation)
        .values({
          matchId: thread.matchId ?? null,
          sourceOrganizationId: thread.sourceOrganizationId,
          candidateOrganizationId: thread.candidateOrganizationId,
          subject: thread.subject.slice(0, 600),
          createdBy: by.userId,
          lastMessageAt: () => 'now()',
        })
        .orIgnore()
        .returning('id')
        .execute();
      id =
        (inserted.raw as { id: string }[])[0]?.id ??
        (await manager.findOneByOrFail(Conversation, { matchId: thread.matchId! })).id;
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
      ? await this.matchPort().present(conversation.matchId, viewer.organizationId, lang)
      : null;
    // A platform admin reads every thread in full.
    const anonymous = viewer.canPost ? await this.anonymousCounterparts([row!]) : new Set<string>();
    return { ...present(row!, viewer.canPost, anonymous.has(row!.id)), match };
  }

  /** A page of the thread's messages, newest first (keyset on created_at, id). */
  async messages(
    actor: Actor,
    id: string,
    page: { limit?: number; before?: string },
  ): Promise<MessagePageDto> {
    const { viewer } = await this.access(actor, id);
    const limit = page.limit ?? DEFAULT_MESSAGE_PAGE;
    // A cursor from another thread matches nothing, so it cannot probe messages elsewhere.
    const rows = await this.dataSource.query<MessageRow[]>(
      `SELECT ${MESSAGE_COLUMNS} FROM messages m
        WHERE m.conversation_id = $1
          AND ($2::uuid IS NULL OR (m.created_at, m.id) <
               (SELECT b.created_at, b.id FROM messages b WHERE b.id = $2 AND b.conversation_id = $1))
        ORDER BY m.created_at DESC, m.id DESC
        LIMIT $3`,
      [id, page.before ?? null, limit + 1],
    );
    const items = await this.presentMessages(rows.slice(0, limit), viewer.organizationId);
    return { items, nextBefore: rows.length > limit ? items[items.length - 1]!.id : null };
  }

  /** A member writes to the thread for their side; the other side is told through the outbox. */
  async post(actor: Actor, id: string, body: string): Promise<MessageDto> {
    const { viewer } = await this.access(actor, id);
    if (!viewer.canPost) throw new ForbiddenError('forbidden');
    const messageId = await inTransaction(this.dataSource, (manager) =>
      this.write(manager, id, actor.userId, viewer.organizationId, body),
    );
    const [message] = await this.presentMessages(await this.messageRows([messageId]), viewer.organizationId);
    return message!;
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

  /**
   * Whether the thread's counterpart is still anonymous to the viewer's organization (the rule of
   * `counterpart` in the thread's answers), for other contexts that would otherwise name it (a deal).
   */
  async counterpartHiddenFrom(conversationId: string, viewerOrganizationId: string): Promise<boolean> {
    const [row] = await this.summaries(`c.id = $2`, [[viewerOrganizationId], conversationId]);
    return row ? (await this.anonymousCounterparts([row])).has(row.id) : false;
  }

  /** For the notify job: null when the message (or its thread) is gone. */
  async noticeOf(messageId: string): Promise<MessageNotice | null> {
    const [message] = await this.messageRows([messageId]);
    const conversation =
      message &&
      (await this.dataSource.getRepository(Conversation).findOneBy({ id: message.conversation_id }));
    if (!message || !conversation) return null;
    const [organizations, people] = await Promise.all([
      this.directory.summaries([message.author_organization_id]),
      this.directory.userNames(message.author_user_id ? [message.author_user_id] : []),
    ]);
    return {
      messageId: message.id,
      conversationId: conversation.id,
      recipientOrganizationId:
        message.author_organization_id === conversation.sourceOrganizationId
          ? conversation.candidateOrganizationId
          : conversation.sourceOrganizationId,
      authorUserId: message.author_user_id,
      authorName: people.get(message.author_user_id ?? '') ?? '',
      authorOrganizationName: organizations.get(message.author_organization_id)?.name ?? '',
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

  private messageRows(ids: string[]): Promise<MessageRow[]> {
    return this.dataSource.query<MessageRow[]>(
      `SELECT ${MESSAGE_COLUMNS} FROM messages m WHERE m.id = ANY($1)`,
      [ids],
    );
  }

  /** Messages with their authors' and organizations' names, read in one batch from the directory. */
  private async presentMessages(
    rows: MessageRow[],
    viewerOrganizationId: string | null,
  ): Promise<MessageDto[]> {
    const [organizations, people] = await Promise.all([
      this.directory.summaries(rows.map((row) => row.author_organization_id)),
      this.directory.userNames(rows.flatMap((row) => (row.author_user_id ? [row.author_user_id] : []))),
    ]);
    return rows.map((row) => ({
      id: row.id,
      conversationId: row.conversation_id,
      body: row.body,
      authorName: row.author_user_id ? (people.get(row.author_user_id) ?? null) : null,
      authorOrganization: {
        id: row.author_organization_id,
        name: organizations.get(row.author_organization_id)?.name ?? '',
      },
      mine: row.author_organization_id === viewerOrganizationId,
      createdAt: row.created_at.toISOString(),
    }));
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

  /** Matching's port; a thread about a match must never be shown without it (it hides confidential owners). */
  private matchPort(): ConversationMatches {
    if (!this.matches)
      throw new Error('conversations: no ConversationMatches registered (is MatchingModule loaded?)');
    return this.matches;
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
    // A 我要对接 thread hides its candidate side, the owner, from the interested side only.
    const aboutPosting = rows.flatMap((row) =>
      row.posting_id !== null && isPostingKind(row.posting_kind) && row.counterpart_id === row.candidate_id
        ? [{ row, posting: { kind: row.posting_kind, id: row.posting_id } }]
        : [],
    );
    if (withMatch.length === 0 && aboutPosting.length === 0) return new Set();
    const [matchesHidden, postingsHidden] = await Promise.all([
      this.matchPort().counterpartsHidden(
        withMatch.map((row) => ({
          matchId: row.match_id!,
          viewerOrganizationId: row.viewer_id,
          counterpartOrganizationId: row.counterpart_id,
        })),
      ),
      this.matchPort().postingsHidden(
        aboutPosting.map(({ row, posting }) => ({ posting, viewerOrganizationId: row.viewer_id })),
      ),
    ]);
    const pending = [
      ...withMatch.filter((_, i) => matchesHidden[i]),
      ...aboutPosting.filter((_, i) => postingsHidden[i]).map(({ row }) => row),
    ];
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
   * Threads with their viewer's side, the counterpart, the viewer's unread count and the last message,
   * and the names of those organizations from the directory. `$1` holds the viewer's organizations; a
   * thread where none is a party (a platform admin looking on) is seen from its source side.
   */
  private async summaries(where: string, params: unknown[]): Promise<Summary[]> {
    const rows = await this.dataSource.query<SummaryRow[]>(
      `SELECT c.id, c.match_id, c.posting_kind, c.posting_id, c.candidate_organization_id AS candidate_id,
              c.subject, c.last_message_at, v.viewer AS viewer_id, v.counterpart AS counterpart_id,
              (SELECT count(*)::int FROM messages m
                 WHERE m.conversation_id = c.id AND m.author_organization_id <> v.viewer
                   AND m.created_at > COALESCE(
                     (SELECT r.last_read_at FROM conversation_reads r
                       WHERE r.conversation_id = c.id AND r.organization_id = v.viewer), '-infinity')) AS unread,
              lm.body AS last_body, lm.author_organization_id AS last_author_id, lm.created_at AS last_created_at
         FROM conversations c
         CROSS JOIN LATERAL (SELECT CASE WHEN c.candidate_organization_id = ANY($1::uuid[])
                                         THEN c.candidate_organization_id ELSE c.source_organization_id END AS viewer,
                                    CASE WHEN c.candidate_organization_id = ANY($1::uuid[])
                                         THEN c.source_organization_id ELSE c.candidate_organization_id END AS counterpart) v
         LEFT JOIN LATERAL (SELECT m.body, m.author_organization_id, m.created_at FROM messages m
                             WHERE m.conversation_id = c.id ORDER BY m.created_at DESC, m.id DESC LIMIT 1) lm ON true
        WHERE ${where}
        ORDER BY c.last_message_at DESC, c.id DESC
        LIMIT ${LIST_LIMIT}`,
      params,
    );
    const organizations = await this.directory.summaries(
      rows.flatMap((row) => [
        row.viewer_id,
        row.counterpart_id,
        ...(row.last_author_id ? [row.last_author_id] : []),
      ]),
    );
    const names = new Map([...organizations].map(([id, organization]) => [id, organization.name]));
    return rows.map((row) => ({ ...row, names }));
  }
}

const isPostingKind = (kind: string | null): kind is PostingKind =>
  (POSTING_KINDS as readonly (string | null)[]).includes(kind);

const MESSAGE_COLUMNS =
  'm.id, m.conversation_id, m.body, m.author_user_id, m.author_organization_id, m.created_at';

function present(row: Summary, canPost: boolean, anonymous: boolean): ConversationDto {
  const name = (id: string) => row.names.get(id) ?? '';
  return {
    id: row.id,
    matchId: row.match_id,
    subject: row.subject,
    organization: { id: row.viewer_id, name: name(row.viewer_id) },
    counterpart: anonymous
      ? { id: null, name: null, disclosed: false }
      : { id: row.counterpart_id, name: name(row.counterpart_id), disclosed: true },
    unread: canPost ? row.unread : 0,
    lastMessage:
      row.last_body === null
        ? null
        : {
            body: row.last_body.slice(0, PREVIEW_LENGTH),
            authorOrganization: { id: row.last_author_id!, name: name(row.last_author_id!) },
            createdAt: row.last_created_at!.toISOString(),
          },
    lastMessageAt: row.last_message_at.toISOString(),
    canPost,
  };
}
