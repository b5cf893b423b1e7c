import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import type { Language, PostingKind } from '#core';
import type { MatchDto } from './dto/match.dto.js';
import { FIT_LABELS, fitLevel } from './fit-level.js';
import type { Match } from './match.entity.js';
import { pairTypeOf } from './profile.js';
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
    const source = (match: Match) => ({ kind: match.sourceKind, id: match.sourceId });
    const candidate = (match: Match) => ({ kind: match.candidateKind, id: match.candidateId });
    const sides = matches.map((match) =>
      fromSource(match)
        ? { own: source(match), other: candidate(match) }
        : { own: candidate(match), other: source(match) },
    );
    const titles = await this.titles(sides.flatMap((side) => [side.own, side.other]));
    const titleOf = (ref: PostingRef) => titles.get(`${ref.kind}:${ref.id}`) ?? '';
    return matches.map((match, i) => {
      const { own, other } = sides[i]!;
      // The other side's decline reaches this side in aggregate only (the posting's decline summary),
      // so no one decliner is named: to this side the match reads as answered.
      const declinedByOther =
        match.status === 'declined' &&
        match.declinedBy !== null &&
        match.declinedBy !== (fromSource(match) ? 'source' : 'candidate');
      const score = Number(match.score);
      const level = fitLevel(pairTypeOf(match.sourceKind, match.candidateKind)!.type, score);
      return {
        id: match.id,
        candidateType: other.kind,
        candidateId: other.id,
        title: titleOf(other),
        posting: { type: own.kind, id: own.id, title: titleOf(own) },
        score,
        fitLevel: level,
        fitLabel: lang === 'en' ? FIT_LABELS[level].en : FIT_LABELS[level].zh,
        superseded: match.supersededAt !== null,
        reasons: match.reasons[lang] ?? match.reasons['zh-CN'] ?? [],
        features: match.features,
        status: declinedByOther ? 'viewed' : match.status,
        declineReasonCode: declinedByOther ? null : match.declineReasonCode,
        updatedAt: match.updatedAt.toISOString(),
      };
    });
  }
}
