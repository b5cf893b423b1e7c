import { describe, expect, it } from '@jest/globals';
import { expectNoticeEmail, expectNoticeText } from '#testing';
import { matchFoundEmail, matchFoundText } from './match-found.email.js';

const content = {
  ownKind: 'achievement',
  ownTitle: '锂离子电池热失控早期预警技术',
  counterpartKind: 'demand',
  counterpartTitle: '动力电池<热失控>预警',
  score: 0.734,
  reasons: {
    zh: ['同属动力电池领域', '成果 TRL 7 满足需求 ≥ 6', '80 万元在预算内', '同在江苏'],
    en: ['both in Traction Batteries', 'TRL 7 meets the required ≥ 6', '80 in budget', 'both in Jiangsu'],
  },
  link: 'https://duijie.example/demands/1',
};

describe('match-found texts', () => {
  it('name the counterpart, which posting of theirs it matched, the score as a percentage and at most three reasons, in both languages', () => {
    const text = matchFoundText(content);
    expectNoticeText(text, {
      title: { zh: '新的匹配：动力电池<热失控>预警', en: 'New match: 动力电池<热失控>预警' },
      zh: '技术需求「动力电池<热失控>预警」与您的科技成果「锂离子电池热失控早期预警技术」匹配，匹配度 73%。理由：同属动力电池领域；成果 TRL 7 满足需求 ≥ 6；80 万元在预算内。',
      en: [
        'The demand “动力电池<热失控>预警” matches your achievement “锂离子电池热失控早期预警技术” at 73%.',
      ],
    });
    expect(text.body.en).not.toContain('Jiangsu');
  });

  it('leave the reasons out when there are none', () => {
    const text = matchFoundText({ ...content, reasons: { zh: [], en: [] } });
    expect(text.body.zh).toBe(
      '技术需求「动力电池<热失控>预警」与您的科技成果「锂离子电池热失控早期预警技术」匹配，匹配度 73%。',
    );
    expect(text.body.en).toBe(
      'The demand “动力电池<热失控>预警” matches your achievement “锂离子电池热失控早期预警技术” at 73%.',
    );
  });

  it('render a bilingual email whose HTML escapes the title', () => {
    expectNoticeEmail(matchFoundEmail(content), {
      subject: '新的匹配 | New match: 动力电池<热失控>预警',
      actionLines: [
        '查看详情：https://duijie.example/demands/1',
        'View it: https://duijie.example/demands/1',
      ],
      unsafe: '<热失控>',
      escaped: '动力电池&lt;热失控&gt;预警',
    });
  });
});
