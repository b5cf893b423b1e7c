import { describe, expect, it } from '@jest/globals';
import { messages } from './messages.js';
import { negotiateLanguage, translate } from './translate.js';

describe('negotiateLanguage', () => {
  it.each([
    [undefined, 'zh-CN'],
    ['en-US,en;q=0.9', 'en'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh-CN'],
    ['fr-FR,en;q=0.5', 'en'],
    ['en;q=0.2,zh-TW;q=0.8', 'zh-CN'],
    ['de', 'zh-CN'],
  ])('picks the language for %p', (header, expected) => {
    expect(negotiateLanguage(header)).toBe(expected);
  });
});

describe('translate', () => {
  it('interpolates parameters in both languages', () => {
    expect(translate('zh-CN', 'field', 'maxLength', { max: 5 })).toBe('最多 5 个字符');
    expect(translate('en', 'field', 'maxLength', { max: 5 })).toBe('must be at most 5 characters');
  });

  it('falls back to the given key for an unknown constraint', () => {
    expect(translate('en', 'field', 'isSomethingNew', {}, 'invalid')).toBe('is invalid');
  });

  it('has every zh-CN key in English too', () => {
    for (const ns of ['problem', 'field'] as const) {
      expect(Object.keys(messages.en[ns]).sort()).toEqual(Object.keys(messages['zh-CN'][ns]).sort());
    }
  });
});
