import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '#core';
import { AuditService, OrganizationDirectory, type Actor } from '#identity';
import { EventType, OutboxService } from '#queue';
import type { AccessRequestDto, AccessRequestInputDto, OwnAccessRequestDto } from '../dto/demand.dto.js';
import { AccessRequest, type AccessKind, type AccessRequestStatus } from './access-request.entity.js';

export type AccessDecision = 'grant' | 'refuse' | 'revoke';

type DecidedStatus = Exclude<AccessRequestStatus, 'pending'>;

const DECISIONS: Record<AccessDecision, { from: AccessRequestStatus; to: DecidedStatus }> = {
  grant: { from: 'pending', to: 'granted' },
  refuse: { from: 'pending', to: 'refused' },
  revoke: { from: 'granted', to: 'revoked' },
};

/** What the access flow needs to know of a posting, as a stranger may see it. */
export interface RequestablePosting {
  organizationId: string;
  visibility: string;
  /** The NDA the requester accepts, word for word. */
  ndaText: string;
}

/**
 * One kind's postings as the access flow sees them; each posting service provides its own, so the rules
 * of who sees and who edits a posting stay in that service.
 */
export interface AccessTarget {
  kind: AccessKind;
  /** The posting if the caller may see it listed (a teaser counts), else null (a 404). */
  listed(actor: Actor, id: string): Promise<RequestablePosting | null>;
  /** Locks the posting for its owner's decision: 404 to strangers, 403 to readers who may not edit. */
  lockForEdit(manager: EntityManager, actor: Actor, id: string): Promise<unknown>;
}

/** A posting service that offers its confidential postings to access requests. */
export interface HasAccessTarget {
  readonly accessTarget: AccessTarget;
}

/**
 * The NDA of postings that carry none of their own (every kind but demands, whose owners write theirs):
 * the platform's standard terms, recorded word for word with each request like a demand's.
 */
export const STANDARD_NDA_TEXT =
  '申请方承诺：对通过本平台获得的保密信息仅用于评估合作，不向第三方披露，不用于其他目的；' +
  '合作未达成时，应按信息所有方要求删除或返还相关资料。' +
  ' / The requester shall use confidential information obtained through the platform only to assess a ' +
  'cooperation, shall not disclose it to third parties or use it otherwise, and shall delete or return it ' +
  'on the owner’s request if no cooperation follows.';

const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === '23505';

/**
 * Requests to read confidential postings of every kind, and the owner's grants, refusals and
 * revocations: audited as `<kind>.access-requested|granted|refused|revoked`, and announced through the
 * outbox so the owner (a request) and the requester (a decision) are told.
 */
@Injectable()
export class PostingAccessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly directory: OrganizationDirectory,
    private readonly outbox: OutboxService,
  ) {}

  /** A verified organization asks for access, accepting the posting's NDA text as it reads now. */
  async request(
    actor: Actor,
    target: AccessTarget,
    postingId: string,
    input: AccessRequestInputDto,
  ): Promise<OwnAccessRequestDto> {
    if (!actor.organizationId) {
      throw new ValidationError(
        [{ field: 'X-Organization-Id', code: 'isDefined' }],
        'organization-context-required',
      );
    }
    const organizationId = actor.organizationId;
    const posting = await target.listed(actor, postingId);
    if (!posting) throw new NotFoundError(`${target.kind}-not-found`);
    if (posting.visibility !== 'confidential') throw new ConflictError('not-confidential');
    if (posting.organizationId === organizationId) throw new ConflictError(`own-${target.kind}`);
    const organization = await this.directory.summary(organizationId);
    if (organization?.verificationStatus !== 'verified')
      throw new ForbiddenError('organization-not-verified');
    try {
      return await this.dataSource.transaction(async (manager) => {
        const request = await manager.save(
          manager.create(AccessRequest, {
            postingKind: target.kind,
            postingId,
            organizationId,
            requestedBy: actor.userId,
            message: input.message ?? null,
            ndaTextAccepted: posting.ndaText,
            ndaAcceptedAt: new Date(),
          }),
        );
        await this.audit.record(manager, {
          action: `${target.kind}.access-requested`,
          subjectType: `${target.kind}-access-request`,
          subjectId: request.id,
          organizationId: posting.organizationId,
          actorUserId: actor.userId,
          data: { [idKey(target.kind)]: postingId, requesterOrganizationId: organizationId },
          ip: actor.ip,
        });
        await this.outbox.add(manager, EventType.AccessRequested, { requestId: request.id });
        return { id: request.id, status: request.status, createdAt: request.createdAt };
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError('access-request-exists');
      throw error;
    }
  }

  async list(actor: Actor, target: AccessTarget, postingId: string): Promise<AccessRequestDto[]> {
    await this.dataSource.transaction((manager) => target.lockForEdit(manager, actor, postingId));
    const rows = await this.dataSource.getRepository(AccessRequest).find({
      where: { postingKind: target.kind, postingId },
      order: { createdAt: 'DESC' },
    });
    return (await this.directory.withNames(rows)).map(toAccessRequestDto);
  }

  async decide(
    actor: Actor,
    target: AccessTarget,
    postingId: string,
    requestId: string,
    decision: AccessDecision,
    reason?: string,
  ): Promise<AccessRequestDto> {
    const decided = await this.dataSource.transaction(async (manager) => {
      await target.lockForEdit(manager, actor, postingId);
      const request = await manager.findOne(AccessRequest, {
        where: { id: requestId, postingKind: target.kind, postingId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!request) throw new NotFoundError('access-request-not-found');
      const { from, to } = DECISIONS[decision];
      if (request.status !== from)
        throw new ConflictError('invalid-transition', { action: decision, status: request.status });
      request.status = to;
      request.decidedBy = actor.userId;
      request.decidedAt = new Date();
      request.reason = reason ?? null;
      await manager.save(request);
      await this.audit.record(manager, {
        action: `${target.kind}.access-${to}`,
        subjectType: `${target.kind}-access-request`,
        subjectId: request.id,
        organizationId: actor.organizationId,
        actorUserId: actor.userId,
        data: {
          [idKey(target.kind)]: postingId,
          requesterOrganizationId: request.organizationId,
          reason: reason ?? null,
        },
        ip: actor.ip,
      });
      await this.outbox.add(manager, EventType.AccessDecided, { requestId: request.id, status: to });
      return request;
    });
    const [shown] = await this.directory.withNames([decided]);
    return toAccessRequestDto(shown!);
  }

  /**
   * Which of these (posting, organization) pairs of one kind hold a grant, as `postingId:organizationId`
   * keys: how other contexts (matching's confidential views) ask without reading the requests table.
   */
  async granted(
    kind: AccessKind,
    pairs: readonly { postingId: string; organizationId: string }[],
  ): Promise<Set<string>> {
    if (pairs.length === 0) return new Set();
    const rows = await this.dataSource.getRepository(AccessRequest).find({
      select: { postingId: true, organizationId: true },
      where: {
        status: 'granted',
        postingKind: kind,
        postingId: In(pairs.map((pair) => pair.postingId)),
        organizationId: In(pairs.map((pair) => pair.organizationId)),
      },
    });
    return new Set(rows.map((row) => `${row.postingId}:${row.organizationId}`));
  }

  /** One request with what its notices need, or null when it is gone. */
  async find(requestId: string): Promise<AccessRequest | null> {
    return this.dataSource.getRepository(AccessRequest).findOneBy({ id: requestId });
  }
}

/** The audit's data key for the posting: `demandId` as it always was, `achievementId`, … */
const idKey = (kind: AccessKind) =>
  `${kind.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase())}Id`;

/** The caller's organization's latest request for one posting, or null. */
export async function ownAccessRequest(
  dataSource: DataSource,
  kind: AccessKind,
  postingId: string,
  actor: Actor | null,
): Promise<AccessRequest | null> {
  if (!actor?.organizationId) return null;
  return dataSource.getRepository(AccessRequest).findOne({
    where: { postingKind: kind, postingId, organizationId: actor.organizationId },
    order: { createdAt: 'DESC' },
  });
}

/** The ids among these confidential postings of one kind granted to the caller's acting organization. */
export async function grantedPostingIds(
  dataSource: DataSource,
  kind: AccessKind,
  actor: Actor | null,
  postingIds: string[],
): Promise<Set<string>> {
  if (!actor?.organizationId || postingIds.length === 0) return new Set();
  const grants = await dataSource.getRepository(AccessRequest).find({
    select: { postingId: true },
    where: {
      postingKind: kind,
      organizationId: actor.organizationId,
      status: 'granted',
      postingId: In(postingIds),
    },
  });
  return new Set(grants.map((grant) => grant.postingId));
}

/**
 * A SQL condition: the row of `alias` is granted to the organization bound as `:grantee` (set it to the
 * caller's acting organization). For `shownInFull`'s `granted` option.
 */
export const grantedSql = (kind: AccessKind, alias: string) =>
  `EXISTS (SELECT 1 FROM access_requests g WHERE g.posting_kind = '${kind}' AND g.posting_id = ${alias}.id
     AND g.organization_id = :grantee::uuid AND g.status = 'granted')`;

export function toOwnAccessRequestDto(request: AccessRequest | null): OwnAccessRequestDto | null {
  return request ? { id: request.id, status: request.status, createdAt: request.createdAt } : null;
}

function toAccessRequestDto(r: AccessRequest): AccessRequestDto {
  return {
    id: r.id,
    organizationId: r.organizationId,
    organizationName: r.organizationName ?? '',
    status: r.status,
    message: r.message,
    ndaAcceptedAt: r.ndaAcceptedAt,
    createdAt: r.createdAt,
    decidedAt: r.decidedAt,
    reason: r.reason,
  };
}
