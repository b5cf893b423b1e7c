import type { DescriptionsProps } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type {
  PostingBaseQuery,
  PostingDetail,
  PostingSummary,
  PostingVisibility,
} from '../api/catalogue-types';
import type { CatalogueApi } from '../api/catalogue';
import type { DemandContact, OrganizationType } from '../api/types';
import type { useReferenceData } from '../lib/use-reference';

export type ReferenceData = ReturnType<typeof useReferenceData>;

/** The catalogue kinds; each names its i18n namespace `catalogue.<name>` and its pages. */
export type CatalogueKindName = 'achievement' | 'project' | 'offer' | 'expert';

export interface SelectOption {
  value: string;
  label: string;
}

/** A list filter of one kind, kept in the URL under `name` and sent to the API under the same name. */
export interface FilterSpec {
  name: string;
  label: string;
  /** select: one of `options`; number: a 万元 amount. */
  type: 'select' | 'number';
  options?: SelectOption[];
  placeholder: string;
}

/** Form values every kind shares (the shell renders these sections). */
export interface SharedFormValues {
  visibility?: PostingVisibility;
  teaser?: string;
  contactName?: string;
  contactPhone?: string;
  contactEmail?: string;
}

/**
 * Everything that differs between the catalogue kinds: their API, who may publish them, how a summary
 * shows on a card and a detail on its page, and their form. The list, detail, form, "mine" and review
 * pages are one each, driven by this description. Members are methods so a kind of a narrower item
 * type still fits the registry.
 */
export interface CatalogueKind<
  S extends PostingSummary,
  D extends S & PostingDetail,
  V extends SharedFormValues,
> {
  name: CatalogueKindName;
  /** The web route of the list: /achievements, /projects… */
  route: string;
  api: CatalogueApi<S, D, never, PostingBaseQuery>;
  /** Organization types that may publish this kind. */
  creatorTypes: readonly OrganizationType[];
  /** The heading of an item: its title, or an expert's name. */
  label(item: S): string;
  filters(t: TFunction): FilterSpec[];
  /** The figure on a card's right: price, amount sought, ticket size. */
  highlight?(item: S, t: TFunction): ReactNode;
  /** Kind tags on a card and under the detail heading. */
  tags(item: S, t: TFunction): ReactNode;
  /** A secondary line under the title (an expert's title and affiliation). */
  subtitle?(item: S): ReactNode;
  /** Where the item is (or serves). */
  place(item: S, t: TFunction): string;
  /** The main content of a detail the caller may read in full. */
  content(item: D, t: TFunction): ReactNode;
  /** Kind facts in the detail's side card (fields, region, organization and dates are added). */
  facts(item: D, t: TFunction): DescriptionsProps['items'];
  /** The contact shown to those who may read the detail; null: none given. */
  contact(item: D): DemandContact | null;
  form: CatalogueFormSpec<D, V>;
}

export interface CatalogueFormSpec<D, V extends SharedFormValues> {
  /** Form field names, for placing server errors. */
  fields: readonly string[];
  /** Server error paths naming a part of a form field (patents.0.number → patents). */
  aliases?: Record<string, string>;
  /** Whether the shell shows the contact section (contact{name, phone, email}). */
  hasContact: boolean;
  initialValues(): V;
  toValues(item: D): V;
  /** Every editable field but visibility, teaser and contact; empty optional ones as null. */
  toEditable(values: V): Record<string, unknown>;
  /** The kind's own form sections. */
  renderFields(context: { original: D | undefined; reference: ReferenceData }): ReactNode;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the registry holds kinds of every item type
export type AnyCatalogueKind = CatalogueKind<any, any, any>;
