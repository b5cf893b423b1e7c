/** Saved-search subscriptions (GET/POST/PATCH/DELETE /subscriptions, openapi.json tag subscriptions). */
import { apiRequest } from './client';
import type { SearchQuery } from './search';

/** The facets a saved search keeps: a search's, without its paging and order. */
export type SavedSearch = Omit<SearchQuery, 'sort' | 'page' | 'limit'>;

export interface Subscription extends SavedSearch {
  id: string;
  name: string;
  active: boolean;
  organizationId: string | null;
  createdAt: string;
}

const path = (id: string) => `/subscriptions/${encodeURIComponent(id)}`;

// Subscriptions belong to the user: no organization header, except on create, which records it.
export const subscriptionsApi = {
  list: () => apiRequest<Subscription[]>('/subscriptions', { organization: false }),
  create: (body: SavedSearch & { name: string }) =>
    apiRequest<Subscription>('/subscriptions', { method: 'POST', body }),
  setActive: (id: string, active: boolean) =>
    apiRequest<Subscription>(path(id), { method: 'PATCH', body: { active }, organization: false }),
  remove: (id: string) => apiRequest<void>(path(id), { method: 'DELETE', organization: false }),
};
