import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  registerDecorator,
  type ValidationOptions,
} from 'class-validator';
import { isIndustryCode, isRegionCode, isValidCreditCode } from '../codes/index.js';

/**
 * One-line field decorators: validation, normalisation and OpenAPI together, so a DTO cannot document one
 * rule and enforce another. Every field is required unless `optional` is set.
 */
interface FieldOptions {
  optional?: boolean;
  description?: string;
  example?: unknown;
}

function documented(type: 'string' | 'integer', options: FieldOptions & Record<string, unknown>) {
  const { optional, ...rest } = options;
  return optional ? [ApiPropertyOptional({ type, ...rest }), IsOptional()] : [ApiProperty({ type, ...rest })];
}

const trim = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** Trimmed text between `min` and `max` characters. */
export function TextField(options: FieldOptions & { min?: number; max: number }) {
  const { min = 1, max, ...rest } = options;
  return applyDecorators(
    ...documented('string', { ...rest, minLength: min, maxLength: max }),
    trim,
    IsString(),
    MinLength(min),
    MaxLength(max),
  );
}

/** An email address, trimmed and lower-cased so one person has one account. */
export function EmailField(options: FieldOptions = {}) {
  return applyDecorators(
    ...documented('string', {
      format: 'email',
      maxLength: 254,
      example: 'zhang.wei@example.com',
      ...options,
    }),
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' ? value.trim().toLowerCase() : value,
    ),
    IsString(),
    MaxLength(254),
    IsEmail(),
  );
}

/** A new password: at least 12 characters (OWASP ASVS 2.1.1), at most 128, not one repeated character. */
export function PasswordField(options: FieldOptions = {}) {
  return applyDecorators(
    ...documented('string', { format: 'password', minLength: 12, maxLength: 128, ...options }),
    IsString(),
    MaxLength(128),
    custom(
      'isStrongPassword',
      (value) => typeof value === 'string' && value.length >= 12 && new Set(value).size > 1,
    ),
  );
}

/** One of a fixed set of string values. */
export function EnumField<T extends string>(values: readonly T[], options: FieldOptions = {}) {
  return applyDecorators(...documented('string', { enum: values, ...options }), IsIn(values as T[]));
}

export function UuidField(options: FieldOptions = {}) {
  return applyDecorators(...documented('string', { format: 'uuid', ...options }), IsUUID('all'));
}

/** 统一社会信用代码, upper-cased before its check digit is verified. */
export function CreditCodeField(options: FieldOptions = {}) {
  return applyDecorators(
    ...documented('string', { minLength: 18, maxLength: 18, example: '91350100M000100Y43', ...options }),
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' ? value.trim().toUpperCase() : value,
    ),
    custom('isCreditCode', (value) => typeof value === 'string' && isValidCreditCode(value)),
  );
}

/** A GB/T 2260 administrative division code (province, city or district). */
export function RegionCodeField(options: FieldOptions = {}) {
  return applyDecorators(
    ...documented('string', { pattern: '^\\d{6}$', example: '320102', ...options }),
    custom('isRegionCode', (value) => typeof value === 'string' && isRegionCode(value)),
  );
}

/** A GB/T 4754-2017 industry code: a section letter (门类) or a two-digit division (大类). */
export function IndustryCodeField(options: FieldOptions = {}) {
  return applyDecorators(
    ...documented('string', { example: '39', ...options }),
    custom('isIndustryCode', (value) => typeof value === 'string' && isIndustryCode(value)),
  );
}

function custom(name: string, test: (value: unknown) => boolean, validationOptions?: ValidationOptions) {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: String(propertyName),
      options: validationOptions,
      validator: { validate: test },
    });
}
