import type { TFunction } from 'i18next';
import type { MenuContext, MenuPlace } from './feature';
import { webFeatures } from './index';

/** Every feature's menu path, for the layout to tell which entry a page belongs to. */
export const featureMenuPaths = webFeatures.flatMap(({ menu = [] }) => menu.map((entry) => entry.path));

/** The features' menu items for one place in the side menu that `context` may see, in list order. */
export function featureMenuItems(place: MenuPlace, context: MenuContext, t: TFunction) {
  return webFeatures.flatMap(({ menu = [] }) =>
    menu
      .filter((entry) => entry.place === place && (entry.when ?? (({ signedIn }) => signedIn))(context))
      .map((entry) => ({ key: entry.path, icon: entry.icon, label: t(entry.label as never) })),
  );
}
