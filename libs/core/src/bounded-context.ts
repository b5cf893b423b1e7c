import type { Type } from '@nestjs/common';
import type { ConfigSliceClass } from './config/settings.js';

/** A BullMQ processor class and the job names it handles (checked at worker start-up). */
export type JobProcessorClass = Type<unknown> & { readonly handles: readonly string[] };

/**
 * One bounded context as the applications see it. The api, the worker and the data source iterate the
 * list of contexts (`#contexts`) instead of naming each context's parts, so adding a context is its own
 * folder, one line in that list and its migration.
 */
export interface BoundedContext {
  /** Short stable name, used in start-up errors and logs. */
  readonly name: string;
  /** The Nest module that provides and exports the context's services. */
  readonly module: Type<unknown>;
  /** The TypeORM entities whose tables the context's migrations own. */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own entity type
  readonly entities: readonly Function[];
  /** HTTP controllers the api mounts under its global prefix. */
  readonly controllers?: readonly Type<unknown>[];
  /** Queue processors the worker runs, one per queue the context has to itself. */
  readonly processors?: readonly JobProcessorClass[];
  /**
   * Handler classes (`@Handles` methods, no `@Processor`) for jobs on the queues several contexts share
   * (email, notifications, maintenance): the worker provides them and its host of each such queue runs them.
   */
  readonly jobHandlers?: readonly Type<object>[];
  /**
   * The jobs each outbox event starts, to jobs this context handles (`EventRoutes` of `#queue`; typed
   * there, since event and job names live in the queue registry).
   */
  readonly routes?: Readonly<Partial<Record<string, readonly string[]>>>;
  /** The context's texts for problem+json details and field errors, merged into the API's translations. */
  readonly messages?: ContextMessages;
  /**
   * The context's environment variables (`FilesConfig`…): validated with the core ones before Nest
   * starts, then provided under this class, which the context's services inject instead of AppConfig.
   */
  readonly config?: ConfigSliceClass;
}

/** Messages by language and namespace (`problem`, `field`); `en` must have the keys of `zh-CN`. */
export interface ContextMessages {
  readonly 'zh-CN': MessageNamespaces;
  readonly en: MessageNamespaces;
}

export interface MessageNamespaces {
  readonly problem?: Readonly<Record<string, string>>;
  readonly field?: Readonly<Record<string, string>>;
}
