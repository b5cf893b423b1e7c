/** The named fields of a row, copied as they are: what a DTO that shows some of an entity's columns returns. */
export function pick<T, K extends keyof T>(row: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, row[key]])) as Pick<T, K>;
}
