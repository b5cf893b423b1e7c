import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new signing secret: 32 random bytes, prefixed so people recognise it in their settings. */
export const newWebhookSecret = () => `whsec_${randomBytes(32).toString('base64url')}`;

/** `X-Duijie-Signature`: HMAC-SHA256 of `${timestamp}.${body}`, so a captured body cannot be replayed later. */
export function webhookSignature(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** What a receiver does (docs/WEBHOOKS.md): recompute and compare in constant time. */
export function isValidWebhookSignature(
  secret: string,
  timestamp: number,
  body: string,
  signature: string,
): boolean {
  const expected = Buffer.from(webhookSignature(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** DingTalk robot 加签: base64 HMAC-SHA256 keyed by the secret over `${timestamp}\n${secret}` (milliseconds). */
export const dingtalkSign = (secret: string, timestampMs: number) =>
  createHmac('sha256', secret).update(`${timestampMs}\n${secret}`).digest('base64');

/** Feishu robot 签名校验: base64 HMAC-SHA256 keyed by `${timestamp}\n${secret}` over nothing (seconds). */
export const feishuSign = (secret: string, timestampSeconds: number) =>
  createHmac('sha256', `${timestampSeconds}\n${secret}`).update('').digest('base64');
