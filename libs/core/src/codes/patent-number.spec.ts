import { describe, expect, it } from '@jest/globals';
import { isPatentNumber, patentCheckDigit } from './patent-number.js';

describe('patent numbers', () => {
  it('computes the CNIPA check digit, X standing for ten', () => {
    expect(patentCheckDigit('202110123456')).toBe('7');
    expect(patentCheckDigit('202320000010')).toBe('X');
  });

  it('accepts application numbers with or without ZL, and publication numbers', () => {
    expect(isPatentNumber('ZL202110123456.7')).toBe(true);
    expect(isPatentNumber('202110123456.7')).toBe(true);
    expect(isPatentNumber('ZL202320000010.X')).toBe(true);
    expect(isPatentNumber('CN112345678A')).toBe(true);
    expect(isPatentNumber('CN212345678U')).toBe(true);
  });

  it('rejects a wrong check digit, an unknown type digit, old formats and noise', () => {
    expect(isPatentNumber('ZL202110123456.5')).toBe(false);
    expect(isPatentNumber('ZL202150123456.7')).toBe(false);
    expect(isPatentNumber('ZL98123456.7')).toBe(false);
    expect(isPatentNumber('CN11234567A')).toBe(false);
    expect(isPatentNumber('patent')).toBe(false);
  });
});
