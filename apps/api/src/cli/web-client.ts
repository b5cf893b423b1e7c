import { writeFile } from 'node:fs/promises';
import openapiTS, { astToString } from 'openapi-typescript';

/**
 * The web app's client, generated from openapi.json by `npm run openapi` and committed: the types of every
 * path, operation and schema (openapi-typescript, called through openapi-fetch in apps/web/src/api), and
 * the schema's rules (lengths, ranges, item counts, enum values) that the forms enforce before sending.
 * A unit test fails when the committed files differ from what openapi.json generates.
 */
export const WEB_CLIENT_DIR = 'apps/web/src/api/generated';
export const WEB_SCHEMA_FILE = `${WEB_CLIENT_DIR}/schema.d.ts`;
export const WEB_RULES_FILE = `${WEB_CLIENT_DIR}/rules.ts`;

const HEADER = '// Generated from openapi.json by `npm run openapi`: do not edit.\n';

/** The schema keywords a form can check before it sends: the rest only the server checks. */
const RULE_KEYWORDS = [
  'enum',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'minItems',
  'maxItems',
] as const;

interface PropertySchema {
  type?: string;
  items?: PropertySchema;
  [keyword: string]: unknown;
}

interface OpenApiDocument {
  paths?: Record<string, { get?: { parameters?: { in: string; name: string; schema?: PropertySchema }[] } }>;
  components?: { schemas?: Record<string, { properties?: Record<string, PropertySchema> }> };
}

/** Drops the entries without rules: `{ a: undefined, b: {…} }` → `{ b: {…} }`, undefined when empty. */
function compact<T>(entries: [string, T | undefined][]): Record<string, T> | undefined {
  const kept = entries.filter((entry): entry is [string, T] => entry[1] !== undefined);
  return kept.length > 0 ? Object.fromEntries(kept) : undefined;
}

/** The keywords of one property (and of its array items), or undefined when it has none. */
function rulesOf(schema: PropertySchema): Record<string, unknown> | undefined {
  const rules: Record<string, unknown> = {};
  for (const keyword of RULE_KEYWORDS) if (schema[keyword] !== undefined) rules[keyword] = schema[keyword];
  const items = schema.items ? rulesOf(schema.items) : undefined;
  if (items) rules.items = items;
  return Object.keys(rules).length > 0 ? rules : undefined;
}

/**
 * `schemaRules` — `{ CreateDemandDto: { title: { minLength: 1, maxLength: 100 }, … }, … }` — and
 * `queryRules`, the same for the query parameters of each GET path, as a const module.
 */
export function renderRules(document: OpenApiDocument): string {
  const schemaRules = compact(
    Object.entries(document.components?.schemas ?? {}).map(([name, schema]) => [
      name,
      compact(Object.entries(schema.properties ?? {}).map(([property, found]) => [property, rulesOf(found)])),
    ]),
  );
  const queryRules = compact(
    Object.entries(document.paths ?? {}).map(([path, item]) => [
      path,
      compact(
        (item.get?.parameters ?? [])
          .filter((parameter) => parameter.in === 'query' && parameter.schema)
          .map((parameter) => [parameter.name, rulesOf(parameter.schema as PropertySchema)]),
      ),
    ]),
  );
  const constant = (name: string, comment: string, value: unknown) =>
    `/** ${comment} */\nexport const ${name} = ${JSON.stringify(value ?? {}, null, 2)} as const;\n`;
  return [
    HEADER,
    constant(
      'schemaRules',
      'Per schema and property: the constraints of openapi.json a form checks before sending.',
      schemaRules,
    ),
    constant(
      'queryRules',
      'Per GET path and query parameter: the same for the query parameters.',
      queryRules,
    ),
  ].join('\n');
}

/** The `paths`, `operations` and `components` types of the document. */
export async function renderSchema(document: object): Promise<string> {
  // openapi-typescript's own type for the document is stricter than the JSON object Nest builds.
  const ast = await openapiTS(document as Parameters<typeof openapiTS>[0], { silent: true });
  return `${HEADER}\n${astToString(ast)}`;
}

/** Every generated file, by path. */
export async function renderWebClient(document: object): Promise<Record<string, string>> {
  return {
    [WEB_SCHEMA_FILE]: await renderSchema(document),
    [WEB_RULES_FILE]: renderRules(document as OpenApiDocument),
  };
}

export async function writeWebClient(document: object): Promise<string[]> {
  const files = await renderWebClient(document);
  for (const [path, text] of Object.entries(files)) await writeFile(path, text);
  return Object.keys(files);
}
