import { achievementKind } from './achievement';
import { expertKind } from './expert';
import type { AnyCatalogueKind, CatalogueKindName } from './kind';
import { offerKind } from './offer';
import { projectKind } from './project';

/** Every catalogue kind by name; the generic pages look their kind up here. */
export const catalogueKinds: Record<CatalogueKindName, AnyCatalogueKind> = {
  achievement: achievementKind,
  project: projectKind,
  offer: offerKind,
  expert: expertKind,
};
