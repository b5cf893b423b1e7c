import type { FieldError } from '#core';

/** A min/max pair of amounts in the wrong order, reported on the max field as the demand budget is. */
export function rangeErrors(
  min: number | undefined,
  max: number | undefined,
  maxField: string,
): FieldError[] {
  return min !== undefined && max !== undefined && min > max
    ? [{ field: maxField, code: 'budget-range' }]
    : [];
}
