import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { AppConfig } from '#core';
import { contexts } from '#contexts';
import { dataSourceOptions } from '#database';
import { migrations } from './index.js';

/** Every entity of every lib: the schema the migrations must produce. */
export const entities = contexts.flatMap((context) => context.entities);

/** The one data source definition, used by the api, the worker, the migration CLI and the tests. */
export const databaseOptions = (url: string): DataSourceOptions =>
  dataSourceOptions(url, entities, migrations);

export const createDataSource = (url: string) => new DataSource(databaseOptions(url));

/**
 * The TypeORM root module of every Nest application: the api, the worker and the reindex CLI. It is one
 * module object for the whole process on purpose: @nestjs/typeorm records a data source name each time
 * `forRootAsync()` is called, so the api and the worker each calling it in one process (every e2e and
 * browser test, which run both) logged "A data source with the default name is already registered".
 * Each application still gets a DataSource of its own from it, closed with that application.
 */
export const DatabaseModule = TypeOrmModule.forRootAsync({
  inject: [AppConfig],
  useFactory: (config: AppConfig) => databaseOptions(config.DATABASE_URL),
});
