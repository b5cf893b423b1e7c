import fc from 'fast-check';

/** Strings a hostile client sends: any text, long graphemes, SQL, markup, NUL, paths, full-width digits. */
export const hostile = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.constantFrom(
    "'; DROP TABLE demands; --",
    '<script>alert(1)</script>',
    '\u0000',
    '../../etc/passwd',
    '９'.repeat(20),
  ),
);

/** Any JSON value a field might be sent instead of its own: wrong types, null, lists, objects. */
export const anyValue = fc.oneof(
  hostile,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(hostile, { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), hostile, { maxKeys: 3 }),
);

/** Date-shaped strings around the calendar's edges: month 0 and 13, day 0 to 32, leap and common years. */
export const dateLike = fc
  .record({
    year: fc.oneof(fc.constantFrom(0, 1900, 2000, 2027, 2028, 2100, 9999), fc.integer({ min: 0, max: 9999 })),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.integer({ min: 0, max: 32 }),
  })
  .map(
    ({ year, month, day }) =>
      `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
  );
