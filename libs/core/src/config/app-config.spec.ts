import { describe, expect, it } from '@jest/globals';
import { IsIn } from 'class-validator';
import { ConfigError, loadConfig, type AppConfig } from './app-config.js';
import { IntSetting } from './settings.js';

/** A context's slice as a lib declares one. */
class ExampleConfig {
  @IntSetting(1, 10)
  EXAMPLE_LIMIT = 3;

  @IsIn(['on', 'off'])
  EXAMPLE_MODE = 'off';

  problems(core: AppConfig): string[] {
    return core.isProduction && this.EXAMPLE_MODE === 'on' ? ['EXAMPLE_MODE must be off in production'] : [];
  }
}

describe('loadConfig', () => {
  it('fills every variable with a default that works on a developer machine', () => {
    const config = loadConfig({}, []);
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/duijie');
    expect(config.SMTP_URL).toBeUndefined();
  });

  it('converts numbers given as strings', () => {
    expect(loadConfig({ PORT: '8080' }, []).PORT).toBe(8080);
  });

  it('points the default PUBLIC_URL at HOST and PORT, and keeps one that is given', () => {
    expect(loadConfig({ PORT: '8080' }, []).PUBLIC_URL).toBe('http://127.0.0.1:8080');
    expect(loadConfig({ HOST: '0.0.0.0', PORT: '8081' }, []).PUBLIC_URL).toBe('http://127.0.0.1:8081');
    expect(loadConfig({ HOST: 'duijie.local' }, []).PUBLIC_URL).toBe('http://duijie.local:3000');
    expect(loadConfig({ PORT: '8080', PUBLIC_URL: 'https://duijie.example.cn' }, []).PUBLIC_URL).toBe(
      'https://duijie.example.cn',
    );
  });

  it('names the variable with a bad value', () => {
    expect(() => loadConfig({ PORT: 'eighty' }, [])).toThrow(/PORT="?eighty"?/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' }, [])).toThrow(ConfigError);
  });

  it('refuses the development secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' }, [])).toThrow(/APP_SECRET/);
  });

  it('wants the bootstrap admin email and password together', () => {
    expect(() => loadConfig({ ADMIN_EMAIL: 'ops@example.com' }, [])).toThrow(/ADMIN_PASSWORD/);
  });

  it('reads a context’s slice with its defaults and provides it by class', () => {
    const config = loadConfig({ EXAMPLE_LIMIT: '7' }, [ExampleConfig]);
    expect(config.slice(ExampleConfig)).toMatchObject({ EXAMPLE_LIMIT: 7, EXAMPLE_MODE: 'off' });
    expect(config).not.toHaveProperty('EXAMPLE_LIMIT');
  });

  it('refuses a bad value in a slice, naming the variable, together with the core problems', () => {
    expect(() => loadConfig({ PORT: 'eighty', EXAMPLE_LIMIT: '11' }, [ExampleConfig])).toThrow(
      /PORT="eighty" is invalid\n {2}- EXAMPLE_LIMIT="11" is invalid/,
    );
  });

  it('applies a slice’s rules between its fields and the core settings', () => {
    const production = {
      NODE_ENV: 'production',
      APP_SECRET: 'a-production-secret-of-at-least-32-characters',
    };
    expect(() => loadConfig({ ...production, EXAMPLE_MODE: 'on' }, [ExampleConfig])).toThrow(
      /EXAMPLE_MODE must be off in production/,
    );
  });

  it('names a slice that was not loaded instead of handing out nothing', () => {
    expect(() => loadConfig({}, []).slice(ExampleConfig)).toThrow(/ExampleConfig was not loaded/);
  });
});
