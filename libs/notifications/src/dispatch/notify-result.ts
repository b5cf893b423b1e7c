import type { DeliveryOutcome } from '../email/email-delivery.service.js';
import type { DispatchResult } from './notification-dispatcher.js';

/** What a notifications-queue job returns (kept on the finished job for inspection and the tests). */
export type NotifyJobResult =
  | ({ outcome: 'notified' } & DispatchResult)
  | { outcome: 'digest'; delivery: DeliveryOutcome | 'empty' }
  | { outcome: 'skipped' };

/** A notifier's result as a job result: null (the row is gone) is "skipped". */
export const notified = (result: DispatchResult | null): NotifyJobResult =>
  result ? { outcome: 'notified', ...result } : { outcome: 'skipped' };
