import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from './app-config.js';

describe('loadConfig', () => {
  it('fills every variable with a default that works on a developer machine', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/duijie');
    expect(config.SMTP_URL).toBeUndefined();
  });

  it('converts numbers given as strings', () => {
    expect(loadConfig({ PORT: '8080' }).PORT).toBe(8080);
  });

  it('points the default PUBLIC_URL at HOST and PORT, and keeps one that is given', () => {
    expect(loadConfig({ PORT: '8080' }).PUBLIC_URL).toBe('http://127.0.0.1:8080');
    expect(loadConfig({ HOST: '0.0.0.0', PORT: '8081' }).PUBLIC_URL).toBe('http://127.0.0.1:8081');
    expect(loadConfig({ HOST: 'duijie.local' }).PUBLIC_URL).toBe('http://duijie.local:3000');
    expect(loadConfig({ PORT: '8080', PUBLIC_URL: 'https://duijie.example.cn' }).PUBLIC_URL).toBe(
      'https://duijie.example.cn',
    );
  });

  it('names the variable with a bad value', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT="?eighty"?/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
  });

  it('refuses the development secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/APP_SECRET/);
  });

  it('refuses webhooks to private addresses in production, and allows them in tests only when asked', () => {
    const secret = 'a-production-secret-of-at-least-32-characters';
    expect(() =>
      loadConfig({ NODE_ENV: 'production', APP_SECRET: secret, WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true' }),
    ).toThrow(/WEBHOOK_ALLOW_PRIVATE_ADDRESSES/);
    expect(loadConfig({ NODE_ENV: 'production', APP_SECRET: secret }).webhookAllowPrivateAddresses).toBe(
      false,
    );
    expect(
      loadConfig({ NODE_ENV: 'test', WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true' }).webhookAllowPrivateAddresses,
    ).toBe(true);
  });

  it('wants the bootstrap admin email and password together', () => {
    expect(() => loadConfig({ ADMIN_EMAIL: 'ops@example.com' })).toThrow(/ADMIN_PASSWORD/);
  });
});
