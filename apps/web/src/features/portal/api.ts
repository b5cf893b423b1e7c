/** The public portal (openapi.json tags portal, challenges, admin): board, organizations, figures, operator, users. */
import { answer, api, withPath, type AuthMode, type QueryOf, type Schemas } from '../../api/client';
import type { paths } from '../../api/generated/schema';

export type ChallengeBoardItem = Schemas['ChallengeBoardItemDto'];
export type ChallengeBoardQuery = QueryOf<paths['/api/v1/challenges']['get']>;
export type DirectoryEntry = Schemas['DirectoryEntryDto'];
export type DirectoryQuery = QueryOf<paths['/api/v1/directory']['get']>;
export type OrganizationProfile = Schemas['OrganizationProfileDto'];
export type PortalFigures = Schemas['PortalFiguresDto'];
export type AdminUser = Schemas['AdminUserDto'];

export const portalApi = {
  challenges: (query: ChallengeBoardQuery, auth: AuthMode) =>
    answer(api(auth).GET('/api/v1/challenges', { params: { query } })),
  directory: (query: DirectoryQuery) => answer(api('public').GET('/api/v1/directory', { params: { query } })),
  profile: (id: string, auth: AuthMode) =>
    answer(api(auth).GET('/api/v1/organizations/{id}/profile', withPath({ id }))),
  figures: () => answer(api('public').GET('/api/v1/portal/figures')),
  operator: () => answer(api('public').GET('/api/v1/portal/operator')),
  users: (q: string | undefined) => answer(api().GET('/api/v1/admin/users', { params: { query: { q } } })),
  setUserStatus: (id: string, status: AdminUser['status']) =>
    answer(api().PATCH('/api/v1/admin/users/{id}', { ...withPath({ id }), body: { status } })),
};
