export * from './codes/index.js';
export * from './taxonomy/index.js';
export { AppConfig, ConfigError, DEVELOPMENT_SECRET, loadConfig } from './config/app-config.js';
export { AppConfigModule } from './config/config.module.js';
export { IntSetting, type ConfigSlice, type ConfigSliceClass } from './config/settings.js';
export * from './errors/domain-errors.js';
export { createPino, PinoNestLogger } from './logging/pino-logger.js';
export { LANGUAGES, type Language } from './i18n/messages.js';
export { addMessages, hasMessage, negotiateLanguage, translate } from './i18n/translate.js';
export * from './validation/fields.js';
export { isCalendarDate } from './validation/calendar-date.js';
export { fieldMessage, toFieldErrors } from './validation/field-errors.js';
export type {
  BoundedContext,
  ContextMessages,
  JobProcessorClass,
  MessageNamespaces,
} from './bounded-context.js';
export { pick } from './objects/pick.js';
export { cellText, parseYesNo, splitList } from './sheets/sheet-cells.js';
export { escapeLike } from './sql/escape-like.js';
