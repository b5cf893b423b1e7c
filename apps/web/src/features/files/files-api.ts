import { api, type Schemas } from '../../api/client';

export type FileList = Schemas['FileListDto'];
export type StoredFile = Schemas['FileDto'];
export type FilePurpose = StoredFile['purpose'];
/** The collections whose items carry files, as the API names them. */
export type FileOwners =
  'demands' | 'experts' | 'achievements' | 'projects' | 'financing-offers' | 'organizations';

// Every owner's files routes have one shape; the demands' paths stand for all of them in the types.
const listPath = (owners: FileOwners) => `/api/v1/${owners}/{id}/files` as '/api/v1/demands/{id}/files';
const filePath = (owners: FileOwners) =>
  `/api/v1/${owners}/{id}/files/{fileId}` as '/api/v1/demands/{id}/files/{fileId}';

export const filesApi = {
  async list(owners: FileOwners, id: string): Promise<FileList> {
    const { data } = await api('bearer').GET(listPath(owners), { params: { path: { id } } });
    return data!;
  },
  async upload(owners: FileOwners, id: string, purpose: FilePurpose, files: File[]): Promise<StoredFile[]> {
    const form = new FormData();
    form.append('purpose', purpose);
    for (const file of files) form.append('file', file, file.name);
    const { data } = await api().POST(listPath(owners), {
      params: { path: { id } },
      body: form as never,
      bodySerializer: (body: unknown) => body as FormData,
    });
    return data!;
  },
  /** The content as a blob: the request carries the bearer token, which a plain link could not. */
  async download(owners: FileOwners, id: string, fileId: string): Promise<Blob> {
    const { data } = await api('bearer').GET(filePath(owners), {
      params: { path: { id, fileId } },
      parseAs: 'blob',
    });
    return data as unknown as Blob;
  },
  async remove(owners: FileOwners, id: string, fileId: string): Promise<void> {
    await api().DELETE(filePath(owners), { params: { path: { id, fileId } } });
  },
};
