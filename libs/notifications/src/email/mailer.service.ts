import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { AppConfig } from '#core';
import type { RenderedEmail } from './templates.js';

/**
 * Bounds on one SMTP conversation (nodemailer waits up to ten minutes by default). A delivery claim
 * older than RECOVERY_GRACE_SECONDS counts as abandoned, so the grace must stay above these.
 */
const SMTP_TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 };

/**
 * SMTP through nodemailer, one pooled transport per process (SMTP_MAX_CONNECTIONS connections reused
 * across messages). SMTP_URL unset means the local mail catcher that `npm start` runs (maildev on
 * MAILDEV_SMTP_PORT).
 */
@Injectable()
export class MailerService implements OnApplicationShutdown {
  private readonly transport: Transporter;

  constructor(private readonly config: AppConfig) {
    this.transport = nodemailer.createTransport({
      ...(config.SMTP_URL
        ? { url: config.SMTP_URL }
        : { host: '127.0.0.1', port: config.MAILDEV_SMTP_PORT, secure: false, ignoreTLS: true }),
      ...SMTP_TIMEOUTS,
      // Reuses open connections instead of a TCP and SMTP handshake per message (fan-out sends thousands).
      pool: true,
      maxConnections: config.SMTP_MAX_CONNECTIONS,
    });
  }

  /** Sends one message; `messageId` is fixed by the caller so a receiving server can spot a repeat. */
  async send(to: string, email: RenderedEmail, messageId: string): Promise<string> {
    const info = await this.transport.sendMail({
      from: this.config.MAIL_FROM,
      to,
      subject: email.subject,
      text: email.text,
      html: email.html,
      // Mostly Chinese text: base64 is shorter than quoted-printable and much cheaper to encode.
      textEncoding: 'base64',
      messageId,
      ...(email.attachments ? { attachments: email.attachments } : {}),
      // RFC 8058: mail clients offer an unsubscribe button that POSTs to this URL without a visit.
      headers: email.unsubscribe
        ? {
            'List-Unsubscribe': `<${email.unsubscribe}>`,
            'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
          }
        : undefined,
    });
    return info.messageId;
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
