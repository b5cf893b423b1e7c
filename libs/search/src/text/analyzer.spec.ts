import { describe, expect, it } from '@jest/globals';
import { TextAnalyzer } from './analyzer.js';

const analyzer = TextAnalyzer.shared();
const alternativesOf = (text: string) =>
  analyzer.parse(text).words.map((w) => w.alternatives.map((a) => a.join(' ')));
const relatedOf = (text: string) => analyzer.parse(text).words.map((w) => w.related.map((a) => a.join(' ')));

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

  it('reaches narrower terms two levels down and the broader term one level up, apart from synonyms', () => {
    const [related] = relatedOf('锂电池');
    // 正极材料 is narrower than 锂电池, 三元材料 narrower than 正极材料; 电芯 is a part of a 锂电池.
    expect(related).toEqual(
      expect.arrayContaining(['动力电池', '电芯', '正极材料', '三元材料', 'battery cell']),
    );
    expect(related).not.toContain('锂离子电池');
    expect(alternativesOf('锂电池')[0]).not.toContain('电芯');
    expect(relatedOf('三元材料')[0]).toContain('正极材料');
    expect(relatedOf('三元材料')[0]).not.toContain('锂电池');
  });

  it('lets a single English word that is part of terms stand for their groups', () => {
    const [related] = relatedOf('lithium');
    expect(related).toEqual(expect.arrayContaining(['锂电池', '磷酸铁锂', '电芯']));
    expect(analyzer.parse('lithium').words[0]!.alternatives).toEqual([['lithium']]);
  });

  it('does not expand a word that qualifies rather than names a subject', () => {
    expect(relatedOf('system')[0]).toEqual([]);
    expect(relatedOf('advanced')[0]).toEqual([]);
  });

  it('matches a Chinese synonym also by its sub-words together', () => {
    expect(alternativesOf('废水处理')[0]).toEqual(expect.arrayContaining(['污水处理', '污水 处理']));
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

  it('names the broader concepts one level up, by their preferred terms', () => {
    expect(analyzer.broaderConcepts('三维视觉')).toEqual(['机器视觉']);
    expect(analyzer.broaderConcepts('正极材料')).toEqual(['锂电池']);
    expect(analyzer.broaderConcepts('锂电池')).toEqual([]);
    expect(analyzer.broaderConcepts('今天')).toEqual([]);
  });

  it('files analytical instruments under their kinds: 气相色谱 is a 色谱仪, a 光谱仪 a 科学仪器', () => {
    expect(analyzer.broaderConcepts('气相色谱')).toEqual(['色谱仪']);
    expect(analyzer.broaderConcepts('光谱仪')).toEqual(['科学仪器']);
    expect(analyzer.broaderConcepts('涡街流量计')).toEqual(['流量计']);
  });

  it('puts no pollutant under the treatment of one medium: VOCs occur in water too', () => {
    expect(analyzer.broaderConcepts('VOCs')).toEqual([]);
  });
});
