import type { ReactElement, ReactNode } from 'react';
import type { RouteProps } from 'react-router';
import type { Me, Membership } from '../api/types';
import { isPlatformStaff } from '../auth/auth-context';
import type { zhCN } from '../i18n/zh-CN';

/**
 * A web feature: one folder under features/ that brings its own routes, menu entries and translations,
 * so a new area of the app is that folder plus one line in features/index.ts (docs/WEB_FEATURES.md).
 */

/** Who may open a route: `public` pages render signed out too; `signed-in` ones sit behind RequireAuth. */
export type RouteAccess = 'public' | 'signed-in';

/** A route by object; the default access is `signed-in`. */
export interface FeatureRoute {
  path: string;
  element: ReactNode;
  access?: RouteAccess;
}

/**
 * What a feature's routes.tsx exports: objects, or `<Route>` elements (which are `signed-in`), so a folder
 * written to the interim convention (an exported array of either) drops in unchanged.
 */
export type FeatureRoutes = readonly (FeatureRoute | ReactElement<RouteProps>)[];

/**
 * Where an entry goes in the side menu: `main` is the top level after 对接会话; the others are the
 * layout's groups (the entry goes at the group's end).
 */
export type MenuPlace = 'main' | 'demands' | 'supply' | 'finance' | 'mine' | 'organization' | 'platform';

/** What a menu entry's condition can look at. */
export interface MenuContext {
  signedIn: boolean;
  me: Me | null;
  /** The membership the user acts for (its organization's type and the user's role there). */
  membership: Membership | null;
}

type StringLeaves<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${StringLeaves<T[K]>}`;
}[keyof T & string];

/** The translation key `T` (a feature's zh-CN messages) holds, as `t()` takes it, plurals folded. */
export type MessageKey<T> =
  StringLeaves<T> extends infer K extends string
    ? K extends `${infer Base}_${'one' | 'other'}`
      ? Base
      : K
    : never;

export interface FeatureMenuEntry<M> {
  /** The path the entry opens (also its menu key; the entry is selected on this path and below it). */
  path: string;
  icon: ReactNode;
  /** A key of the feature's own messages. */
  label: MessageKey<M>;
  place: MenuPlace;
  /** When the entry shows; by default to signed-in users only. */
  when?: (context: MenuContext) => boolean;
}

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

/** The shape a feature's other languages implement: its zh-CN messages' keys, string values. */
export type FeatureMessages<M> = DeepStrings<M>;

/** The top-level keys of the shared hubs: a feature may not reuse one (its strings would replace them). */
type HubKeys = { [K in keyof typeof zhCN]?: never };

export interface WebFeature<M extends object = object> {
  name: string;
  routes?: FeatureRoutes;
  menu?: readonly FeatureMenuEntry<M>[];
  /** Merged into i18next's one namespace: the feature's own top-level keys (e.g. `deals`). */
  messages: { 'zh-CN': M; en: FeatureMessages<M> };
}

/**
 * Types a feature and checks what the compiler can: its English strings match its Chinese ones key for key,
 * its menu labels are keys it holds, and its keys do not overwrite a hub's.
 */
export function defineFeature<M extends object & HubKeys>(feature: WebFeature<M>): WebFeature<M> {
  return feature;
}

/** Menu conditions the features share. */
export const signedIn = ({ signedIn }: MenuContext) => signedIn;
export const platformStaff = ({ me }: MenuContext) => isPlatformStaff(me);
/** Signed in and acting for an organization of one of these types. */
export const actingFor =
  (...types: Membership['organization']['type'][]) =>
  ({ membership }: MenuContext) =>
    membership !== null && types.includes(membership.organization.type);
