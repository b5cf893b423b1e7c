import { dingtalkSign, feishuSign, webhookSignature } from './webhook-signature.js';
import type { WebhookFormat } from './webhook.entity.js';

/**
 * What an event tells a webhook: a short text in both languages for people (robot formats show the
 * Chinese), a web path, and ids for programs. Never confidential text: the generic body carries it all.
 */
export interface WebhookPayload {
  title: { zh: string; en: string };
  body: { zh: string; en: string };
  /** An absolute link to the web app. */
  link: string;
  /** Ids and figures for programs, e.g. `{ matchId, score, counterpartKind, counterpartId }`. */
  facts: Record<string, string | number>;
}

/** One request about to be sent: the final URL (robot signatures go in its query), headers and body. */
export interface WebhookRequest {
  url: URL;
  headers: Record<string, string>;
  body: string;
}

export interface WebhookMessage {
  deliveryId: string;
  eventKind: string;
  createdAt: Date;
  payload: WebhookPayload;
}

export interface WebhookTarget {
  url: string;
  format: WebhookFormat;
  secret: string;
  /** The group robot's own signing secret (DingTalk 加签 `SEC…`, Feishu 签名校验); unsigned when null. */
  robotSecret: string | null;
}

/** The robots render Markdown; keep a title or a counterpart name from starting a heading or a link. */
const plain = (text: string) => text.replace(/[[\]()*_`#>]/g, ' ');

function markdown(payload: WebhookPayload): string {
  return `**${plain(payload.title.zh)}**\n\n${plain(payload.body.zh)}\n\n[查看详情](${payload.link})`;
}

function robotBody(target: WebhookTarget, message: WebhookMessage, now: Date): object {
  const { payload } = message;
  switch (target.format) {
    case 'wecom':
      return { msgtype: 'markdown', markdown: { content: markdown(payload) } };
    case 'dingtalk':
      return { msgtype: 'markdown', markdown: { title: payload.title.zh, text: markdown(payload) } };
    case 'feishu': {
      const seconds = Math.floor(now.getTime() / 1000);
      const signature = target.robotSecret
        ? { timestamp: String(seconds), sign: feishuSign(target.robotSecret, seconds) }
        : {};
      return {
        ...signature,
        msg_type: 'interactive',
        card: {
          header: { title: { tag: 'plain_text', content: payload.title.zh } },
          elements: [{ tag: 'markdown', content: markdown(payload) }],
        },
      };
    }
    case 'generic':
      return {
        id: message.deliveryId,
        event: message.eventKind,
        createdAt: message.createdAt.toISOString(),
        data: payload,
      };
  }
}

/**
 * The request for one attempt. Every format carries the Duijie signature headers (robots ignore them);
 * DingTalk's own signature goes in the query string, Feishu's in the body.
 */
export function renderWebhookRequest(
  target: WebhookTarget,
  message: WebhookMessage,
  now: Date,
): WebhookRequest {
  const body = JSON.stringify(robotBody(target, message, now));
  const timestamp = Math.floor(now.getTime() / 1000);
  const url = new URL(target.url);
  if (target.format === 'dingtalk' && target.robotSecret) {
    url.searchParams.set('timestamp', String(now.getTime()));
    url.searchParams.set('sign', dingtalkSign(target.robotSecret, now.getTime()));
  }
  return {
    url,
    body,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'user-agent': 'Duijie-Webhooks/1.0',
      'x-duijie-event': message.eventKind,
      'x-duijie-delivery': message.deliveryId,
      'x-duijie-timestamp': String(timestamp),
      'x-duijie-signature': webhookSignature(target.secret, timestamp, body),
    },
  };
}
