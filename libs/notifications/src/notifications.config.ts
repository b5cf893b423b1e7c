import { IsBooleanString } from 'class-validator';
import type { AppConfig, ConfigSlice } from '#core';

/** The notifications context's environment variables (README lists them with the others). */
export class NotificationsConfig implements ConfigSlice {
  /**
   * Let webhooks reach private and loopback addresses: for the project's own tests, which receive webhooks
   * on 127.0.0.1. Refused when NODE_ENV=production; cloud metadata addresses stay refused even when set.
   */
  @IsBooleanString()
  WEBHOOK_ALLOW_PRIVATE_ADDRESSES = 'false';

  get webhookAllowPrivateAddresses(): boolean {
    return this.WEBHOOK_ALLOW_PRIVATE_ADDRESSES === 'true';
  }

  problems(core: AppConfig): string[] {
    return core.isProduction && this.webhookAllowPrivateAddresses
      ? ['WEBHOOK_ALLOW_PRIVATE_ADDRESSES must not be true when NODE_ENV=production']
      : [];
  }
}
