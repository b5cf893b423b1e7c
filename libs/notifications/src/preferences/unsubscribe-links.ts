import { Injectable } from '@nestjs/common';
import { AppConfig } from '#core';
import { unsubscribeToken, type UnsubscribeScope } from './unsubscribe-token.js';

/** Where a notification email's reader turns it off. */
export interface UnsubscribeLink {
  /** The web app's confirmation page, linked from the email body. */
  page: string;
  /** The api's one-click endpoint for the `List-Unsubscribe` header (RFC 8058 POST). */
  oneClick: string;
}

@Injectable()
export class UnsubscribeLinks {
  constructor(private readonly config: AppConfig) {}

  for(userId: string, scope: UnsubscribeScope): UnsubscribeLink {
    const token = encodeURIComponent(unsubscribeToken(this.config.APP_SECRET, userId, scope));
    return {
      page: `${this.config.PUBLIC_URL}/unsubscribe?token=${token}`,
      oneClick: `${this.config.PUBLIC_URL}/api/v1/unsubscribe?token=${token}`,
    };
  }
}
