import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import type { ParsedQuery, QueryWord } from '../search-engine.js';
import { domainVocabulary, thesaurusGroups, thesaurusHierarchy } from '../thesaurus/thesaurus.js';

/** Words too common to narrow a search; dropped from queries and documents alike. */
const STOPWORDS = new Set(
  (
    '的 了 和 与 及 或 等 在 是 对 为 于 以 将 把 被 从 到 之 其 这 那 并 而 也 都 就 一个 一种 进行 相关 方面 ' +
    'a an the of and or for in on to with by at from as is are be this that'
  ).split(' '),
);

/** A lexeme is letters and digits only, so it can be quoted into a tsquery without escaping. */
const WORDISH = /^[\p{L}\p{N}]+$/u;
const LATIN = /^[a-z0-9]+$/;
/** A Latin word long enough that a trigram match to a known term is more likely a fix than noise. */
const FUZZY = /^[a-z][a-z0-9]{3,}$/;
const HAS_HAN = /\p{Script=Han}/u;
const MAX_LEXEME = 60;
/** jieba frequency for domain terms: high enough that the DAG keeps them whole. */
const USER_WORD_FREQUENCY = 200_000;
/** How far a query word reaches down the hierarchy (锂电池 → 正极材料 → 三元材料) and up it. */
const NARROWER_DEPTH = 2;
const BROADER_DEPTH = 1;
/**
 * A word that is not a term but a part of terms (lithium, 视觉) stands for those terms' groups, unless
 * it is part of so many that it names no subject: then it stays a plain word.
 */
const MAX_GROUPS_OF_PART = 20;
/**
 * Parts of terms that qualify rather than name a subject (battery management *system*, 高端装备): they
 * never stand for the terms they are part of, however few.
 */
const GENERIC_PARTS = new Set(
  (
    'system systems high advanced smart intelligent digital control new technology technologies management ' +
    'equipment device devices process processing material materials engineering industrial power based ' +
    'service services application applications low large green modern 系统 技术 智能 设备 装置 材料 工艺 管理 ' +
    '控制 高端 新型 先进 数字 服务 应用 工程 工业 产业'
  ).split(' '),
);

/** One synonym group of the thesaurus, with its place in the hierarchy. */
interface Concept {
  terms: string[];
  /** Each term as its lexemes. */
  lexemes: string[][];
  narrower: Set<Concept>;
  broader: Set<Concept>;
}

/** NFKC folds full-width Latin and digits (ＡＩ → AI); lower case makes Latin matching case-blind. */
export const normalizeText = (text: string) => text.normalize('NFKC').toLowerCase();

/**
 * Segmentation and query understanding shared by indexing and searching: jieba with the domain
 * vocabulary as user words, and the thesaurus keyed by the same segmentation, so a query word and a
 * thesaurus term compare equal exactly when they segment the same way.
 */
export class TextAnalyzer {
  private static instance?: TextAnalyzer;
  private readonly jieba: Jieba;
  /** Segmented key of a term → its synonym group (each term as its lexemes). */
  private readonly groups = new Map<string, Concept>();
  /** A lexeme that is one part of terms (lithium of lithium-ion battery, 视觉 of 机器视觉) → their groups. */
  private readonly groupsOfPart = new Map<string, Set<Concept>>();
  private readonly longestPhrase: number;

  /** One per process: loading the dictionary takes ~0.3 s and ~30 MB. */
  static shared(): TextAnalyzer {
    TextAnalyzer.instance ??= new TextAnalyzer();
    return TextAnalyzer.instance;
  }

  private constructor() {
    this.jieba = Jieba.withDict(dict);
    const userWords = domainVocabulary()
      .map(normalizeText)
      .filter((term) => HAS_HAN.test(term) && !/\s/.test(term));
    this.jieba.loadDict(Buffer.from(userWords.map((w) => `${w} ${USER_WORD_FREQUENCY} n`).join('\n')));
    let longest = 1;
    for (const group of thesaurusGroups()) {
      const terms = group.map(normalizeText);
      const lexemes = terms.map((term) => this.words(term)).filter((l) => l.length > 0);
      const entry: Concept = { terms, lexemes, narrower: new Set(), broader: new Set() };
      for (const term of lexemes) {
        this.groups.set(term.join(' '), entry);
        longest = Math.max(longest, term.length);
      }
    }
    this.longestPhrase = longest;
    for (const { broader, narrower } of thesaurusHierarchy()) {
      const parent = this.groupOf(broader);
      for (const term of narrower) {
        const child = this.groupOf(term);
        if (!parent || !child || parent === child) continue;
        parent.narrower.add(child);
        child.broader.add(parent);
      }
    }
    for (const entry of new Set(this.groups.values())) {
      for (const term of entry.lexemes) {
        // A Latin term's words (lithium, ion, battery); a Chinese term's dictionary sub-words (视觉, 检测).
        const parts = term.length > 1 ? term : HAS_HAN.test(term[0]!) ? this.subWords(term[0]!) : [];
        for (const part of parts) {
          if (STOPWORDS.has(part) || GENERIC_PARTS.has(part) || (!HAS_HAN.test(part) && part.length < 3))
            continue;
          const groups = this.groupsOfPart.get(part) ?? new Set<Concept>();
          groups.add(entry);
          this.groupsOfPart.set(part, groups);
        }
      }
    }
  }

  /** The group a term of the thesaurus data belongs to, however it is spelled or cased. */
  private groupOf(term: string): Concept | undefined {
    return this.groups.get(this.words(term).join(' '));
  }

  /**
   * What a term or word reaches through the thesaurus, as surface terms: the terms of the groups its
   * parse's `related` comes from (narrower, broader, or the terms it is part of). For engines that take
   * the thesaurus as data (Meilisearch's one-way synonyms), so both engines expand alike.
   */
  relatedTerms(term: string): string[] {
    const key = this.words(term).join(' ');
    const found = new Set<string>();
    for (const concept of this.relatedConcepts(key, this.groups.get(key)))
      for (const t of concept.terms) found.add(t);
    return [...found];
  }

  /**
   * The concepts (preferred terms) a thesaurus term reaches through the hierarchy — narrower groups two
   * levels down, the broader one up — for reasoning about subjects rather than matching text.
   */
  relatedConceptsOf(term: string): string[] {
    const key = this.words(term).join(' ');
    const group = this.groups.get(key);
    return group ? [...this.relatedConcepts(key, group)].map((concept) => concept.terms[0]!) : [];
  }

  /** The words that stand for the terms they are part of (lithium, 视觉): keys of `relatedTerms` too. */
  partWords(): string[] {
    return [...this.groupsOfPart.keys()].filter(
      (part) => !this.groups.has(part) && this.relatedConcepts(part, undefined).size > 0,
    );
  }

  /** Every lexeme of the thesaurus's terms (their Latin ones seed the typo vocabulary). */
  vocabularyLexemes(): string[] {
    return [...this.groups.keys()].flatMap((key) => key.split(' '));
  }

  /** Search-mode tokens of a text (whole words plus their dictionary sub-words), for indexing. */
  indexTokens(text: string): string[] {
    return this.clean(this.jieba.cutForSearch(normalizeText(text), true));
  }

  /** Precise-mode words of a text, in order, for queries. */
  words(text: string): string[] {
    return this.clean(this.jieba.cut(normalizeText(text), true));
  }

  /** Latin tokens worth remembering as known terms (typo correction reads them). */
  latinTerms(tokens: readonly string[]): string[] {
    const terms = new Set<string>();
    for (const token of tokens) {
      // Most tokens are Chinese: a char-code test rejects them before any regex runs.
      if (token.length >= 3 && token.charCodeAt(0) < 128 && LATIN.test(token) && /[a-z]/.test(token))
        terms.add(token);
    }
    return [...terms];
  }

  /**
   * Understands a query: segments it, merges runs of words that form a thesaurus term (lithium ion
   * battery), and gives each word its alternatives — itself, its dictionary sub-words together, and every
   * synonym — and its related terms, which match too but rank lower: the narrower and broader groups of
   * a term, or the groups of the terms a word is part of (lithium → lithium-ion battery). An empty
   * `words` means nothing searchable was typed (punctuation, emoji, stopwords).
   */
  parse(text: string): ParsedQuery {
    const tokens = this.words(text);
    const words: QueryWord[] = [];
    for (let i = 0; i < tokens.length;) {
      let matched = 1;
      for (let n = Math.min(this.longestPhrase, tokens.length - i); n > 1; n -= 1) {
        if (this.groups.has(tokens.slice(i, i + n).join(' '))) {
          matched = n;
          break;
        }
      }
      words.push(this.word(tokens.slice(i, i + matched)));
      i += matched;
    }
    const highlight = new Set<string>();
    for (const word of words) {
      highlight.add(word.text);
      for (const alternative of [...word.alternatives, ...word.related])
        for (const lexeme of alternative) highlight.add(lexeme);
      for (const term of this.groups.get(word.alternatives[0]!.join(' '))?.terms ?? []) highlight.add(term);
    }
    return {
      text: text.trim(),
      words,
      highlightTerms: [...highlight]
        .filter((term) => HAS_HAN.test(term) || term.length >= 2)
        .sort((a, b) => b.length - a.length),
    };
  }

  /**
   * The broader concepts (上位词, one level up) of a concept named by its preferred term: 三维视觉 → 机器视觉,
   * 正极材料 → 锂电池. None for a term that names no group.
   */
  broaderConcepts(concept: string): string[] {
    return [...(this.groupOf(concept)?.broader ?? [])].map((group) => group.terms[0]!);
  }

  /** The concept a term is a name of (lithium-ion battery → 锂电池), or undefined if it names none whole. */
  conceptOf(term: string): string | undefined {
    return this.groups.get(this.words(term).join(' '))?.terms[0];
  }

  /**
   * The thesaurus concepts a text mentions, each named by its group's preferred term (锂电池 for 锂离子电池
   * and lithium-ion battery alike), so two texts that word one idea differently — or in two languages —
   * share a token. Phrases are found as runs of precise-mode words, single terms also among the
   * search-mode sub-words (锂电池热失控 holds 热失控); pass the text's `indexTokens` if already cut.
   */
  concepts(text: string, indexTokens: readonly string[] = this.indexTokens(text)): string[] {
    const found = new Set<string>();
    // Chinese thesaurus terms are jieba user words, so search mode yields them whole; only Latin phrases
    // (thermal runaway) need the run-of-words pass, which costs a second segmentation.
    if (/[a-z]/i.test(text)) {
      const tokens = this.words(text);
      for (let i = 0; i < tokens.length; i += 1) {
        for (let n = Math.min(this.longestPhrase, tokens.length - i); n >= 1; n -= 1) {
          const group = this.groups.get(tokens.slice(i, i + n).join(' '));
          if (group) {
            found.add(group.terms[0]!);
            break;
          }
        }
      }
    }
    for (const token of indexTokens) {
      const group = this.groups.get(token);
      if (group) found.add(group.terms[0]!);
    }
    return [...found];
  }

  private word(lexemes: string[]): QueryWord {
    const key = lexemes.join(' ');
    const alternatives = new Map<string, string[]>([[key, lexemes]]);
    if (lexemes.length === 1 && HAS_HAN.test(key)) {
      // 视觉检测 also matches a text that says 视觉…检测 apart, or that jieba cut differently in context
      // (海上|风电运维 rather than 海上风电|运维): its sub-words, anywhere.
      const parts = this.subWords(key);
      if (parts.length > 1) alternatives.set(parts.join(' '), parts);
    }
    const group = this.groups.get(key);
    for (const synonym of group?.lexemes ?? []) this.addTerm(alternatives, synonym);
    const related = new Map<string, string[]>();
    for (const concept of this.relatedConcepts(key, group)) {
      for (const term of concept.lexemes) this.addTerm(related, term, alternatives);
    }
    return {
      text: lexemes.join(LATIN.test(lexemes[0]!) ? ' ' : ''),
      alternatives: [...alternatives.values()],
      related: [...related.values()],
      fuzzy: !group && lexemes.length === 1 && FUZZY.test(key),
    };
  }

  /**
   * Adds a thesaurus term as an alternative — and a Chinese one also as its sub-words together (污水处理
   * → 污水 & 处理, for a text that says 处理…污水), as for the query's own words — unless `except` has it.
   */
  private addTerm(into: Map<string, string[]>, term: string[], except?: Map<string, string[]>) {
    const add = (lexemes: string[]) => {
      const key = lexemes.join(' ');
      if (!except?.has(key)) into.set(key, lexemes);
    };
    add(term);
    if (term.length === 1 && HAS_HAN.test(term[0]!)) {
      const parts = this.subWords(term[0]!);
      if (parts.length > 1) add(parts);
    }
  }

  /**
   * The groups a query word reaches beyond its own: for a term, its narrower groups (two levels) and its
   * broader group; for a word that is only a part of terms (lithium, 视觉), the groups of those terms and
   * their narrower groups — unless it is part of too many to name a subject.
   */
  private relatedConcepts(key: string, group: Concept | undefined): Set<Concept> {
    const found = new Set<Concept>();
    if (group) {
      const walk = (from: Concept, next: (c: Concept) => Set<Concept>, depth: number) => {
        if (depth === 0) return;
        for (const concept of next(from)) {
          if (concept === group || found.has(concept)) continue;
          found.add(concept);
          walk(concept, next, depth - 1);
        }
      };
      walk(group, (c) => c.narrower, NARROWER_DEPTH);
      walk(group, (c) => c.broader, BROADER_DEPTH);
      return found;
    }
    // A part stands for its terms' groups and reaches one level below them (lithium → 锂电池 → 电芯).
    const parts = this.groupsOfPart.get(key);
    if (!parts || parts.size > MAX_GROUPS_OF_PART) return found;
    for (const concept of parts) {
      found.add(concept);
      for (const narrower of concept.narrower) found.add(narrower);
    }
    return found;
  }

  /**
   * A word covered left to right by its longest dictionary sub-words, without overlaps: 海上风电 →
   * 海上 风电 (not the 上风 that search mode also finds inside it), 锂离子电池 → 锂离子 电池.
   */
  private subWords(word: string): string[] {
    const parts = this.indexTokens(word).filter((part) => part !== word);
    const cover: string[] = [];
    for (let at = 0; at < word.length;) {
      const part = parts
        .filter((p) => word.startsWith(p, at))
        .reduce<string | undefined>(
          (longest, p) => (longest && longest.length >= p.length ? longest : p),
          undefined,
        );
      if (part) cover.push(part);
      at += part?.length ?? 1;
    }
    return cover;
  }

  private clean(tokens: string[]): string[] {
    return tokens.filter((t) => WORDISH.test(t) && t.length <= MAX_LEXEME && !STOPWORDS.has(t));
  }
}
