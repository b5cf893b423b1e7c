import type { BoundedContext } from '#core';
import { EventType, JobName, type EventRoutes } from '#queue';
import { FilesConfig } from './files.config.js';
import { filesMessages } from './files.messages.js';
import { FilesModule } from './files.module.js';
import { FilesProcessor } from './jobs/files.processor.js';
import { filesControllers } from './http/files.controller.js';
import { StoredFile } from './stored-file.entity.js';

/** The files context as the api, the worker and the data source see it. */
export const filesContext: BoundedContext = {
  name: 'files',
  module: FilesModule,
  entities: [StoredFile],
  controllers: filesControllers,
  processors: [FilesProcessor],
  routes: {
    [EventType.FileRemoved]: [JobName.RemoveStoredFile],
    [EventType.PostingDeleted]: [JobName.PurgePostingFiles],
  } satisfies EventRoutes,
  messages: filesMessages,
  config: FilesConfig,
};
