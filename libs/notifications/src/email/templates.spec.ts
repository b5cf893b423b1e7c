import { describe, expect, it } from '@jest/globals';
import { expectNoticeText } from '#testing';
import {
  digestEmail,
  noticeEmail,
  subscriptionHitEmail,
  subscriptionHitText,
  withUnsubscribe,
} from './templates.js';

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
    const notice = noticeEmail(
      { title: { zh: '新的匹配', en: 'New match' }, body: { zh: '匹配度 73%。', en: 'A 73% match.' } },
      'https://duijie.example/demands/1',
      ['查看详情', 'View it'],
    );
    const email = withUnsubscribe(notice, link);
    expect(email.subject).toBe(notice.subject);
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
    expectNoticeText(subscriptionHitText(hit), {
      title: {
        zh: '订阅「江苏<储能>」有新信息：储能电站热失控预警',
        en: 'New for “江苏<储能>”: 储能电站热失控预警',
      },
      zh: `新发布的技术需求「储能电站热失控预警」符合您的订阅「江苏<储能>」。${'长'.repeat(120)}…`,
      en: ['The new demand “储能电站热失控预警” matches your saved search “江苏<储能>”.'],
    });
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
