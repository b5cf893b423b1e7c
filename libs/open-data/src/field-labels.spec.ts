import { describe, expect, it } from '@jest/globals';
import { fieldLabel } from './field-labels.js';

describe('fieldLabel', () => {
  it('labels the fields every posting has alike for demands and achievements', () => {
    expect(fieldLabel('demand', 'fields', 'zh-CN')).toBe('技术领域');
    expect(fieldLabel('achievement', 'regionCode', 'en')).toBe('Region');
  });

  it('labels a nested field by its first part, and a kind’s own field as that kind’s form does', () => {
    expect(fieldLabel('achievement', 'contact.name', 'zh-CN')).toBe('联系人');
    expect(fieldLabel('demand', 'teaser', 'zh-CN')).toBe('需求摘要（公开展示）');
    expect(fieldLabel('achievement', 'teaser', 'zh-CN')).toBe('公开摘要');
  });

  it('falls back to the field’s own name when it has no label', () => {
    expect(fieldLabel('demand', 'unknownField', 'en')).toBe('unknownField');
  });
});
