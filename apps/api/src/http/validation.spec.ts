import { describe, expect, it } from '@jest/globals';
import { TextField, ValidationError } from '#core';
import { MAX_UNKNOWN_FIELDS, validationPipe } from './validation.js';

class SignInDto {
  @TextField({ max: 100 })
  email: string;

  @TextField({ max: 100 })
  password: string;
}

const refusal = async (value: Record<string, unknown>) => {
  try {
    await validationPipe().transform(value, { type: 'body', metatype: SignInDto });
  } catch (error) {
    return error as ValidationError;
  }
  throw new Error('accepted');
};
const unknownFields = (count: number) =>
  Object.fromEntries(Array.from({ length: count }, (_, i) => [`k${i}`, i]));

describe('validationPipe', () => {
  it('reports a few unknown fields together with the body’s other errors', async () => {
    const error = await refusal({ email: 'a@example.com', ...unknownFields(3) });
    expect(error.fieldErrors.map((e) => `${e.field} ${e.code}`).sort()).toEqual(
      expect.arrayContaining(['k0 whitelistValidation', 'k2 whitelistValidation', 'password isString']),
    );
  });

  it('refuses a body of many unknown fields before transforming it, naming the first few', async () => {
    const error = await refusal({ email: 'a@example.com', password: 'x', ...unknownFields(990) });
    expect(error.fieldErrors).toHaveLength(MAX_UNKNOWN_FIELDS);
    expect(error.fieldErrors[0]).toEqual({ field: 'k0', code: 'whitelistValidation' });
  });
});
