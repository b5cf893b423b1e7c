import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { libBoundaries } from './eslint.boundaries.js';

/** Type-aware lint: floating promises and unsafe misuse of promises fail the build, with zero warnings allowed. */
export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'openapi.json', 'apps/web/src/api/generated/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { arguments: false, attributes: false } },
      ],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
    },
  },
  // Libs use each other through their public index only, never another context's entity classes.
  ...libBoundaries(import.meta.dirname),
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
);
