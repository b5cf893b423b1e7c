type Json = unknown;

const isObject = (value: Json): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `next` with its object keys in the order `previous` had them (keys new to `next` after those, in their
 * own order), at every depth. The OpenAPI document lists paths and schemas in the order the api mounts
 * controllers, which follows the list of contexts; keeping the committed order means moving a controller
 * between contexts leaves openapi.json and the generated client as they were. Arrays keep their own
 * order: there it means something.
 */
export function inStableOrder(previous: Json, next: Json): Json {
  if (!isObject(next)) return next;
  const before = isObject(previous) ? previous : {};
  const position = new Map(Object.keys(before).map((key, index) => [key, index]));
  const keys = Object.keys(next).sort(
    (a, b) => (position.get(a) ?? Infinity) - (position.get(b) ?? Infinity),
  );
  return Object.fromEntries(keys.map((key) => [key, inStableOrder(before[key], next[key])]));
}
