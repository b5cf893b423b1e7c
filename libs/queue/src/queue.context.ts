import type { BoundedContext } from '#core';
import { OutboxEvent } from './outbox-event.entity.js';
import { QueueModule } from './queue.module.js';

/** The queue context as the api, the worker and the data source see it. */
export const queueContext: BoundedContext = {
  name: 'queue',
  module: QueueModule,
  entities: [OutboxEvent],
};
