import { dealsFeature } from './deals';
import { eventsFeature } from './events';
import { interestFeature } from './interest';
import { openDataFeature } from './open-data';
import { portalFeature } from './portal';
import { reportingFeature } from './reporting';
import { servicesFeature } from './services';

/**
 * Every web feature, in menu order within each menu place. routes.tsx, the layout's menu and i18n iterate
 * this list: a new feature folder is one line here (docs/WEB_FEATURES.md).
 */
export const webFeatures = [
  dealsFeature,
  interestFeature,
  eventsFeature,
  servicesFeature,
  reportingFeature,
  portalFeature,
  openDataFeature,
] as const;

type Intersection<U> = (U extends unknown ? (whole: U) => void : never) extends (whole: infer I) => void
  ? I
  : never;

/** The features' zh-CN messages as one object type: what `t()` checks their keys against. */
export type FeaturesMessages = Intersection<(typeof webFeatures)[number]['messages']['zh-CN']>;

/** The features' strings of one language, merged into one object for i18next's resources. */
export function featuresMessages(language: 'zh-CN' | 'en'): object {
  return Object.assign({}, ...webFeatures.map((feature) => feature.messages[language]));
}
