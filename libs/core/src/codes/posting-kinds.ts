/** Every kind of posting the catalogue holds; search documents and outbox events name them so. */
export const POSTING_KINDS = ['demand', 'expert', 'achievement', 'project', 'financing-offer'] as const;
export type PostingKind = (typeof POSTING_KINDS)[number];

/** The kinds that share the generic catalogue workflow (demands have their own, richer one). */
export type CatalogueKind = Exclude<PostingKind, 'demand'>;
