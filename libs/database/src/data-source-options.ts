import type { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for entity classes
type EntityList = MixedList<Function | string | EntitySchema>;
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- as above, for migration classes
type MigrationList = MixedList<Function | string>;

/**
 * Settings of every session the application opens, as libpq `options`. Synchronized sequential scans
 * start where another scan is: a LIMIT without ORDER BY (the search candidate cap) would then see
 * different rows from call to call, and pages could overlap. A pool that must answer exactly what the
 * application answers (the search benchmark's SQL baseline) opens its sessions with these too.
 */
export const SESSION_OPTIONS = '-c synchronize_seqscans=off';

/**
 * The one place that says how we talk to PostgreSQL. Schema changes come only from migrations:
 * synchronize stays off, and the drift test proves the entities and migrations agree.
 */
export function dataSourceOptions(
  url: string,
  entities: EntityList,
  migrations: MigrationList,
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+; no uuid-ossp needed.
    uuidExtension: 'pgcrypto',
    // Failed queries surface as exceptions (and a 5xx is logged by the problem filter); no second copy.
    logging: false,
    extra: { max: 20, application_name: 'duijie', options: SESSION_OPTIONS },
  };
}
