import { describe, expect, it } from '@jest/globals';
import { isIndustryCode, isTechFieldCode } from '#core';
import { FIELD_INDUSTRIES } from './field-industries.data.js';
import { FieldSuggester } from './field-suggester.js';

const suggester = new FieldSuggester();
const codes = (text: string) => suggester.suggest(text, 'zh-CN').fields.map((f) => f.code);

describe('FieldSuggester', () => {
  it('puts the field a Chinese text is about first, with its industry', () => {
    const answer = suggester.suggest(
      '动力电池包热失控预警算法：基于电压、温度多源信号的电池包早期预警',
      'zh-CN',
    );
    expect(answer.fields[0]).toMatchObject({
      code: 'EV-BATTERY',
      name: '动力电池',
      parentCode: 'EV',
      score: 1,
    });
    expect(answer.industry).toEqual({ code: '38', name: '电气机械和器材制造业' });
  });

  it('understands English text through the thesaurus and names fields in the asked language', () => {
    const answer = suggester.suggest('Machine vision inspection of wafer surface defects', 'en');
    expect(answer.fields[0]).toMatchObject({ code: 'IT-VISION', name: 'Machine Vision' });
  });

  it('finds a field from narrower terms the taxonomy does not list (电芯 is part of a 锂电池)', () => {
    expect(codes('电芯极片涂布面密度一致性控制')[0]).toBe('EV-BATTERY');
  });

  it('suggests nothing for text about no field, rather than a guess', () => {
    expect(suggester.suggest('今天天气不错，我们去公园散步', 'zh-CN')).toEqual({
      fields: [],
      industry: null,
    });
  });

  it('gives no industry when the best field points at none', () => {
    const answer = suggester.suggest('设施农业温室环境智能调控', 'zh-CN');
    expect(answer.fields[0]!.code).toBe('AG-SMART');
    expect(answer.industry).toBeNull();
  });
});

describe('FIELD_INDUSTRIES', () => {
  it('maps taxonomy codes to GB/T 4754 divisions only', () => {
    for (const [field, industry] of Object.entries(FIELD_INDUSTRIES)) {
      expect([field, isTechFieldCode(field)]).toEqual([field, true]);
      if (industry !== null)
        expect([industry, isIndustryCode(industry) && /^\d{2}$/.test(industry)]).toEqual([industry, true]);
    }
  });
});
