import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  ApiError,
  mayHaveSession,
  onOrganizationRejected,
  onSessionLost,
  refreshAccessToken,
  setAccessToken,
  setRequestOrganization,
} from '../api/client';
import { authApi, meApi } from '../api/endpoints';
import type { Me, Membership, TokenResponse } from '../api/types';
import { readStorage, storageKeys, writeStorage } from '../lib/storage';
import { AuthContext, type AuthContextValue, type AuthStatus } from './auth-context';

/** Picks the remembered organization if it is still one of the user's, else the first membership. */
function chooseOrganization(me: Me, preferred: string | null): string | null {
  if (preferred && me.memberships.some((m) => m.organizationId === preferred)) return preferred;
  return me.memberships[0]?.organizationId ?? null;
}

let bootstrap: Promise<Me | null> | null = null;

/** Restores a session from the refresh cookie; shared so a double-mounted effect refreshes once. */
function restoreSession(): Promise<Me | null> {
  if (!bootstrap) {
    bootstrap = (async () => {
      // Never signed in here (or signed out): there is no cookie to exchange, so no 401 to provoke.
      if (!mayHaveSession()) return null;
      const token = await refreshAccessToken();
      if (!token) return null;
      return meApi.get();
    })();
    bootstrap
      .finally(() => {
        bootstrap = null;
      })
      .catch(() => undefined);
  }
  return bootstrap;
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<AuthStatus>('loading');
  const [me, setMe] = useState<Me | null>(null);
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [sessionExpired, setSessionExpired] = useState(false);
  const orgRef = useRef<string | null>(null);

  const selectOrganization = useCallback((id: string | null) => {
    orgRef.current = id;
    setOrganizationId(id);
    setRequestOrganization(id);
    if (id) writeStorage(storageKeys.organizationId, id);
  }, []);

  const adoptMe = useCallback(
    (next: Me | null) => {
      setMe(next);
      if (next) {
        selectOrganization(
          chooseOrganization(next, orgRef.current ?? readStorage(storageKeys.organizationId)),
        );
        setStatus('authenticated');
      } else {
        orgRef.current = null;
        setOrganizationId(null);
        setRequestOrganization(null);
        setStatus('anonymous');
      }
    },
    [selectOrganization],
  );

  useEffect(() => {
    let active = true;
    restoreSession().then(
      (restored) => {
        if (active) adoptMe(restored);
      },
      (error: unknown) => {
        if (!active) return;
        if (error instanceof ApiError && error.status === 401) adoptMe(null);
        else setStatus('error');
      },
    );
    return () => {
      active = false;
    };
  }, [adoptMe, attempt]);

  useEffect(
    () =>
      onSessionLost(() => {
        setAccessToken(null);
        setSessionExpired(true);
        adoptMe(null);
      }),
    [adoptMe],
  );

  const login = useCallback(
    async (email: string, password: string) => {
      const token = await authApi.login({ email, password });
      setAccessToken(token.accessToken);
      orgRef.current = null;
      setRequestOrganization(null);
      const loaded = await meApi.get();
      setSessionExpired(false);
      adoptMe(loaded);
      return loaded;
    },
    [adoptMe],
  );

  const logout = useCallback(async () => {
    try {
      await authApi.logout();
    } catch (error) {
      // An expired access token: the refresh cookie alone still ends the session.
      if (error instanceof ApiError && error.status === 401)
        await authApi.logout(false).catch(() => undefined);
      // Otherwise signing out locally is what matters; the refresh cookie expires on its own.
    }
    setAccessToken(null);
    adoptMe(null);
  }, [adoptMe]);

  const reloadMe = useCallback(async () => {
    const loaded = await meApi.get();
    adoptMe(loaded);
    return loaded;
  }, [adoptMe]);

  useEffect(
    () =>
      onOrganizationRejected(() => {
        // Forget the rejected choice; /me (sent without the header) tells which organizations remain.
        orgRef.current = null;
        writeStorage(storageKeys.organizationId, null);
        meApi.get().then(adoptMe, () => undefined);
      }),
    [adoptMe],
  );

  const switchOrganization = useCallback((id: string) => selectOrganization(id), [selectOrganization]);

  const adoptToken = useCallback((token: TokenResponse) => setAccessToken(token.accessToken), []);

  const retry = useCallback(() => {
    setStatus('loading');
    setAttempt((n) => n + 1);
  }, []);

  const value = useMemo<AuthContextValue>(() => {
    const currentMembership: Membership | null =
      me?.memberships.find((m) => m.organizationId === organizationId) ?? null;
    return {
      status,
      me,
      currentMembership,
      sessionExpired,
      login,
      logout,
      reloadMe,
      switchOrganization,
      adoptToken,
      retry,
    };
  }, [
    status,
    me,
    organizationId,
    sessionExpired,
    login,
    logout,
    reloadMe,
    switchOrganization,
    adoptToken,
    retry,
  ]);

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
