import { DataSource, type DataSourceOptions } from 'typeorm';
import { dataSourceOptions } from '#database';
import { dealEntities } from '#deals';
import { identityEntities } from '#identity';
import { matchingEntities } from '#matching';
import { notificationEntities } from '#notifications';
import { postingEntities } from '#postings';
import { profileEntities } from '#profiles';
import { queueEntities } from '#queue';
import { migrations } from './index.js';

/** Every entity of every lib: the schema the migrations must produce. */
export const entities = [
  ...identityEntities,
  ...queueEntities,
  ...notificationEntities,
  ...postingEntities,
  ...profileEntities,
  ...matchingEntities,
  ...dealEntities,
];

/** The one data source definition, used by the api, the worker, the migration CLI and the tests. */
export const databaseOptions = (url: string): DataSourceOptions =>
  dataSourceOptions(url, entities, migrations);

export const createDataSource = (url: string) => new DataSource(databaseOptions(url));
