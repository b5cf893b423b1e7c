import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { isCalendarDate } from './calendar-date.js';

describe('isCalendarDate', () => {
  it.each(['2027-02-28', '2028-02-29', '2000-02-29', '2027-04-30', '2027-12-31', '0001-01-01', '9999-12-31'])(
    'accepts %s',
    (value) => {
      expect(isCalendarDate(value)).toBe(true);
    },
  );

  it.each([
    '2027-02-29',
    '2027-02-30',
    '2027-04-31',
    '1900-02-29',
    '2027-13-01',
    '2027-00-10',
    '2027-01-00',
    '0000-01-01',
    '2027-1-01',
    '2027-01-01T00:00:00Z',
    ' 2027-01-01',
    '',
    20270101,
    null,
  ])('refuses %p', (value) => {
    expect(isCalendarDate(value)).toBe(false);
  });

  it('agrees with the UTC calendar on every day of every year', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, day) => {
          const value = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const date = new Date(0);
          date.setUTCFullYear(year, month - 1, day);
          expect(isCalendarDate(value)).toBe(date.getUTCMonth() === month - 1 && date.getUTCDate() === day);
        },
      ),
    );
  });
});
