/** Saved-search subscriptions (GET/POST/PATCH/DELETE /subscriptions), through the generated client. */
import { answer, api, withPath, type Schemas } from './client';

export type Subscription = Schemas['SubscriptionDto'];
/** The facets a saved search keeps: a search's, without its paging and order. */
export type SavedSearch = Omit<Schemas['CreateSubscriptionDto'], 'name'>;

// Subscriptions belong to the user: no organization header, except on create, which records it.
const userApi = () => api('session', false);

export const subscriptionsApi = {
  list: () => answer(userApi().GET('/api/v1/subscriptions')),
  create: (body: Schemas['CreateSubscriptionDto']) => answer(api().POST('/api/v1/subscriptions', { body })),
  setActive: (id: string, active: boolean) =>
    answer(userApi().PATCH('/api/v1/subscriptions/{id}', { ...withPath({ id }), body: { active } })),
  remove: (id: string) => answer(userApi().DELETE('/api/v1/subscriptions/{id}', withPath({ id }))),
};
