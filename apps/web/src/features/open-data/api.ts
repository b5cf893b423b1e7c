/** Exchange with other platforms (openapi.json tags api-keys, imports): an organization's keys and list imports. */
import { answer, api, withPath, type BodyOf, type Schemas } from '../../api/client';
import type { paths } from '../../api/generated/schema';
import { xlsxBody } from '../../api/xlsx-upload';

export type ApiKey = Schemas['ApiKeyDto'];
export type CreatedApiKey = Schemas['CreatedApiKeyDto'];
export type PostingImport = Schemas['PostingImportDto'];
export type ImportRow = Schemas['ImportRowDto'];
export type ImportKind = PostingImport['kind'];

export const openDataApi = {
  keys: () => answer(api().GET('/api/v1/api-keys')),
  createKey: (input: BodyOf<paths['/api/v1/api-keys']['post']>) =>
    answer(api().POST('/api/v1/api-keys', { body: input })),
  revokeKey: (id: string) => answer(api().DELETE('/api/v1/api-keys/{id}', withPath({ id }))),
  importTemplate: (kind: ImportKind) =>
    answer(api().GET('/api/v1/imports/template', { params: { query: { kind } }, parseAs: 'blob' })),
  /** The raw .xlsx, sent as it is, like the expert import. */
  importSheet: (kind: ImportKind, file: Blob) =>
    answer(api().POST('/api/v1/imports/xlsx', { params: { query: { kind } }, ...xlsxBody(file) })),
};
