export { dataSourceOptions, SESSION_OPTIONS } from './data-source-options.js';
export { ensureDatabase } from './ensure-database.js';
export { pendingSchemaChanges } from './schema-drift.js';
export { SnakeNamingStrategy } from './snake-naming.strategy.js';
export { inTransaction } from './transaction.js';
export { AuthoredRow, BelongsTo, CreatedRow, OrganizationKey, UpdatedRow } from './entity-bases.js';
