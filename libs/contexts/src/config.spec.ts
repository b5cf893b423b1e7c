import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { getMetadataStorage } from 'class-validator';
import { AppConfig, ConfigError } from '#core';
import { FilesConfig } from '#files';
import { NotificationsConfig } from '#notifications';
import { PortalConfig } from '#portal';
import { SearchConfig } from '#search';
import { configSlices, loadAppConfig } from './index.js';

/** What a production deployment must set: its own secret and the operator its legal texts name. */
const productionEnv = (secret: string) => ({
  NODE_ENV: 'production',
  APP_SECRET: secret,
  OPERATOR_NAME: '江苏某科技服务有限公司',
  PRIVACY_CONTACT_EMAIL: 'pi@example.cn',
});

const variablesOf = (type: new () => object) =>
  getMetadataStorage()
    .getTargetValidationMetadatas(type, '', true, false)
    .map((metadata) => metadata.propertyName);

describe('the contexts’ config slices', () => {
  it('claim each variable once, and none of the core ones', () => {
    const all = [AppConfig, ...configSlices].flatMap((type) => [...new Set(variablesOf(type))]);
    expect(all.length).toBe(new Set(all).size);
  });

  it('are validated with the core settings before Nest starts, naming the variable', () => {
    expect(() => loadAppConfig({ FILES_MAX_SIZE_MB: '0' })).toThrow(ConfigError);
    expect(() => loadAppConfig({ FILES_MAX_SIZE_MB: '0' })).toThrow(/FILES_MAX_SIZE_MB="0" is invalid/);
    expect(() => loadAppConfig({ INTEREST_DAILY_LIMIT: 'many' })).toThrow(/INTEREST_DAILY_LIMIT="many"/);
    expect(() => loadAppConfig({ SEARCH_ENGINE: 'solr' })).toThrow(/SEARCH_ENGINE="solr" is invalid/);
    expect(() => loadAppConfig({ LOGIN_WINDOW_SECONDS: '0' })).toThrow(/LOGIN_WINDOW_SECONDS="0" is invalid/);
  });

  it('keep their rules between fields', () => {
    expect(() => loadAppConfig({ FILES_STORAGE: 's3' })).toThrow(
      /S3_BUCKET must be set when FILES_STORAGE=s3/,
    );
    expect(() => loadAppConfig({ SEARCH_ENGINE: 'meilisearch' })).toThrow(
      /MEILI_URL must be set when SEARCH_ENGINE=meilisearch/,
    );
  });

  it('are each listed in the README’s environment table', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const listed = new Set(
      readme
        .split('\n')
        .filter((line) => line.startsWith('| `'))
        .flatMap((line) => [...line.split('|')[1]!.matchAll(/`([A-Z0-9_]+)`/g)].map((match) => match[1])),
    );
    const variables = [AppConfig, ...configSlices].flatMap(variablesOf);
    expect(variables.filter((name) => !listed.has(name))).toEqual([]);
  });

  it('name the operator the legal texts show, with demo defaults refused in production', () => {
    expect(loadAppConfig({}).slice(PortalConfig)).toMatchObject({
      OPERATOR_NAME: '对接 Duijie 平台',
      PRIVACY_CONTACT_EMAIL: 'privacy@duijie.local',
    });
    const own = loadAppConfig({
      OPERATOR_NAME: '江苏某科技服务有限公司',
      PRIVACY_CONTACT_EMAIL: 'pi@example.cn',
    });
    expect(own.slice(PortalConfig).OPERATOR_NAME).toBe('江苏某科技服务有限公司');
    expect(() => loadAppConfig({ PRIVACY_CONTACT_EMAIL: 'nobody' })).toThrow(
      /PRIVACY_CONTACT_EMAIL="nobody"/,
    );
    const secret = 'a-production-secret-of-at-least-32-characters';
    expect(() => loadAppConfig({ NODE_ENV: 'production', APP_SECRET: secret })).toThrow(
      /OPERATOR_NAME must name your organization[\s\S]*PRIVACY_CONTACT_EMAIL must be a real address/,
    );
    expect(() => loadAppConfig(productionEnv(secret))).not.toThrow();
  });

  it('keep the defaults the central configuration had', () => {
    const config = loadAppConfig({});
    expect(config.slice(FilesConfig)).toMatchObject({ FILES_STORAGE: 'local', FILES_MAX_SIZE_MB: 20 });
    expect(config.slice(SearchConfig).SEARCH_ENGINE).toBe('postgres');
  });

  it('refuse webhooks to private addresses in production, and allow them in tests only when asked', () => {
    const secret = 'a-production-secret-of-at-least-32-characters';
    expect(() =>
      loadAppConfig({ ...productionEnv(secret), WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true' }),
    ).toThrow(/WEBHOOK_ALLOW_PRIVATE_ADDRESSES/);
    const production = loadAppConfig(productionEnv(secret));
    expect(production.slice(NotificationsConfig).webhookAllowPrivateAddresses).toBe(false);
    const test = loadAppConfig({ NODE_ENV: 'test', WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true' });
    expect(test.slice(NotificationsConfig).webhookAllowPrivateAddresses).toBe(true);
  });
});
