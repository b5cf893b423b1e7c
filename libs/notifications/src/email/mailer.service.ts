import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { AppConfig } from '#core';
import type { RenderedEmail } from './templates.js';

/**
 * SMTP through nodemailer, one pooled transport per process (SMTP_MAX_CONNECTIONS connections reused
 * across messages). SMTP_URL unset means the local mail catcher that `npm start` runs (maildev on
 * MAILDEV_SMTP_PORT).
 */
@Injectable()
export class MailerService implements OnApplicationShutdown {
  private readonly transport: Transporter;

  constructor(private readonly config: AppConfig) {
    const pool = { pool: true, maxConnections: config.SMTP_MAX_CONNECTIONS } as const;
    this.transport = nodemailer.createTransport(
      config.SMTP_URL
        ? { url: config.SMTP_URL, ...pool }
        : { host: '127.0.0.1', port: config.MAILDEV_SMTP_PORT, secure: false, ignoreTLS: true, ...pool },
    );
  }

  /** Sends one message; `messageId` is fixed by the caller so a receiving server can spot a repeat. */
  async send(to: string, email: RenderedEmail, messageId: string): Promise<string> {
    const info = await this.transport.sendMail({
      from: this.config.MAIL_FROM,
      to,
      subject: email.subject,
      text: email.text,
      html: email.html,
      messageId,
    });
    return info.messageId;
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
