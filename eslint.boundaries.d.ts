import type { Linter } from 'eslint';

/** Entity class names per lib, read from `<root>/libs/<lib>/src`. */
export function entitiesByLib(root: string): Map<string, string[]>;

/** One flat-config block per lib restricting what it may import from the others. */
export function libBoundaries(root: string): Linter.Config[];
