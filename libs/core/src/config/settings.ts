import { applyDecorators } from '@nestjs/common';
import { plainToInstance, Transform } from 'class-transformer';
import { getMetadataStorage, IsInt, Max, Min, validateSync } from 'class-validator';
import type { AppConfig } from './app-config.js';

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : Number(value);

/** A whole-number variable from `min` (to `max`); left out or empty, the field's default stands. */
export const IntSetting = (min: number, max?: number) =>
  applyDecorators(Transform(toInt), IsInt(), Min(min), ...(max === undefined ? [] : [Max(max)]));

/** A whole number without bounds (ports of helper processes). */
export const AnyIntSetting = () => applyDecorators(Transform(toInt), IsInt());

/**
 * A bounded context's environment variables: a class whose fields are the variables, each with its
 * class-validator decorators and its default (an optional variable without default has `@IsOptional()`).
 * `problems` states the rules between fields (or with the core settings) once each field is valid.
 */
export interface ConfigSlice {
  problems?(core: AppConfig): readonly string[];
}

/** A slice's class; `object`, since a slice without rules between fields has nothing of ConfigSlice. */
export type ConfigSliceClass<T extends object = object> = new () => T;

/** The settings of `type` read from the environment, with the variables given and what is wrong with them. */
export function readSettings<T extends object>(
  type: new () => T,
  env: NodeJS.ProcessEnv,
): { settings: T; given: Record<string, string>; problems: string[] } {
  // Every field carries a decorator, so class-validator's metadata names the variables the class reads;
  // unknown variables are ignored (the shell has plenty).
  const names = new Set(
    getMetadataStorage()
      .getTargetValidationMetadatas(type, '', true, false)
      .map((metadata) => metadata.propertyName),
  );
  const given = Object.fromEntries(
    [...names]
      .filter((name) => env[name] !== undefined && env[name] !== '')
      .map((name) => [name, env[name]!]),
  );
  const settings = plainToInstance(type, given, { exposeDefaultValues: true });
  const problems = validateSync(settings).map(
    // The raw text from the environment, not the converted value (NaN would print as null).
    (error) => `${error.property}=${JSON.stringify(given[error.property])} is invalid`,
  );
  return { settings, given, problems };
}
