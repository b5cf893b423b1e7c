import type { catalogueZhCN } from './catalogue.zh-CN';

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

/** The shape the catalogue strings of every language implement. */
export type CatalogueMessages = DeepStrings<typeof catalogueZhCN>;
