import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AppConfig, ValidationError } from '#core';
import {
  DEFAULT_MODES,
  NOTIFICATION_KINDS,
  type KindModes,
  type NotificationChannel,
  type NotificationKind,
} from '../notification-kinds.js';
import type { NotificationPreferencesDto, UnsubscribeDto } from './notification-preference.dto.js';
import { NotificationPreference } from './notification-preference.entity.js';
import { readUnsubscribeToken, type UnsubscribeScope } from './unsubscribe-token.js';

const CHANNEL_FIELD = { 'in-app': 'inApp', email: 'email' } as const satisfies Record<
  NotificationChannel,
  keyof KindModes
>;

/**
 * Each user's notification matrix (kind × channel → mode). Only choices that differ from DEFAULT_MODES
 * are stored, so every user reads their own matrix, writes it whole, and may turn email off for a kind
 * through a signed unsubscribe link without signing in.
 */
@Injectable()
export class NotificationPreferenceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async matrix(userId: string): Promise<NotificationPreferencesDto> {
    const modes = await this.modesOfUser(this.dataSource.manager, userId);
    return { kinds: NOTIFICATION_KINDS.map((kind) => ({ kind, ...modes[kind] })) };
  }

  /** Replaces the user's whole matrix; a kind listed twice is a field error and changes nothing. */
  async replace(userId: string, input: NotificationPreferencesDto): Promise<NotificationPreferencesDto> {
    const seen = new Set<NotificationKind>();
    const duplicates = input.kinds.flatMap((entry, index) => {
      const repeated = seen.has(entry.kind);
      seen.add(entry.kind);
      return repeated ? [{ field: `kinds.${index}.kind`, code: 'arrayUnique' }] : [];
    });
    if (duplicates.length > 0) throw new ValidationError(duplicates);
    const rows = input.kinds.flatMap((entry) =>
      Object.entries(CHANNEL_FIELD)
        .filter(([, field]) => entry[field] !== DEFAULT_MODES[entry.kind][field])
        .map(([channel, field]) => ({
          userId,
          kind: entry.kind,
          channel: channel as NotificationChannel,
          mode: entry[field],
        })),
    );
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(NotificationPreference, { userId });
      if (rows.length > 0) await manager.insert(NotificationPreference, rows);
    });
    return this.matrix(userId);
  }

  /** How each of these users wants to hear about one kind of event; users without rows get the default. */
  async modesOf(userIds: readonly string[], kind: NotificationKind): Promise<Map<string, KindModes>> {
    const rows = await this.dataSource
      .getRepository(NotificationPreference)
      .findBy({ userId: In([...userIds]), kind });
    const modes = new Map(userIds.map((id) => [id, { ...DEFAULT_MODES[kind] }]));
    for (const row of rows) assign(modes.get(row.userId)!, row);
    return modes;
  }

  /** The kinds this user now gets by daily digest. */
  async digestKinds(userId: string): Promise<NotificationKind[]> {
    return kindsIn('digest', await this.modesOfUser(this.dataSource.manager, userId));
  }

  /** What an unsubscribe link would turn off, for the confirmation page; a bad token is a 400. */
  async previewUnsubscribe(token: string): Promise<UnsubscribeDto> {
    const { userId, scope } = this.readToken(token);
    const modes = await this.modesOfUser(this.dataSource.manager, userId);
    return { scope, kinds: kindsIn(scope, modes) };
  }

  /** Turns email off for the link's kind (or for every digest kind); safe to repeat. */
  async unsubscribe(token: string): Promise<UnsubscribeDto> {
    const { userId, scope } = this.readToken(token);
    return this.dataSource.transaction(async (manager) => {
      const modes = await this.modesOfUser(manager, userId);
      const kinds = kindsIn(scope, modes);
      if (kinds.length > 0)
        await manager
          .createQueryBuilder()
          .insert()
          .into(NotificationPreference)
          .values(kinds.map((kind) => ({ userId, kind, channel: 'email' as const, mode: 'off' })))
          .orUpdate(['mode', 'updated_at'], ['user_id', 'kind', 'channel'])
          .execute();
      return { scope, kinds };
    });
  }

  private readToken(token: string): { userId: string; scope: UnsubscribeScope } {
    const read = readUnsubscribeToken(this.config.APP_SECRET, token);
    if (!read)
      throw new ValidationError(
        [{ field: 'token', code: 'unsubscribe-link-invalid' }],
        'unsubscribe-link-invalid',
      );
    return read;
  }

  private async modesOfUser(
    manager: EntityManager,
    userId: string,
  ): Promise<Record<NotificationKind, KindModes>> {
    const rows = await manager.findBy(NotificationPreference, { userId });
    const modes = Object.fromEntries(
      NOTIFICATION_KINDS.map((kind) => [kind, { ...DEFAULT_MODES[kind] }]),
    ) as Record<NotificationKind, KindModes>;
    // A kind removed from the list may leave rows behind; they mean nothing now.
    for (const row of rows) if (modes[row.kind]) assign(modes[row.kind], row);
    return modes;
  }
}

function assign(modes: KindModes, row: NotificationPreference): void {
  (modes as Record<keyof KindModes, string>)[CHANNEL_FIELD[row.channel]] = row.mode;
}

/** The kinds an unsubscribe scope covers: one kind, or every kind the user now gets by digest. */
function kindsIn(scope: UnsubscribeScope, modes: Record<NotificationKind, KindModes>): NotificationKind[] {
  return scope === 'digest' ? NOTIFICATION_KINDS.filter((kind) => modes[kind].email === 'digest') : [scope];
}
