import { describe, expect, it } from '@jest/globals';
import { createHmac } from 'node:crypto';
import { renderWebhookRequest, type WebhookMessage } from './webhook-formats.js';
import {
  dingtalkSign,
  feishuSign,
  isValidWebhookSignature,
  newWebhookSecret,
  webhookSignature,
} from './webhook-signature.js';

const message: WebhookMessage = {
  deliveryId: '0b6a6f0e-3d5c-4a8e-9f53-1f3f3c1e2a10',
  eventKind: 'match-found',
  createdAt: new Date('2026-11-23T02:00:00Z'),
  payload: {
    title: { zh: '新的匹配：[热失控]预警', en: 'New match' },
    body: { zh: '科技成果「热失控预警」与您匹配，匹配度 82%。', en: 'Matches at 82%.' },
    link: 'https://duijie.example/achievements/1',
    facts: { matchId: 'm1', score: 0.82 },
  },
};
const now = new Date('2026-11-23T02:00:05.123Z');

describe('webhook signature', () => {
  it('is the hex HMAC-SHA256 of "timestamp.body" under the secret', () => {
    const expected = createHmac('sha256', 'whsec_test').update('1795399205.{"a":1}').digest('hex');
    expect(webhookSignature('whsec_test', 1795399205, '{"a":1}')).toBe(`sha256=${expected}`);
  });

  it('verifies only the same secret, timestamp and body', () => {
    const signature = webhookSignature('whsec_test', 1795399205, '{"a":1}');
    expect(isValidWebhookSignature('whsec_test', 1795399205, '{"a":1}', signature)).toBe(true);
    expect(isValidWebhookSignature('whsec_other', 1795399205, '{"a":1}', signature)).toBe(false);
    expect(isValidWebhookSignature('whsec_test', 1795399206, '{"a":1}', signature)).toBe(false);
    expect(isValidWebhookSignature('whsec_test', 1795399205, '{"a":2}', signature)).toBe(false);
    expect(isValidWebhookSignature('whsec_test', 1795399205, '{"a":1}', 'sha256=00')).toBe(false);
  });

  it('makes a new random secret each time', () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[\w-]{43}$/);
    expect(newWebhookSecret()).not.toBe(secret);
  });

  it('signs DingTalk requests as its robot documentation shows (milliseconds, keyed by the secret)', () => {
    const expected = createHmac('sha256', 'SECabc').update('1795399205123\nSECabc').digest('base64');
    expect(dingtalkSign('SECabc', 1795399205123)).toBe(expected);
  });

  it('signs Feishu requests as its robot documentation shows (seconds, keyed by "timestamp\\nsecret")', () => {
    const expected = createHmac('sha256', '1795399205\nfeishu-secret').update('').digest('base64');
    expect(feishuSign('feishu-secret', 1795399205)).toBe(expected);
  });
});

describe('webhook request rendering', () => {
  const target = { url: 'https://hooks.example/x?key=1', secret: 'whsec_test', robotSecret: null };

  it('signs the exact generic body with the Duijie headers', () => {
    const request = renderWebhookRequest({ ...target, format: 'generic' }, message, now);
    expect(JSON.parse(request.body)).toEqual({
      id: message.deliveryId,
      event: 'match-found',
      createdAt: '2026-11-23T02:00:00.000Z',
      data: message.payload,
    });
    expect(request.headers['x-duijie-timestamp']).toBe('1795399205');
    expect(request.headers['x-duijie-delivery']).toBe(message.deliveryId);
    expect(request.headers['x-duijie-event']).toBe('match-found');
    expect(
      isValidWebhookSignature('whsec_test', 1795399205, request.body, request.headers['x-duijie-signature']!),
    ).toBe(true);
  });

  it('renders WeCom markdown in Chinese, with Markdown characters of titles neutralised', () => {
    const request = renderWebhookRequest({ ...target, format: 'wecom' }, message, now);
    const body = JSON.parse(request.body) as { msgtype: string; markdown: { content: string } };
    expect(body.msgtype).toBe('markdown');
    expect(body.markdown.content).toBe(
      '**新的匹配： 热失控 预警**\n\n科技成果「热失控预警」与您匹配，匹配度 82%。\n\n[查看详情](https://duijie.example/achievements/1)',
    );
  });

  it('puts the DingTalk signature in the query only when the robot has a secret', () => {
    const unsigned = renderWebhookRequest({ ...target, format: 'dingtalk' }, message, now);
    expect(unsigned.url.searchParams.has('sign')).toBe(false);
    const signed = renderWebhookRequest(
      { ...target, format: 'dingtalk', robotSecret: 'SECabc' },
      message,
      now,
    );
    expect(signed.url.searchParams.get('key')).toBe('1');
    expect(signed.url.searchParams.get('timestamp')).toBe('1795399205123');
    expect(signed.url.searchParams.get('sign')).toBe(dingtalkSign('SECabc', 1795399205123));
    expect(JSON.parse(signed.body)).toMatchObject({
      msgtype: 'markdown',
      markdown: { title: '新的匹配：[热失控]预警' },
    });
  });

  it('puts the Feishu timestamp and signature in an interactive card body', () => {
    const request = renderWebhookRequest({ ...target, format: 'feishu', robotSecret: 'fs' }, message, now);
    expect(JSON.parse(request.body)).toMatchObject({
      timestamp: '1795399205',
      sign: feishuSign('fs', 1795399205),
      msg_type: 'interactive',
      card: { header: { title: { tag: 'plain_text', content: '新的匹配：[热失控]预警' } } },
    });
  });
});
