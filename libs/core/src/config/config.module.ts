import { type DynamicModule, Module } from '@nestjs/common';
import { ConfigModule as NestConfigModule } from '@nestjs/config';
import { AppConfig, loadConfig } from './app-config.js';
import type { ConfigSliceClass } from './settings.js';

/**
 * Loads `.env` when present (via @nestjs/config), validates the environment once and provides the typed
 * AppConfig to every module, and each context's slice (`slices`) as a provider of its own class, taken
 * from that AppConfig. Tests override the AppConfig provider instead of touching process.env; the slices
 * follow it.
 */
@Module({})
export class AppConfigModule {
  static forRoot(slices: readonly ConfigSliceClass[]): DynamicModule {
    return {
      module: AppConfigModule,
      global: true,
      imports: [
        NestConfigModule.forRoot({
          ignoreEnvFile: false,
          validate: (env) => ({ ...loadConfig(env, slices) }),
        }),
      ],
      providers: [
        { provide: AppConfig, useFactory: () => loadConfig(process.env, slices) },
        ...slices.map((slice) => ({
          provide: slice,
          inject: [AppConfig],
          useFactory: (config: AppConfig) => config.slice(slice),
        })),
      ],
      exports: [AppConfig, ...slices],
    };
  }
}
