import 'i18next';
import type { FeaturesMessages } from '../features';
import type { zhCN } from './zh-CN';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN & FeaturesMessages };
  }
}
