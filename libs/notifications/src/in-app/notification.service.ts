import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NotFoundError, pick, type Language } from '#core';
import type { NotificationDto, NotificationPageDto } from './notification.dto.js';
import type { NotificationKind } from '../notification-kinds.js';
import { Notification } from './notification.entity.js';
import { newestFirstPage, type BeforeCursor } from '../newest-first-page.js';

/** What a job writes for one recipient; both languages, since the reader's is known only when they read. */
export interface NewNotification {
  userId: string;
  kind: NotificationKind;
  eventKey: string;
  subjectType: string;
  subjectId: string;
  title: { zh: string; en: string };
  body: { zh: string; en: string };
  link: string;
}

/**
 * In-app notifications: written by worker jobs (at most once per event, user and channel), read and
 * marked read by their user only. Another user's notification is a 404, never a 403.
 */
@Injectable()
export class NotificationService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Inserts unless this event already notified this user in-app; true when a row was written. */
  async record(input: NewNotification): Promise<boolean> {
    return (await this.recordAll([input])) > 0;
  }

  /**
   * `record` for many in one statement; how many rows were written. Columns travel as arrays (one
   * parameter each, whatever the count): a fan-out's page is a few hundred rows.
   */
  async recordAll(inputs: readonly NewNotification[]): Promise<number> {
    if (inputs.length === 0) return 0;
    const column = (value: (input: NewNotification) => string) => inputs.map(value);
    const written = await this.dataSource.query<{ id: string }[]>(
      `INSERT INTO notifications (user_id, kind, event_key, subject_type, subject_id,
                                  title_zh, title_en, body_zh, body_en, link)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[],
                            $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
       ON CONFLICT DO NOTHING RETURNING id`,
      [
        column((i) => i.userId),
        column((i) => i.kind),
        column((i) => i.eventKey),
        column((i) => i.subjectType),
        column((i) => i.subjectId),
        column((i) => i.title.zh.slice(0, 300)),
        column((i) => i.title.en.slice(0, 300)),
        column((i) => i.body.zh.slice(0, 1000)),
        column((i) => i.body.en.slice(0, 1000)),
        column((i) => i.link),
      ],
    );
    return written.length;
  }

  /** The user's notifications, newest first, a page at a time (keyset on created_at, id). */
  async list(userId: string, lang: Language, page: BeforeCursor): Promise<NotificationPageDto> {
    return newestFirstPage(
      this.dataSource.getRepository(Notification),
      { column: 'user_id', value: userId },
      page,
      (row) => present(row, lang),
    );
  }

  async unreadCount(userId: string): Promise<number> {
    const [{ n }]: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND read_at IS NULL`,
      [userId],
    );
    return n;
  }

  /** Marks one of the user's notifications read (again: no-op); 404 for anyone else's. */
  async markRead(userId: string, id: string, lang: Language): Promise<NotificationDto> {
    const repository = this.dataSource.getRepository(Notification);
    await repository
      .createQueryBuilder()
      .update()
      .set({ readAt: () => 'now()' })
      .where('id = :id AND user_id = :userId AND read_at IS NULL', { id, userId })
      .execute();
    const row = await repository.findOneBy({ id, userId });
    if (!row) throw new NotFoundError('not-found');
    return present(row, lang);
  }

  /** Marks every unread notification of the user read; the number marked. */
  async markAllRead(userId: string): Promise<number> {
    const result = await this.dataSource
      .getRepository(Notification)
      .createQueryBuilder()
      .update()
      .set({ readAt: () => 'now()' })
      .where('user_id = :userId AND read_at IS NULL', { userId })
      .execute();
    return result.affected ?? 0;
  }
}

function present(row: Notification, lang: Language): NotificationDto {
  return {
    ...pick(row, ['id', 'kind', 'subjectType', 'subjectId']),
    title: lang === 'en' ? row.titleEn : row.titleZh,
    body: lang === 'en' ? row.bodyEn : row.bodyZh,
    link: row.link,
    readAt: row.readAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
