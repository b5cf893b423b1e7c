import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ValidationError, type FieldError } from '#core';
import { chinaToday } from '#deals';
import type { Actor } from '#identity';
import type { CreateServiceLogDto, ServiceLogDto } from './dto/service-log.dto.js';
import type { ServiceRecordQueryDto } from './dto/visit.dto.js';
import { ServiceLog } from './records/service-log.entity.js';
import { ServiceRecordStore } from './records/service-record-store.js';
import { Visit } from './records/visit.entity.js';
import { ServiceAccess } from './service-access.js';

/** 服务日志: service work for an enterprise, its hours and result, kept like visits (same access). */
@Injectable()
export class ServiceLogService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ServiceAccess,
    private readonly store: ServiceRecordStore,
  ) {}

  async create(actor: Actor, input: CreateServiceLogDto, now = new Date()): Promise<ServiceLogDto> {
    const recorder = await this.access.recorderOf(actor, input);
    const errors: FieldError[] = [];
    if (input.servedOn > chinaToday(now)) errors.push({ field: 'servedOn', code: 'date-in-future' });
    if (input.visitId) {
      const visit = await this.dataSource.getRepository(Visit).findOneBy({ id: input.visitId });
      if (
        !visit ||
        visit.organizationId !== recorder.organizationId ||
        visit.enterpriseId !== recorder.enterprise.id
      )
        errors.push({ field: 'visitId', code: 'visit-not-of-record' });
    }
    if (errors.length > 0) throw new ValidationError(errors);
    const id = await this.store.insert(ServiceLog, 'service-log', actor, recorder, {
      servedOn: input.servedOn,
      task: input.task,
      hours: input.hours,
      result: input.result,
      visitId: input.visitId ?? null,
    });
    return this.get(actor, id);
  }

  async list(actor: Actor, query: ServiceRecordQueryDto): Promise<ServiceLogDto[]> {
    return this.present(await this.store.list(ServiceLog, actor, query, 'served_on'));
  }

  async get(actor: Actor, id: string): Promise<ServiceLogDto> {
    const log = await this.store.readable(ServiceLog, actor, id, 'service-log-not-found');
    const [dto] = await this.present([log]);
    return dto!;
  }

  private present(logs: ServiceLog[]): Promise<ServiceLogDto[]> {
    return this.store.present(logs, (l) => ({
      servedOn: l.servedOn,
      task: l.task,
      hours: l.hours,
      result: l.result,
      visitId: l.visitId,
    }));
  }
}
