// Fails the image build when compiled server code imports a package that `npm prune --omit=dev` removed,
// so a dependency declared under devDependencies breaks `docker build` instead of the container's start.
// Usage: node docker/check-runtime-imports.mjs dist/apps dist/libs dist/migrations
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { join } from 'node:path';

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\(\s*)['"]([^'"]+)['"]/g;

function* javascriptFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* javascriptFiles(path);
    else if (entry.name.endsWith('.js')) yield path;
  }
}

const packageName = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');
const isBare = (specifier) => !/^(\.|\/|#|node:|data:|file:)/.test(specifier) && !isBuiltin(specifier);

const missing = new Map();
for (const dir of process.argv.slice(2)) {
  for (const file of javascriptFiles(dir)) {
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      if (!isBare(specifier)) continue;
      const name = packageName(specifier);
      if (!existsSync(join('node_modules', name, 'package.json'))) {
        missing.set(name, [...(missing.get(name) ?? []), file]);
      }
    }
  }
}

if (missing.size > 0) {
  for (const [name, files] of missing)
    console.error(`${name} is imported by ${files.join(', ')} but is not a dependency`);
  process.exit(1);
}
console.log('Every package the server code imports is installed.');
