import { addMessages, loadConfig, type AppConfig, type BoundedContext, type ConfigSliceClass } from '#core';
import { conversationsContext } from '#conversations';
import { dealsContext } from '#deals';
import { eventsContext } from '#events';
import { filesContext } from '#files';
import { identityContext } from '#identity';
import { interestContext } from '#interest';
import { matchingContext } from '#matching';
import { notificationsContext } from '#notifications';
import { openDataContext } from '#open-data';
import { portalContext } from '#portal';
import { postingsContext } from '#postings';
import { profilesContext } from '#profiles';
import { queueContext } from '#queue';
import { reportingContext } from '#reporting';
import { searchContext } from '#search';
import { servicesContext } from '#services';

/**
 * Every bounded context, each one line. The api mounts their controllers, the worker runs their
 * processors and job handlers and relays their events' routes, the data source maps their entities and
 * the translations take their messages from this list alone.
 */
export const contexts: readonly BoundedContext[] = [
  queueContext,
  identityContext,
  notificationsContext,
  postingsContext,
  profilesContext,
  searchContext,
  matchingContext,
  conversationsContext,
  dealsContext,
  eventsContext,
  filesContext,
  servicesContext,
  reportingContext,
  interestContext,
  openDataContext,
  portalContext,
];

/** Every context's config slice, validated with the core settings and provided under its own class. */
export const configSlices: readonly ConfigSliceClass[] = contexts.flatMap((context) =>
  context.config ? [context.config] : [],
);

/** The configuration the api, the worker and the CLIs read before Nest starts: core and every slice. */
export function loadAppConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return loadConfig(env, configSlices);
}

// The contexts' messages join the shared ones wherever the list is loaded (the api renders problems, the
// worker's expert import field errors), before either serves anything.
for (const context of contexts) if (context.messages) addMessages(context.messages);
