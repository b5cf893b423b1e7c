import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import type { Language, PostingKind } from '#core';
import { PostingAccessService } from '#postings';
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

/** A posting as a match shows it: its title (teaser when confidential) and who may read it in full. */
interface ShownPosting {
  title: string;
  confidential: boolean;
  organizationId: string;
}

/** Features, reasons and warnings as one side of a match may read them. */
export interface MatchExplanationView {
  features: Record<string, number | null>;
  reasons: Record<string, string[]>;
  warnings: Record<string, string[]>;
}

/** What a viewer without access reads of a pair whose redacted explanation was never stored: nothing. */
const NOTHING_SHOWN: MatchExplanationView = { features: {}, reasons: {}, warnings: {} };

/**
 * The explanation of a match for a viewer on the side opposite `other`: the full one, or, when `other`
 * keeps facts from that viewer, the one stored without them (nothing when none was stored, as for rows
 * scored before redaction existed: a reason that might quote a hidden field is never shown).
 */
export function explanationFor(
  match: Match,
  other: 'source' | 'candidate',
  hidden: boolean,
): MatchExplanationView {
  if (!hidden) return { features: match.features, reasons: match.reasons, warnings: match.warnings };
  return match.redacted?.[other] ?? NOTHING_SHOWN;
}

/**
 * Matches as a party sees them, and the postings' titles they show: shared by the match lists and the
 * conversations opened from a match. A confidential posting shows its teaser, never its title, and the
 * reasons and features a party reads of a confidential other side are those computed without its hidden
 * facts, until that party's organization holds a grant on it (demands) — decided here, per viewer, at
 * every read, so a grant reveals them and a revocation hides them again.
 */
@Injectable()
export class MatchPresenter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PostingAccessService,
  ) {}

  /** Titles keyed `kind:id`, read in one query per kind; a posting that is gone has none. */
  async titles(refs: PostingRef[]): Promise<Map<string, string>> {
    const shown = await this.postings(refs);
    return new Map([...shown].map(([key, posting]) => [key, posting.title]));
  }

  /**
   * Each match as seen from one side: `fromSource(match)` says the viewer holds the source posting, so
   * the other side is the candidate. `readsAll`: platform staff, who read every posting in full.
   */
  async present(
    matches: Match[],
    fromSource: (match: Match) => boolean,
    lang: Language,
    readsAll = false,
  ): Promise<MatchDto[]> {
    const source = (match: Match) => ({ kind: match.sourceKind, id: match.sourceId });
    const candidate = (match: Match) => ({ kind: match.candidateKind, id: match.candidateId });
    const sides = matches.map((match) =>
      fromSource(match)
        ? {
            own: source(match),
            other: candidate(match),
            otherSide: 'candidate' as const,
            viewer: match.sourceOrganizationId,
          }
        : {
            own: candidate(match),
            other: source(match),
            otherSide: 'source' as const,
            viewer: match.candidateOrganizationId,
          },
    );
    const postings = await this.postings(sides.flatMap((side) => [side.own, side.other]));
    const shown = (ref: PostingRef) => postings.get(`${ref.kind}:${ref.id}`);
    const hidden = readsAll
      ? sides.map(() => false)
      : await this.hiddenAmong(
          postings,
          sides.map((side) => ({ posting: side.other, viewer: side.viewer })),
        );
    return matches.map((match, i) => {
      const { own, other, otherSide } = sides[i]!;
      const posting = shown(other);
      const view = explanationFor(match, otherSide, hidden[i]!);
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
        title: posting?.title ?? '',
        posting: { type: own.kind, id: own.id, title: shown(own)?.title ?? '' },
        score,
        fitLevel: level,
        fitLabel: lang === 'en' ? FIT_LABELS[level].en : FIT_LABELS[level].zh,
        superseded: match.supersededAt !== null,
        reasons: inLanguage(view.reasons, lang),
        warnings: inLanguage(view.warnings, lang),
        features: view.features,
        status: declinedByOther ? 'viewed' : match.status,
        declineReasonCode: declinedByOther ? null : match.declineReasonCode,
        updatedAt: match.updatedAt.toISOString(),
      };
    });
  }

  /**
   * For each (posting, viewing organization): whether the posting keeps its hidden facts from that
   * organization — confidential, not the organization’s own, and no grant to it.
   */
  async hiddenFrom(pairs: { posting: PostingRef; viewer: string }[]): Promise<boolean[]> {
    return (await this.shownTo(pairs)).hidden;
  }

  /** `hiddenFrom`, with the postings' titles (keyed `kind:id`) read by the same queries. */
  async shownTo(
    pairs: { posting: PostingRef; viewer: string }[],
  ): Promise<{ hidden: boolean[]; titles: Map<string, string> }> {
    const postings = await this.postings(pairs.map((pair) => pair.posting));
    return {
      hidden: await this.hiddenAmong(postings, pairs),
      titles: new Map([...postings].map(([key, posting]) => [key, posting.title])),
    };
  }

  private async hiddenAmong(
    postings: Map<string, ShownPosting>,
    pairs: { posting: PostingRef; viewer: string }[],
  ): Promise<boolean[]> {
    const shown = (ref: PostingRef) => postings.get(`${ref.kind}:${ref.id}`);
    const granted = await this.grants(
      pairs
        .filter((pair) => shown(pair.posting)?.confidential)
        .map((pair) => ({ other: pair.posting, viewer: pair.viewer })),
    );
    return pairs.map(({ posting, viewer }) => {
      const row = shown(posting);
      return (
        row?.confidential !== false &&
        row?.organizationId !== viewer &&
        !granted.has(`${posting.kind}:${posting.id}:${viewer}`)
      );
    });
  }

  /** The postings of the refs, keyed `kind:id`, read in one query per kind; a posting gone has none. */
  private async postings(refs: PostingRef[]): Promise<Map<string, ShownPosting>> {
    const shown = new Map<string, ShownPosting>();
    // The kinds' queries go out together: an event's suggestions wait on them on every read.
    await Promise.all(
      [...new Set(refs.map((ref) => ref.kind))].map(async (kind) => {
        const source = POSTING_PROFILE_SOURCES[kind];
        const ids = refs.filter((ref) => ref.kind === kind).map((ref) => ref.id);
        const rows = await this.dataSource.getRepository(source.entity).findBy({ id: In(ids) });
        for (const row of rows) {
          const confidential = row.visibility === 'confidential';
          shown.set(`${kind}:${row.id}`, {
            title: confidential ? (row.teaser ?? '') : source.title(row),
            confidential,
            organizationId: row.organizationId,
          });
        }
      }),
    );
    return shown;
  }

  /** The standing grants among these (confidential posting, viewing organization) pairs, keyed `kind:id:org`. */
  private async grants(pairs: { other: PostingRef; viewer: string }[]): Promise<Set<string>> {
    const keys = new Set<string>();
    await Promise.all(
      [...new Set(pairs.map((pair) => pair.other.kind))].map(async (kind) => {
        const granted = await this.access.granted(
          kind,
          pairs
            .filter((pair) => pair.other.kind === kind)
            .map((pair) => ({ postingId: pair.other.id, organizationId: pair.viewer })),
        );
        for (const key of granted) keys.add(`${kind}:${key}`);
      }),
    );
    return keys;
  }
}

const inLanguage = (fragments: Record<string, string[]>, lang: Language) =>
  fragments[lang] ?? fragments['zh-CN'] ?? [];
