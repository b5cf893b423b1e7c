import { describe, expect, it } from '@jest/globals';
import { expectNoticeEmail, expectNoticeText } from '#testing';
import { dealChangedEmail, dealChangedText } from './deal-changed.email.js';

describe('deal-changed texts', () => {
  const change = {
    change: 'created',
    actorOrganizationName: '浙江大学',
    projectName: '热失控预警技术转让',
    contractValueYuan: 2_800_000,
    stage: 'signed',
    link: 'https://duijie.example/deals',
  };

  it('ask the other side to confirm a recorded deal, with its value in 万元 and in yuan', () => {
    expectNoticeText(dealChangedText(change), {
      title: { zh: '成交「热失控预警技术转让」有更新', en: 'Deal update: 热失控预警技术转让' },
      zh: '浙江大学登记了与贵机构的成交「热失控预警技术转让」（280万元），请核对后确认。',
      en: ['(CNY 2,800,000)'],
    });
  });

  it('name the stage a deal moved to, and say a disputed deal stops counting', () => {
    expect(dealChangedText({ ...change, change: 'stage', stage: 'performing' }).body.zh).toBe(
      '浙江大学将成交「热失控预警技术转让」推进到「履行」阶段。',
    );
    expect(dealChangedText({ ...change, change: 'disputed' }).body.en).toContain('not counted');
  });

  it('render a bilingual email linking to the deals page', () => {
    expectNoticeEmail(dealChangedEmail({ ...change, projectName: '<b>项目</b>' }), {
      subject: '成交更新 | Deal update: <b>项目</b>',
      actionLines: ['查看成交：https://duijie.example/deals'],
      unsafe: '<b>项目</b>',
    });
  });
});
