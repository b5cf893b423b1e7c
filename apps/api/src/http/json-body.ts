import type { FastifyInstance, FastifyRequest } from 'fastify';

/**
 * Deepest nesting of arrays and objects a JSON body may have. Our DTOs go three levels deep; 32 leaves
 * room for any integrator and is far from the depth at which class-transformer and class-validator,
 * which recurse, overflow the stack (a body of 5,000 `[` did, even on the unauthenticated sign-in).
 */
export const MAX_JSON_DEPTH = 32;

/**
 * Arrays' items and objects' members a JSON body may hold in all. Our largest body holds under a hundred;
 * validation costs about 0.1 ms per value (each unknown key is one field error), so this bounds what
 * one request can make the server spend, whatever its size.
 */
export const MAX_JSON_VALUES = 1_000;

/** Thrown by the parser; the problem filter maps the code to `json-too-complex`. */
export class JsonTooComplexError extends Error {
  readonly statusCode = 400;
  readonly code = 'DJ_ERR_JSON_TOO_COMPLEX';

  constructor(reason: string) {
    super(`JSON body refused: ${reason}`);
  }
}

/**
 * One pass over the text, without recursion and before JSON.parse: refuses nesting deeper than
 * `maxDepth` and more than `maxValues` array items and object members. Linear in the body's length,
 * so a hostile body costs no more than reading it.
 */
export function assertJsonShape(text: string, maxDepth = MAX_JSON_DEPTH, maxValues = MAX_JSON_VALUES): void {
  let depth = 0;
  let values = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      i = closingQuote(text, i);
    } else if (c === 0x5b || c === 0x7b) {
      depth += 1;
      if (depth > maxDepth) throw new JsonTooComplexError(`nested deeper than ${maxDepth} levels`);
      values = counted(values, maxValues);
    } else if (c === 0x5d || c === 0x7d) {
      depth -= 1;
    } else if (c === 0x2c) {
      values = counted(values, maxValues);
    }
  }
}

/**
 * Where the string opened at `open` ends (its length if it never does). Strings are most of a long body,
 * and the native indexOf skips their text many times faster than a loop over each character.
 */
function closingQuote(text: string, open: number): number {
  let from = open + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote === -1) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === 0x5c) backslashes += 1;
    if (backslashes % 2 === 0) return quote; // an odd run of backslashes escapes the quote
    from = quote + 1;
  }
}

/**
 * One more value: each comma separates one more, and each array or object opens its first (so an array
 * of n items counts n, an object of k members k, and the containers themselves are counted too).
 */
function counted(values: number, maxValues: number): number {
  if (values + 1 > maxValues) throw new JsonTooComplexError(`more than ${maxValues} values`);
  return values + 1;
}

/**
 * Fastify's JSON parser with the body's shape checked first; the body is then parsed as Fastify does
 * (secure-json-parse: `__proto__` and `constructor.prototype` keys are refused). Given to Nest's
 * useBodyParser, which hands it the raw bytes. `maxValuesOf` gives the values limit of the request's route.
 */
export function shapedJsonParser(fastify: FastifyInstance, maxValuesOf: (request: FastifyRequest) => number) {
  const parse = fastify.getDefaultJsonParser('error', 'error');
  return (request: FastifyRequest, body: Buffer, done: (error: Error | null, parsed?: unknown) => void) => {
    const text = body.toString('utf8');
    try {
      assertJsonShape(text, MAX_JSON_DEPTH, maxValuesOf(request));
    } catch (error) {
      done(error as Error);
      return;
    }
    // The default parser completes through `done`; its return value is nothing to wait for.
    void parse(request, text, done);
  };
}
