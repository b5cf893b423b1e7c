import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { renderRules, renderWebClient } from './web-client.js';

/** The first line where two texts differ, as `line N: committed → generated`; undefined when equal. */
function firstDifference(committed: string, generated: string): string | undefined {
  if (committed === generated) return undefined;
  const a = committed.split('\n');
  const b = generated.split('\n');
  const line = a.findIndex((text, index) => text !== b[index]);
  const at = line === -1 ? a.length : line;
  return `line ${at + 1}: ${JSON.stringify(a[at])} → ${JSON.stringify(b[at])}`;
}

describe('the generated web client', () => {
  it('is what the committed openapi.json generates (run `npm run openapi` after changing the API)', async () => {
    const document = JSON.parse(await readFile('openapi.json', 'utf8')) as object;
    const files = await renderWebClient(document);
    const stale: Record<string, string> = {};
    for (const [path, generated] of Object.entries(files)) {
      const committed = await readFile(path, 'utf8').catch(() => '');
      const difference = firstDifference(committed, generated);
      if (difference) stale[path] = difference;
    }
    expect(stale).toEqual({});
  });

  it('keeps the lengths, ranges, counts and enum values of each property (and its items) and query parameter', () => {
    const rules = renderRules({
      paths: {
        '/api/v1/things': {
          get: {
            parameters: [
              { in: 'query', name: 'q', schema: { type: 'string', maxLength: 50 } },
              { in: 'query', name: 'cursor', schema: { type: 'string' } },
              { in: 'header', name: 'X-Organization-Id', schema: { type: 'string', maxLength: 36 } },
            ],
          },
        },
        '/api/v1/others': { get: {} },
      },
      components: {
        schemas: {
          InputDto: {
            properties: {
              title: { type: 'string', minLength: 1, maxLength: 100, example: 'x' },
              tags: { type: 'array', maxItems: 10, items: { type: 'string', maxLength: 20 } },
              mode: { type: 'string', enum: ['a', 'b'] },
              note: { type: 'string' },
            },
          },
          PlainDto: { properties: { id: { type: 'string', format: 'uuid' } } },
        },
      },
    });
    const constant = (name: string) => {
      const start = rules.indexOf('= ', rules.indexOf(`export const ${name}`)) + 2;
      return JSON.parse(rules.slice(start, rules.indexOf(' as const', start))) as unknown;
    };
    expect(constant('queryRules')).toEqual({ '/api/v1/things': { q: { maxLength: 50 } } });
    expect(constant('schemaRules')).toEqual({
      InputDto: {
        title: { minLength: 1, maxLength: 100 },
        tags: { maxItems: 10, items: { maxLength: 20 } },
        mode: { enum: ['a', 'b'] },
      },
    });
  });
});
