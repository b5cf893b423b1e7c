import { describe, expect, it } from '@jest/globals';
import { expectNoticeEmail, expectNoticeText } from '#testing';
import { messageReceivedEmail, messageReceivedText } from './message-received.email.js';

describe('message-received texts', () => {
  const message = {
    authorName: '王工',
    authorOrganizationName: '江苏动力<电池>公司',
    subject: '动力电池热失控预警 ↔ 锂离子电池热失控早期预警技术',
    body: '您好，能否约时间交流？',
    link: 'https://duijie.example/conversations/1',
  };

  it('name the author, their organization and the thread, and quote the message, in both languages', () => {
    expectNoticeText(messageReceivedText(message), {
      title: { zh: '江苏动力<电池>公司 发来新消息', en: 'New message from 江苏动力<电池>公司' },
      zh: '王工（江苏动力<电池>公司）在「动力电池热失控预警 ↔ 锂离子电池热失控早期预警技术」的对接会话中写道：您好，能否约时间交流？',
      en: ['王工 (江苏动力<电池>公司) wrote in the conversation'],
    });
  });

  it('quote at most 200 characters of a long message, and the organization alone when the author is gone', () => {
    const text = messageReceivedText({ ...message, authorName: '', body: '长'.repeat(300) });
    expect(text.body.zh).toBe(
      `江苏动力<电池>公司在「${message.subject}」的对接会话中写道：${'长'.repeat(200)}…`,
    );
  });

  it('render a bilingual email whose HTML escapes the organization name', () => {
    expectNoticeEmail(messageReceivedEmail(message), {
      subject: '新消息 | New message: 江苏动力<电池>公司',
      actionLines: ['查看并回复：https://duijie.example/conversations/1'],
      unsafe: '<电池>',
      escaped: '江苏动力&lt;电池&gt;公司',
    });
  });
});
