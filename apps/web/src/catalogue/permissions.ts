import type { Membership } from '../api/types';
import type { AnyCatalogueKind } from './kind';

/** Whether the acting organization's type may publish postings of `kind` (the server checks it too). */
export function canCreate(kind: AnyCatalogueKind, membership: Membership | null): boolean {
  return membership !== null && kind.creatorTypes.includes(membership.organization.type);
}

/** Society owners and admins manage their society's profile and 服务站. */
export function canManageSociety(membership: Membership | null, societyId: string): boolean {
  return (
    membership?.organizationId === societyId && (membership.role === 'owner' || membership.role === 'admin')
  );
}
