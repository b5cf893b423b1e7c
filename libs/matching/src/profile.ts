import type { PostingKind } from '#core';

/** 专家 availability, as on an expert profile. */
export type MatchAvailability = 'available' | 'limited' | 'unavailable';

/** Where a posting is, and where it serves; codes are GB/T 2260 (province `PP0000`, city `PPCC00`). */
export interface MatchRegion {
  /** Province code, or undefined for a posting with no place (全国). */
  readonly province?: string;
  readonly city?: string;
  /** Province codes a supplier serves besides its own; empty with `nationwide` for 全国. */
  readonly served: readonly string[];
  /** Serves (or needs) the whole country. */
  readonly nationwide: boolean;
}

/**
 * A fact a confidential posting keeps from organizations without access (see docs/SECURITY.md):
 * its text beyond the title (and so the words it shares with the other side), its keywords, its amount
 * (budget, price, ask), its place below the province, its patents. What each kind hides follows what its
 * redacted view leaves out.
 */
export type HiddenFact = 'text' | 'keywords' | 'amount' | 'city' | 'patents';

/** A keyword as the scorer compares it: its normalized text, the terms that count as it, its parts. */
export interface MatchKeyword {
  readonly text: string;
  /**
   * Terms any one of which means the keyword is there: the keyword itself, its thesaurus concept, and for
   * a sector such as 汽车与交通 each of its alternatives (汽车, 交通) and theirs.
   */
  readonly forms: readonly string[];
  /** Search-mode tokens of the keyword, for partial matches (负温施工 → 负温, 施工). */
  readonly parts: readonly string[];
}

/**
 * A posting as the matching engine sees it, whatever its kind: analyzed text, taxonomy codes and the
 * structured facts the features read. Built by {@link ProfileBuilder}; the scorer never touches entities,
 * so the same code ranks rows from PostgreSQL and records from the labelled evaluation set.
 */
export interface MatchProfile {
  readonly kind: PostingKind;
  readonly id: string;
  readonly title: string;
  /** Term → weighted frequency: search-mode tokens plus `~concept` ids from the thesaurus. */
  readonly terms: ReadonlyMap<string, number>;
  /** Sum of the weighted frequencies (the BM25 document length). */
  readonly length: number;
  /**
   * Terms that only the names of the posting's field codes brought into `terms` (an echo of the codes the
   * field feature scores), not words of the posting's own: keyword coverage against an expert leaves them
   * out (`keywordOverlap`).
   */
  readonly echoed?: readonly string[];
  readonly keywords: readonly MatchKeyword[];
  /** The keywords are sectors served (an offer's 投资领域), any one of which is a fit. */
  readonly keywordsAreSectors?: boolean;
  /** Technology field codes, each subfield with its top field (EV-BATTERY, EV). */
  readonly fields: readonly string[];
  readonly region: MatchRegion;
  /** The need side insists on its own province (a demand's 地域要求). */
  readonly regionRequired?: boolean;
  /** Technology readiness the supply side has reached (achievement), or the need side requires. */
  readonly trl?: number;
  readonly trlNeeded?: number;
  /** A range in 万元: a demand's budget, an achievement's price, a project's ask, an offer's ticket. */
  readonly amountWan?: { readonly min: number; readonly max: number };
  /** Financing stages: a project's one stage, or the stages an offer invests in. */
  readonly stages?: readonly string[];
  readonly availability?: MatchAvailability;
  /** Evidence of delivery: patents of an achievement, seniority of an expert (0–1 with its facts). */
  readonly patentCount?: number;
  readonly senior?: boolean;
  readonly publishedAt?: Date;
  /** How the other side has answered this posting's matches so far (decline feedback). */
  readonly feedback?: { readonly shown: number; readonly declined: number };
  /**
   * What the posting keeps from the other side until access is granted (confidential postings only):
   * the reasons and features that side reads are explained from the profile without them (`masked`).
   */
  readonly hidden?: readonly HiddenFact[];
}

/**
 * The profile as an organization without access may know it: the hidden facts removed (no words at
 * all, since the title's cannot be told from the body's in the bag of terms; no keywords, no amount, the
 * province for the place, no patents). Explaining a pair from it can only say what that organization may
 * already see.
 */
export function masked(profile: MatchProfile): MatchProfile {
  const hidden = new Set(profile.hidden ?? []);
  if (hidden.size === 0) return profile;
  const region = { ...profile.region, city: undefined };
  return {
    ...profile,
    ...(hidden.has('text') ? { terms: new Map(), length: 0 } : {}),
    ...(hidden.has('keywords') ? { keywords: [] } : {}),
    ...(hidden.has('amount') ? { amountWan: undefined } : {}),
    ...(hidden.has('city') ? { region } : {}),
    ...(hidden.has('patents') ? { patentCount: undefined } : {}),
  };
}

/** A pair type: the need side (demand or project) and the supply side it is matched with. */
export type PairType =
  | 'demand:expert'
  | 'demand:achievement'
  | 'demand:project'
  | 'demand:financing-offer'
  | 'project:financing-offer';

export const PAIR_TYPES: readonly PairType[] = [
  'demand:expert',
  'demand:achievement',
  'demand:project',
  'demand:financing-offer',
  'project:financing-offer',
];

/** The pair type of two kinds in either order (need side first), or undefined if they are never matched. */
export function pairTypeOf(a: PostingKind, b: PostingKind): { type: PairType; swapped: boolean } | undefined {
  const forward = `${a}:${b}`;
  if ((PAIR_TYPES as readonly string[]).includes(forward))
    return { type: forward as PairType, swapped: false };
  const backward = `${b}:${a}`;
  if ((PAIR_TYPES as readonly string[]).includes(backward))
    return { type: backward as PairType, swapped: true };
  return undefined;
}

/** The kinds a posting of this kind is matched against. */
export function counterpartKinds(kind: PostingKind): PostingKind[] {
  return PAIR_TYPES.flatMap((type) => {
    const [need, supply] = type.split(':') as [PostingKind, PostingKind];
    if (need === kind) return [supply];
    if (supply === kind) return [need];
    return [];
  });
}
