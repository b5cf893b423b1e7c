import type { BoundedContext } from '#core';
import { ImportsController } from './http/imports.controller.js';
import { openDataMessages } from './open-data.messages.js';
import { OpenDataModule } from './open-data.module.js';
import { PostingImport } from './posting-import.entity.js';

/**
 * Exchange with other platforms as the api and the data source see it: list imports. (The change feeds
 * and schemas of demands and achievements live with them in postings; API keys in identity.)
 */
export const openDataContext: BoundedContext = {
  name: 'open-data',
  module: OpenDataModule,
  entities: [PostingImport],
  controllers: [ImportsController],
  messages: openDataMessages,
};
