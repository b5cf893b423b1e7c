import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  registerDecorator,
  type ValidationOptions,
} from 'class-validator';
import { isIndustryCode, isPatentNumber, isRegionCode, isValidCreditCode } from '../codes/index.js';
import { isTechFieldCode } from '../taxonomy/index.js';
import { ValidationError } from '../errors/domain-errors.js';
import { isCalendarDate } from './calendar-date.js';

/**
 * One-line field decorators: validation, normalisation and OpenAPI together, so a DTO cannot document one
 * rule and enforce another. Every field is required unless `optional` is set.
 */
interface FieldOptions {
  optional?: boolean;
  /** Documents that null is accepted (IsOptional lets it through): on an edit, null clears the field. */
  nullable?: boolean;
  description?: string;
  example?: unknown;
}

function documented(
  type: 'string' | 'integer' | 'number' | 'array' | 'boolean',
  options: FieldOptions & Record<string, unknown>,
) {
  const { optional, ...rest } = options;
  return optional ? [ApiPropertyOptional({ type, ...rest }), IsOptional()] : [ApiProperty({ type, ...rest })];
}

const trim = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

// NUL and the other C0 controls (tab and line breaks aside) have no place in text a person typed, and
// PostgreSQL refuses NUL outright.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const noControlCharacters = (each = false) =>
  custom('noControlCharacters', (value) =>
    ([] as unknown[])
      .concat(each && Array.isArray(value) ? value : [value])
      .every((v) => typeof v !== 'string' || !CONTROL_CHARACTERS.test(v)),
  );

/** Trimmed text between `min` and `max` characters. */
export function TextField(options: FieldOptions & { min?: number; max: number }) {
  const { min = 1, max, ...rest } = options;
  return applyDecorators(
    ...documented('string', { ...rest, minLength: min, maxLength: max }),
    trim,
    IsString(),
    MinLength(min),
    MaxLength(max),
    noControlCharacters(),
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

/** An integer in [min, max]. */
export function IntField(options: FieldOptions & { min: number; max: number }) {
  const { min, max, ...rest } = options;
  return applyDecorators(
    ...documented('integer', { ...rest, minimum: min, maximum: max }),
    IsInt(),
    Min(min),
    Max(max),
  );
}

/** A number in [min, max] with at most `decimals` decimal places (amounts in 万元). */
export function DecimalField(options: FieldOptions & { min: number; max: number; decimals: number }) {
  const { min, max, decimals, ...rest } = options;
  return applyDecorators(
    ...documented('number', { ...rest, minimum: min, maximum: max }),
    IsNumber({ allowNaN: false, allowInfinity: false }),
    Min(min),
    Max(max),
    // Not IsNumber's maxDecimalPlaces: it throws on numbers JSON writes with an exponent (3e-323).
    custom('maxDecimals', (value) => typeof value === 'number' && Number(value.toFixed(decimals)) === value),
  );
}

/** A calendar date, `YYYY-MM-DD`, that exists: every DTO date goes through this one decorator. */
export function DateField(options: FieldOptions = {}) {
  return applyDecorators(
    ...documented('string', { format: 'date', example: '2027-06-30', ...options }),
    IsString(),
    Matches(/^\d{4}-\d{2}-\d{2}$/),
    custom('isCalendarDate', isCalendarDate),
  );
}

/** A list of distinct, trimmed short strings (keywords). */
export function TagsField(options: FieldOptions & { maxItems: number; maxLength: number }) {
  const { maxItems, maxLength, ...rest } = options;
  return applyDecorators(
    ...documented('array', { ...rest, items: { type: 'string', maxLength }, maxItems }),
    Transform(({ value }: { value: unknown }) =>
      Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)) : value,
    ),
    IsArray(),
    ArrayMaxSize(maxItems),
    ArrayUnique(),
    IsString({ each: true }),
    MinLength(1, { each: true }),
    MaxLength(maxLength, { each: true }),
    noControlCharacters(true),
  );
}

/** A list of distinct values from a fixed set. */
export function EnumArrayField<T extends string>(
  values: readonly T[],
  options: FieldOptions & { minItems?: number } = {},
) {
  const { minItems = 0, ...rest } = options;
  return applyDecorators(
    ...documented('array', { ...rest, items: { type: 'string', enum: values }, minItems }),
    IsArray(),
    ArrayMinSize(minItems),
    ArrayUnique(),
    IsIn(values as T[], { each: true }),
  );
}

/** Technology fields from the project taxonomy (libs/core/src/taxonomy). */
export function TechFieldsField(options: FieldOptions & { minItems: number; maxItems: number }) {
  const { minItems, maxItems, ...rest } = options;
  return applyDecorators(
    ...documented('array', { ...rest, items: { type: 'string', example: 'EV-BATTERY' }, minItems, maxItems }),
    IsArray(),
    ArrayMinSize(minItems),
    ArrayMaxSize(maxItems),
    ArrayUnique(),
    custom(
      'isTechField',
      (value) => Array.isArray(value) && value.every((v) => typeof v === 'string' && isTechFieldCode(v)),
    ),
  );
}

/** One technology field from the project taxonomy, a top field ('EV') or a subfield ('EV-BATTERY'). */
export function TechFieldField(options: FieldOptions = {}) {
  return applyDecorators(
    ...documented('string', { example: 'EV-BATTERY', ...options }),
    custom('isTechField', (value) => typeof value === 'string' && isTechFieldCode(value)),
  );
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

/** Distinct GB/T 2260 region codes, e.g. the regions an expert serves or an offer covers. */
export function RegionCodesField(options: FieldOptions & { maxItems: number }) {
  const { maxItems, ...rest } = options;
  return applyDecorators(
    ...documented('array', { ...rest, items: { type: 'string', pattern: '^\\d{6}$' }, maxItems }),
    IsArray(),
    ArrayMaxSize(maxItems),
    ArrayUnique(),
    custom(
      'isRegionCode',
      (value) => Array.isArray(value) && value.every((v) => typeof v === 'string' && isRegionCode(v)),
    ),
  );
}

/** A keyset page's size from a query string, 1 to 100; `fallback` is what the service takes when it is left out. */
export function PageLimitField(fallback = 20) {
  return applyDecorators(
    Type(() => Number),
    IntField({ min: 1, max: 100, optional: true, description: `Page size, ${fallback} by default` }),
  );
}

/** A keyset page's position: the `nextCursor` of the previous page. */
export function PageCursorField() {
  return TextField({ max: 200, optional: true, description: 'nextCursor of the previous page' });
}

/** A list's `mine` switch (`true` or `false`, as a query string has it): the acting organization's own rows. */
export function MineField(description: string) {
  return applyDecorators(
    ApiPropertyOptional({ enum: ['true', 'false'], description }),
    IsOptional(),
    IsIn(['true', 'false']),
  );
}

/** true or false, nothing truthy. */
export function BooleanField(options: FieldOptions = {}) {
  return applyDecorators(...documented('boolean', { ...options }), IsBoolean());
}

/** A Chinese patent application (ZL…) or publication (CN…) number, check digit verified. */
export function PatentNumberField(options: FieldOptions = {}) {
  return applyDecorators(
    ...documented('string', { example: 'ZL202110123456.7', ...options }),
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' ? value.trim().toUpperCase() : value,
    ),
    custom('isPatentNumber', (value) => typeof value === 'string' && isPatentNumber(value)),
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

/**
 * An update body may leave a field out, but may not set a required one to null: class-validator's
 * IsOptional lets null through, and the column would refuse it with a server error.
 */
export function assertNoNulls(input: object, required: readonly string[]): void {
  const errors = required
    .filter((field) => (input as Record<string, unknown>)[field] === null)
    .map((field) => ({ field, code: 'isNotEmpty' }));
  if (errors.length > 0) throw new ValidationError(errors);
}
