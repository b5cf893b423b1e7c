import { createContext, useContext } from 'react';
import type { Me, Membership, TokenResponse } from '../api/types';

export type AuthStatus = 'loading' | 'authenticated' | 'anonymous' | 'error';

export interface AuthContextValue {
  status: AuthStatus;
  me: Me | null;
  /** The membership whose organization the user currently acts for (null: none). */
  currentMembership: Membership | null;
  /** True after a signed-in session ended on its own (refresh refused), until the next sign-in. */
  sessionExpired: boolean;
  login(email: string, password: string): Promise<Me>;
  logout(): Promise<void>;
  /** Re-reads /me (after creating, joining or leaving an organization). */
  reloadMe(): Promise<Me | null>;
  switchOrganization(organizationId: string): void;
  /** Adopts a freshly issued access token (e.g. after a password change). */
  adoptToken(token: TokenResponse): void;
  /** Retries loading the session after a failure other than 401. */
  retry(): void;
}

export const AuthContext = createContext<AuthContextValue | null>(null);

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}

/** Platform staff can review organizations. */
export function isPlatformStaff(me: Me | null): boolean {
  return me?.platformRole === 'admin' || me?.platformRole === 'moderator';
}

export function canManageMembers(membership: Membership | null): boolean {
  return membership?.role === 'owner' || membership?.role === 'admin';
}
