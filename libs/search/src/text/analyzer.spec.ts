import { describe, expect, it } from '@jest/globals';
import { TextAnalyzer } from './analyzer.js';

const analyzer = TextAnalyzer.shared();
const alternativesOf = (text: string) =>
  analyzer.parse(text).words.map((w) => w.alternatives.map((a) => a.join(' ')));

describe('TextAnalyzer', () => {
  it('keeps thesaurus terms whole when indexing, and adds their sub-words', () => {
    const tokens = analyzer.indexTokens('锂离子电池正极材料的循环寿命');
    expect(tokens).toEqual(expect.arrayContaining(['锂离子电池', '电池', '正极材料', '循环寿命']));
    expect(tokens).not.toContain('的');
  });

  it('expands a Chinese query word to its synonyms in both languages', () => {
    const [alternatives] = alternativesOf('锂电池');
    expect(alternatives).toEqual(expect.arrayContaining(['锂电池', '锂离子电池', 'lithium ion battery']));
  });

  it('recognises a multi-word English term and maps it to the Chinese ones', () => {
    const words = analyzer.parse('Lithium-ion Battery recycling').words;
    expect(words.map((w) => w.text)).toEqual(['lithium ion battery', 'recycling']);
    expect(words[0]!.alternatives.map((a) => a.join(' '))).toContain('锂离子电池');
  });

  it('matches 视觉检测 to 机器视觉 and to its two sub-words apart', () => {
    const [alternatives] = alternativesOf('视觉检测');
    expect(alternatives).toEqual(
      expect.arrayContaining(['视觉检测', '机器视觉', '视觉 检测', 'machine vision']),
    );
  });

  it('covers a word by its dictionary sub-words without overlaps', () => {
    expect(alternativesOf('海上风电')[0]).toContain('海上 风电');
    expect(alternativesOf('海上风电')[0]).not.toContain('海上 上风 风电');
  });

  it('folds full-width and upper-case Latin', () => {
    expect(analyzer.parse('ＮＣＭ811 Cathode').words.map((w) => w.text)).toEqual(['ncm811', 'cathode']);
  });

  it('finds nothing searchable in punctuation, emoji and stopwords', () => {
    for (const text of ['！？。，', '🔋🚗✨', '的 和 the of', "'; DROP TABLE x; --"]) {
      const words = analyzer.parse(text).words;
      if (text.includes('DROP')) expect(words.map((w) => w.text)).toEqual(['drop', 'table', 'x']);
      else expect(words).toEqual([]);
    }
  });

  it('marks Latin words that could be typos as fuzzy, but not thesaurus terms or short words', () => {
    const words = analyzer.parse('lithum battery ai').words;
    expect(words.map((w) => [w.text, w.fuzzy])).toEqual([
      ['lithum', true],
      ['battery', true],
      ['ai', false],
    ]);
  });

  it('lexemes are letters and digits only, safe to quote into a tsquery', () => {
    const lexemes = analyzer
      .parse(`a'b\\c "锂电" o'reilly 3.5μm`)
      .words.flatMap((w) => w.alternatives.flat());
    for (const lexeme of lexemes) expect(lexeme).toMatch(/^[\p{L}\p{N}]+$/u);
  });
});

describe('TextAnalyzer.concepts', () => {
  const analyzer = TextAnalyzer.shared();

  it('names a concept by its preferred term in either language', () => {
    expect(analyzer.concepts('lithium-ion battery thermal runaway')).toEqual(
      expect.arrayContaining(['锂电池', '热失控']),
    );
    expect(analyzer.concepts('锂离子电池热失控预警')).toEqual(expect.arrayContaining(['锂电池', '热失控']));
  });

  it('names the concept of a whole term only', () => {
    expect(analyzer.conceptOf('Lithium-ion battery')).toBe('锂电池');
    expect(analyzer.conceptOf('锂离子电池热失控预警')).toBeUndefined();
  });

  it('finds nothing in text without thesaurus terms', () => {
    expect(analyzer.concepts('今天天气不错')).toEqual([]);
  });
});
