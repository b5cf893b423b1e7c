import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import type { Language, PostingKind } from '#core';
import type { MatchDto } from './dto/match.dto.js';
import type { Match } from './match.entity.js';
import { POSTING_PROFILE_SOURCES } from './posting-profiles.js';

/** One end of a match: a posting of some kind. */
export interface PostingRef {
  kind: PostingKind;
  id: string;
}

/**
 * Matches as a party sees them, and the postings' titles they show: shared by the match lists and the
 * conversations opened from a match. A confidential posting shows its teaser, never its title.
 */
@Injectable()
export class MatchPresenter {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Titles keyed `kind:id`, read in one query per kind; a posting that is gone has none. */
  async titles(refs: PostingRef[]): Promise<Map<string, string>> {
    const titles = new Map<string, string>();
    for (const kind of new Set(refs.map((ref) => ref.kind))) {
      const source = POSTING_PROFILE_SOURCES[kind];
      const ids = refs.filter((ref) => ref.kind === kind).map((ref) => ref.id);
      const rows = await this.dataSource.getRepository(source.entity).findBy({ id: In(ids) });
      for (const row of rows)
        titles.set(
          `${kind}:${row.id}`,
          row.visibility === 'confidential' ? (row.teaser ?? '') : source.title(row),
        );
    }
    return titles;
  }

  /**
   * Each match as seen from one side: `fromSource(match)` says the viewer holds the source posting, so
   * the other side is the candidate.
   */
  async present(
    matches: Match[],
    fromSource: (match: Match) => boolean,
    lang: Language,
  ): Promise<MatchDto[]> {
    const others = matches.map((match) =>
      fromSource(match)
        ? { kind: match.candidateKind, id: match.candidateId }
        : { kind: match.sourceKind, id: match.sourceId },
    );
    const titles = await this.titles(others);
    return matches.map((match, i) => {
      const other = others[i]!;
      return {
        id: match.id,
        candidateType: other.kind,
        candidateId: other.id,
        title: titles.get(`${other.kind}:${other.id}`) ?? '',
        score: Number(match.score),
        reasons: match.reasons[lang] ?? match.reasons['zh-CN'] ?? [],
        features: match.features,
        status: match.status,
        declineReasonCode: match.declineReasonCode,
        updatedAt: match.updatedAt.toISOString(),
      };
    });
  }
}
