import { Injectable } from '@nestjs/common';
import { industryName, isIndustryCode, TECH_FIELDS, techFieldName, type Language } from '#core';
import { normalizeText, TextAnalyzer } from '../text/analyzer.js';
import { thesaurusSections } from '../thesaurus/thesaurus.js';
import { FIELD_INDUSTRIES } from './field-industries.data.js';

/** How much one kind of evidence counts towards a field. */
const WEIGHT = { name: 3, keyword: 2, related: 1, section: 1 } as const;
/** A subfield also scores half of what its top field's own terms score (its context). */
const PARENT_SHARE = 0.5;
/** Weakest evidence worth suggesting: one keyword, or a name. */
const MIN_SCORE = WEIGHT.keyword;
/** Suggestions far behind the best are noise. */
const MIN_SHARE_OF_BEST = 0.25;
const MAX_SUGGESTIONS = 5;
/** How a name or keyword joins alternatives: 大数据与云计算, 增材制造（3D打印）, Big Data and Cloud Computing. */
const ALTERNATIVES = /[与和及、，,/（）()]|\s+(?:and|&)\s+/u;

export interface FieldSuggestion {
  code: string;
  name: string;
  /** The top field of a subfield; absent for a top field. */
  parentCode?: string;
  parentName?: string;
  /** Relative strength, 1 for the best suggestion. */
  score: number;
}

export interface FieldSuggestions {
  fields: FieldSuggestion[];
  /** The GB/T 4754 division of the best field, when the field says one. */
  industry: { code: string; name: string } | null;
}

interface FieldProfile {
  code: string;
  parentCode?: string;
  /** Evidence key (a thesaurus concept or a normalized term) → its weight for this field. */
  terms: Map<string, number>;
}

/**
 * Suggests technology fields for what a user is writing (a posting's title, description and keywords):
 * each field of the taxonomy — whatever fields it holds — is described by its names, its keywords, the
 * thesaurus concepts those reach (narrower and broader groups) and, for top fields, the thesaurus groups
 * filed under them; a text scores the evidence it mentions, in Chinese or English alike (the thesaurus
 * maps both to one concept). The industry hint comes from the best field (FIELD_INDUSTRIES).
 */
@Injectable()
export class FieldSuggester {
  private readonly analyzer = TextAnalyzer.shared();
  private readonly profiles: FieldProfile[];
  /** Latin taxonomy phrases that no thesaurus concept covers, found in a text by their words in a row. */
  private readonly latinPhrases = new Map<string, RegExp>();

  constructor() {
    const sections = new Map<string, string[]>();
    for (const { field, group } of thesaurusSections()) {
      const concepts = sections.get(field) ?? [];
      concepts.push(this.keyOf(group[0]!));
      sections.set(field, concepts);
    }
    this.profiles = TECH_FIELDS.flatMap((top) => [
      this.profile(top, undefined, sections.get(top.code) ?? []),
      ...top.subfields.map((sub) => this.profile(sub, top.code, [])),
    ]);
    // A concept that names a field (or is one of its keywords) is evidence for that field, not for the
    // fields whose terms merely reach it: 机器视觉 is narrower than 人工智能, but it is 机器视觉's own.
    const named = new Set(
      this.profiles.flatMap((p) => [...p.terms].filter(([, w]) => w >= WEIGHT.keyword).map(([key]) => key)),
    );
    for (const profile of this.profiles)
      for (const [key, weight] of profile.terms)
        if (weight < WEIGHT.keyword && named.has(key)) profile.terms.delete(key);
  }

  suggest(text: string, lang: Language): FieldSuggestions {
    const found = this.evidence(text);
    const own = new Map(this.profiles.map((p) => [p.code, this.score(p, found)]));
    const scored = this.profiles
      .map((profile) => {
        const parent = profile.parentCode ? (own.get(profile.parentCode) ?? 0) : 0;
        return { profile, score: own.get(profile.code)! + PARENT_SHARE * parent };
      })
      .filter(({ profile, score }) => score >= MIN_SCORE && own.get(profile.code)! > 0)
      .sort((a, b) => b.score - a.score || (a.profile.code < b.profile.code ? -1 : 1));
    // A top field is offered only when none of its subfields is: the subfield says more.
    const withSubfield = new Set(scored.flatMap(({ profile }) => profile.parentCode ?? []));
    const kept = scored.filter(({ profile }) => profile.parentCode || !withSubfield.has(profile.code));
    const best = kept[0]?.score ?? 0;
    const fields = kept
      .filter(({ score }) => score >= best * MIN_SHARE_OF_BEST)
      .slice(0, MAX_SUGGESTIONS)
      .map(({ profile, score }): FieldSuggestion => {
        const suggestion: FieldSuggestion = {
          code: profile.code,
          name: techFieldName(profile.code, lang)!,
          score: Number((score / best).toFixed(3)),
        };
        if (profile.parentCode) {
          suggestion.parentCode = profile.parentCode;
          suggestion.parentName = techFieldName(profile.parentCode, lang)!;
        }
        return suggestion;
      });
    return { fields, industry: fields[0] ? this.industryOf(fields[0], lang) : null };
  }

  private industryOf(field: FieldSuggestion, lang: Language): FieldSuggestions['industry'] {
    const own = FIELD_INDUSTRIES[field.code];
    const code = own === undefined && field.parentCode ? FIELD_INDUSTRIES[field.parentCode] : own;
    if (!code || !isIndustryCode(code)) return null;
    return { code, name: industryName(code, lang)! };
  }

  private profile(
    field: (typeof TECH_FIELDS)[number] | (typeof TECH_FIELDS)[number]['subfields'][number],
    parentCode: string | undefined,
    sectionConcepts: string[],
  ): FieldProfile {
    const terms = new Map<string, number>();
    const add = (key: string, weight: number) => terms.set(key, Math.max(terms.get(key) ?? 0, weight));
    const addTerm = (term: string, weight: number) => {
      for (const variant of this.variants(term)) {
        add(this.keyOf(variant), weight);
        for (const related of this.analyzer.relatedConceptsOf(variant)) add(related, WEIGHT.related);
      }
    };
    for (const key of sectionConcepts) add(key, WEIGHT.section);
    for (const name of [field.zh, field.en]) addTerm(name, WEIGHT.name);
    for (const keyword of [...field.keywords.zh, ...field.keywords.en]) addTerm(keyword, WEIGHT.keyword);
    return { code: field.code, parentCode, terms };
  }

  /** A name or keyword and, if it joins alternatives, each of them. */
  private variants(term: string): string[] {
    const parts = term
      .split(ALTERNATIVES)
      .map((part) => part.trim())
      .filter((part) => part.length >= 2);
    return [...new Set([term, ...parts])];
  }

  /** The key evidence is compared by: the thesaurus concept a term names, else the term normalized. */
  private keyOf(term: string): string {
    const key = this.analyzer.conceptOf(term) ?? normalizeText(term).trim();
    if (/^[a-z0-9][a-z0-9 .+-]*[a-z0-9]$/.test(key) && key.includes(' ') && !this.latinPhrases.has(key))
      this.latinPhrases.set(key, new RegExp(`(?:^|[^a-z0-9])${key.replace(/[.+]/g, '\\$&')}(?:$|[^a-z0-9])`));
    return key;
  }

  /** Everything in a text that evidence keys can equal: its concepts, its tokens, its Latin phrases. */
  private evidence(text: string): Set<string> {
    const tokens = this.analyzer.indexTokens(text);
    const found = new Set<string>([...tokens, ...this.analyzer.concepts(text, tokens)]);
    const normalized = normalizeText(text);
    for (const [phrase, pattern] of this.latinPhrases) if (pattern.test(normalized)) found.add(phrase);
    return found;
  }

  private score(profile: FieldProfile, found: Set<string>): number {
    let score = 0;
    for (const [key, weight] of profile.terms) if (found.has(key)) score += weight;
    return score;
  }
}
