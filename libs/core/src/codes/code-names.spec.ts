import { describe, expect, it } from '@jest/globals';

import { codeForName } from './code-names.js';

describe('codeForName', () => {
  it.each([
    ['region', '江苏省', '320000'],
    ['techField', '动力电池', 'EV-BATTERY'],
    ['techField', 'traction batteries', 'EV-BATTERY'],
    ['industry', '锂离子电池制造', '3841'],
    ['industry', 'Manufacturing', 'C'],
  ] as const)('reads the %s name %s as %s', (list, name, code) => {
    expect(codeForName(list, name)).toBe(code);
  });

  it('takes the higher entry when a 中类 and its single 小类 share a name', () => {
    expect(codeForName('industry', '造林和更新')).toBe('022');
  });

  it('leaves a name shared by unrelated entries unresolved rather than guess', () => {
    expect(codeForName('region', '鼓楼区')).toBeUndefined();
    expect(codeForName('industry', '没有这个行业')).toBeUndefined();
  });
});
