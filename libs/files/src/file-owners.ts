import { POSTING_KINDS, type PostingKind } from '#core';

/** Who a file belongs to: a posting of one kind, or an organization (its business licence). Stored data. */
export const FILE_OWNER_KINDS = [...POSTING_KINDS, 'organization'] as const;
export type FileOwnerKind = (typeof FILE_OWNER_KINDS)[number];

/** What a file is for; stored data. Postings take the first five, organizations the licence only. */
export const FILE_PURPOSES = [
  'specification',
  'drawing',
  'patent-certificate',
  'pitch-deck',
  'other',
  'business-licence',
] as const;
export type FilePurpose = (typeof FILE_PURPOSES)[number];

export const POSTING_FILE_PURPOSES: readonly FilePurpose[] = FILE_PURPOSES.filter(
  (p) => p !== 'business-licence',
);
export const ORGANIZATION_FILE_PURPOSES: readonly FilePurpose[] = ['business-licence'];

export const purposesFor = (kind: FileOwnerKind) =>
  kind === 'organization' ? ORGANIZATION_FILE_PURPOSES : POSTING_FILE_PURPOSES;

export const isPostingKind = (kind: FileOwnerKind): kind is PostingKind => kind !== 'organization';
