import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The lint rule that keeps bounded contexts apart (issue 13): a lib may use another lib only through its
 * public index (`#name`), and never imports another lib's entity classes from it. A value import of an
 * entity lets a lib query that context's table; read its exported services or read ports instead, and
 * declare a foreign key by entity name (`@ForeignKey('Organization')`). A type-only import (`import type`)
 * stays allowed: it names a shape and loads nothing. Files outside libs/ (apps, tests, bench, seeders) are
 * not restricted.
 *
 * The entity classes are found by reading each lib's sources for `@Entity(` … `export class Name`, so a
 * new entity is covered without editing this file.
 */

/** Entity class names per lib, read from `<root>/libs/<lib>/src`. */
export function entitiesByLib(root) {
  const byLib = new Map();
  for (const lib of directories(join(root, 'libs'))) {
    const names = [];
    for (const file of sources(join(root, 'libs', lib, 'src'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/@Entity\([^]*?export class (\w+)/g)) {
        names.push(match[1]);
      }
    }
    byLib.set(lib, names.sort());
  }
  return byLib;
}

/** One flat-config block per lib restricting what it may import from the others. */
export function libBoundaries(root) {
  const entities = entitiesByLib(root);
  return [...entities.keys()].map((lib) => ({
    files: [`libs/${lib}/**/*.{ts,tsx}`],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [...entities]
            .filter(([other, names]) => other !== lib && names.length > 0)
            .map(([other, names]) => ({
              name: `#${other}`,
              importNames: names,
              allowTypeImports: true,
              message: `An entity of the ${other} context: use its exported services or a read port (a foreign key by entity name: @ForeignKey('Name')).`,
            })),
          patterns: [
            {
              // ../../<other>/src/…: another lib's internals by relative path (its own folder is allowed).
              regex: `^(\\.\\./)+(?!${escapeRegex(lib)}/)[\\w-]+/src(/|$)`,
              message: 'Another lib’s internals: import its public index (#name) instead.',
            },
          ],
        },
      ],
    },
  }));
}

function directories(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
}

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter(
      (entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.(spec|int-spec)\.ts$/.test(entry.name),
    )
    .map((entry) => join(entry.parentPath, entry.name));
}

const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
