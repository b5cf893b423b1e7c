import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ConflictError, ForbiddenError, ValidationError } from '#core';
import { inTransaction } from '#database';
import { chinaToday } from '#deals';
import { AuditService, type Actor } from '#identity';
import { DemandService } from '#postings';
import type {
  CreateVisitDto,
  DraftDemandFromVisitDto,
  ServiceRecordQueryDto,
  VisitDto,
} from './dto/visit.dto.js';
import { ServiceRecordStore } from './records/service-record-store.js';
import { Visit } from './records/visit.entity.js';
import { ServiceAccess } from './service-access.js';

/**
 * 走访档案: visits to enterprises, kept by a service organization (or a 特派员 for the dispatching
 * society). A need found on a visit can become a demand of the enterprise, written as its draft: it is
 * published only after the enterprise's own members submit it (and moderation passes it).
 */
@Injectable()
export class VisitService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ServiceAccess,
    private readonly store: ServiceRecordStore,
    private readonly demands: DemandService,
    private readonly audit: AuditService,
  ) {}

  async create(actor: Actor, input: CreateVisitDto, now = new Date()): Promise<VisitDto> {
    const recorder = await this.access.recorderOf(actor, input);
    if (input.visitedOn > chinaToday(now))
      throw new ValidationError([{ field: 'visitedOn', code: 'date-in-future' }]);
    const id = await this.store.insert(Visit, 'visit', actor, recorder, {
      visitedOn: input.visitedOn,
      place: input.place,
      peopleMet: input.peopleMet.map((p) => ({ name: p.name, title: p.title ?? null })),
      findings: input.findings,
      needs: input.needs.map((n) => ({ title: n.title, description: n.description, demandId: null })),
    });
    return this.get(actor, id);
  }

  async list(actor: Actor, query: ServiceRecordQueryDto): Promise<VisitDto[]> {
    return this.present(await this.store.list(Visit, actor, query, 'visited_on'));
  }

  async get(actor: Actor, id: string): Promise<VisitDto> {
    const [dto] = await this.present([await this.store.readable(Visit, actor, id, 'visit-not-found')]);
    return dto!;
  }

  /**
   * Turns need `needIndex` of the visit into a draft demand of the visited enterprise, once. The visit's
   * author or its organization's managers may; the enterprise reads the draft among its own demands.
   */
  async draftDemand(actor: Actor, id: string, input: DraftDemandFromVisitDto): Promise<VisitDto> {
    const { needIndex, ...demand } = input;
    await inTransaction(this.dataSource, async (manager) => {
      const visit = await this.store.readable(Visit, actor, id, 'visit-not-found');
      if (!this.access.mayEdit(actor, visit)) throw new ForbiddenError('forbidden');
      const locked = await manager.findOne(Visit, { where: { id }, lock: { mode: 'pessimistic_write' } });
      const need = locked!.needs[needIndex];
      if (!need) throw new ValidationError([{ field: 'needIndex', code: 'need-not-found' }]);
      if (need.demandId) throw new ConflictError('need-already-drafted');
      need.demandId = await this.demands.createDraftFor(actor, locked!.enterpriseId, demand, manager);
      await manager.update(Visit, { id }, { needs: locked!.needs });
      await this.audit.record(manager, {
        action: 'visit.need-drafted',
        subjectType: 'visit',
        subjectId: id,
        organizationId: locked!.organizationId,
        actorUserId: actor.userId,
        data: { needIndex, demandId: need.demandId },
        ip: actor.ip,
      });
    });
    return this.get(actor, id);
  }

  private present(visits: Visit[]): Promise<VisitDto[]> {
    return this.store.present(visits, (v) => ({
      visitedOn: v.visitedOn,
      place: v.place,
      peopleMet: v.peopleMet,
      findings: v.findings,
      needs: v.needs,
    }));
  }
}
