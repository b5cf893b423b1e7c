import { useCallback, useState } from 'react';
import type { AuthMode } from '../api/client';
import { useAuth } from '../auth/auth-context';
import { useAsync } from './use-async';

/**
 * A detail page's posting (a demand, a catalogue posting). Every GET of a published one counts a view, so
 * it loads once per caller identity (signed in or not, current organization), then keeps what the page's
 * actions answer instead of reloading; `reload` drops those answers and loads again.
 */
export function useDetail<T>(id: string, get: (id: string, auth: AuthMode) => Promise<T>) {
  const { status, currentMembership } = useAuth();
  const signedIn = status === 'authenticated';
  const organizationId = currentMembership?.organizationId ?? null;
  const key = `${id}:${signedIn}:${organizationId}`;
  const loaded = useAsync(() => get(id, signedIn ? 'session' : 'public'), key);
  const [override, setOverride] = useState<{ key: string; item: T } | null>(null);
  const item = override?.key === key ? override.item : loaded.data;
  const setItem = useCallback((next: T) => setOverride({ key, item: next }), [key]);
  const reload = () => {
    setOverride(null);
    loaded.reload();
  };
  return { item, setItem, reload, error: loaded.error, loading: loaded.loading, signedIn };
}
