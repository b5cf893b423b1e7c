import { Global, Module } from '@nestjs/common';
import { ConfigModule as NestConfigModule } from '@nestjs/config';
import { AppConfig, loadConfig } from './app-config.js';

/**
 * Loads `.env` when present (via @nestjs/config), validates the environment once and provides the typed
 * AppConfig to every module. Tests override the AppConfig provider instead of touching process.env.
 */
@Global()
@Module({
  imports: [NestConfigModule.forRoot({ ignoreEnvFile: false, validate: (env) => ({ ...loadConfig(env) }) })],
  providers: [{ provide: AppConfig, useFactory: () => loadConfig(process.env) }],
  exports: [AppConfig],
})
export class AppConfigModule {}
