import type { BoundedContext } from '#core';
import { SearchModule } from './search.module.js';

/** The search context: no tables of its own (it indexes the postings'). */
export const searchContext: BoundedContext = { name: 'search', module: SearchModule, entities: [] };
