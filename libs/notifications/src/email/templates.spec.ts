import { describe, expect, it } from '@jest/globals';
import {
  dealChangedEmail,
  dealChangedText,
  digestEmail,
  matchFoundEmail,
  matchFoundText,
  messageReceivedEmail,
  messageReceivedText,
  subscriptionHitEmail,
  subscriptionHitText,
  withUnsubscribe,
} from './templates.js';

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
    expect(text.title).toEqual({
      zh: '新的匹配：动力电池<热失控>预警',
      en: 'New match: 动力电池<热失控>预警',
    });
    expect(text.body.zh).toBe(
      '技术需求「动力电池<热失控>预警」与您的科技成果「锂离子电池热失控早期预警技术」匹配，匹配度 73%。理由：同属动力电池领域；成果 TRL 7 满足需求 ≥ 6；80 万元在预算内。',
    );
    expect(text.body.en).toContain(
      'The demand “动力电池<热失控>预警” matches your achievement “锂离子电池热失控早期预警技术” at 73%.',
    );
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
    const email = matchFoundEmail(content);
    expect(email.subject).toBe('新的匹配 | New match: 动力电池<热失控>预警');
    expect(email.text).toContain('查看详情：https://duijie.example/demands/1');
    expect(email.text).toContain('View it: https://duijie.example/demands/1');
    expect(email.html).toContain('动力电池&lt;热失控&gt;预警');
    expect(email.html).not.toContain('<热失控>');
  });
});

describe('message-received texts', () => {
  const message = {
    authorName: '王工',
    authorOrganizationName: '江苏动力<电池>公司',
    subject: '动力电池热失控预警 ↔ 锂离子电池热失控早期预警技术',
    body: '您好，能否约时间交流？',
    link: 'https://duijie.example/conversations/1',
  };

  it('name the author, their organization and the thread, and quote the message, in both languages', () => {
    const text = messageReceivedText(message);
    expect(text.title).toEqual({
      zh: '江苏动力<电池>公司 发来新消息',
      en: 'New message from 江苏动力<电池>公司',
    });
    expect(text.body.zh).toBe(
      '王工（江苏动力<电池>公司）在「动力电池热失控预警 ↔ 锂离子电池热失控早期预警技术」的对接会话中写道：您好，能否约时间交流？',
    );
    expect(text.body.en).toContain('王工 (江苏动力<电池>公司) wrote in the conversation');
  });

  it('quote at most 200 characters of a long message, and the organization alone when the author is gone', () => {
    const text = messageReceivedText({ ...message, authorName: '', body: '长'.repeat(300) });
    expect(text.body.zh).toBe(
      `江苏动力<电池>公司在「${message.subject}」的对接会话中写道：${'长'.repeat(200)}…`,
    );
  });

  it('render a bilingual email whose HTML escapes the organization name', () => {
    const email = messageReceivedEmail(message);
    expect(email.subject).toBe('新消息 | New message: 江苏动力<电池>公司');
    expect(email.text).toContain('查看并回复：https://duijie.example/conversations/1');
    expect(email.html).toContain('江苏动力&lt;电池&gt;公司');
    expect(email.html).not.toContain('<电池>');
  });
});

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
    const text = dealChangedText(change);
    expect(text.title).toEqual({
      zh: '成交「热失控预警技术转让」有更新',
      en: 'Deal update: 热失控预警技术转让',
    });
    expect(text.body.zh).toBe(
      '浙江大学登记了与贵机构的成交「热失控预警技术转让」（280万元），请核对后确认。',
    );
    expect(text.body.en).toContain('(CNY 2,800,000)');
  });

  it('name the stage a deal moved to, and say a disputed deal stops counting', () => {
    expect(dealChangedText({ ...change, change: 'stage', stage: 'performing' }).body.zh).toBe(
      '浙江大学将成交「热失控预警技术转让」推进到「履行」阶段。',
    );
    expect(dealChangedText({ ...change, change: 'disputed' }).body.en).toContain('not counted');
  });

  it('render a bilingual email linking to the deals page', () => {
    const email = dealChangedEmail({ ...change, projectName: '<b>项目</b>' });
    expect(email.subject).toBe('成交更新 | Deal update: <b>项目</b>');
    expect(email.text).toContain('查看成交：https://duijie.example/deals');
    expect(email.html).not.toContain('<b>项目</b>');
  });
});

describe('digest emails', () => {
  const entries = [
    { title: { zh: '新的匹配：<电池>', en: 'New match: <电池>' }, link: 'https://duijie.example/demands/1' },
    { title: { zh: '新的匹配：储能', en: 'New match: 储能' }, link: 'https://duijie.example/demands/2' },
  ];

  it('list every entry with its link, in both languages', () => {
    const email = digestEmail({ entries, link: 'https://duijie.example/notifications' });
    expect(email.subject).toBe('对接每日摘要：2 条新通知 | Your Duijie daily digest: 2 new');
    expect(email.text).toContain('• 新的匹配：<电池>：https://duijie.example/demands/1');
    expect(email.text).toContain('• New match: 储能: https://duijie.example/demands/2');
    expect(email.text).toContain('Here are the 2 updates since your last digest:');
    expect(email.html).toContain('<a href="https://duijie.example/demands/2">新的匹配：储能</a>');
    expect(email.html).toContain('新的匹配：&lt;电池&gt;');
  });

  it('speak of one update in the singular', () => {
    const email = digestEmail({ entries: entries.slice(0, 1), link: 'https://duijie.example/notifications' });
    expect(email.text).toContain('Here is the 1 update since your last digest:');
  });
});

describe('unsubscribe footers', () => {
  const link = {
    page: 'https://duijie.example/unsubscribe?token=a&b',
    oneClick: 'https://duijie.example/api/v1/unsubscribe?token=a',
  };

  it('add the page link to both bodies and carry the one-click URL for the headers', () => {
    const email = withUnsubscribe(matchFoundEmail(content), link);
    expect(email.subject).toBe(matchFoundEmail(content).subject);
    expect(email.text).toMatch(
      /退订此类邮件：https:\/\/duijie\.example\/unsubscribe\?token=a&b\nUnsubscribe from these emails: /,
    );
    expect(email.html).toContain(
      '<a href="https://duijie.example/unsubscribe?token=a&amp;b">退订此类邮件</a>',
    );
    expect(email.html).toMatch(/对接 Duijie<\/p><p[^>]*><a [^>]*>退订此类邮件<\/a>.*<\/p><\/body><\/html>$/);
    expect(email.unsubscribe).toBe(link.oneClick);
  });
});

describe('subscription-hit texts', () => {
  const hit = {
    subscriptionName: '江苏<储能>',
    postingKind: 'demand',
    postingTitle: '储能电站热失控预警',
    excerpt: '长'.repeat(130),
    link: 'https://duijie.example/demands/2',
  };

  it('name the saved search and the posting, quoting at most 120 characters of its text', () => {
    const text = subscriptionHitText(hit);
    expect(text.title).toEqual({
      zh: '订阅「江苏<储能>」有新信息：储能电站热失控预警',
      en: 'New for “江苏<储能>”: 储能电站热失控预警',
    });
    expect(text.body.zh).toBe(
      `新发布的技术需求「储能电站热失控预警」符合您的订阅「江苏<储能>」。${'长'.repeat(120)}…`,
    );
    expect(text.body.en).toContain(
      'The new demand “储能电站热失控预警” matches your saved search “江苏<储能>”.',
    );
  });

  it('render a bilingual email that escapes the names and says how to pause', () => {
    const email = subscriptionHitEmail({ ...hit, excerpt: '' });
    expect(email.subject).toBe('订阅更新 | Saved search: 储能电站热失控预警');
    expect(email.text).toContain('查看详情：https://duijie.example/demands/2');
    expect(email.text).toContain('My subscriptions');
    expect(email.html).toContain('江苏&lt;储能&gt;');
    expect(email.html).not.toContain('<储能>');
  });
});
