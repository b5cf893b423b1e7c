/** localStorage keys and tolerant accessors (storage may be unavailable, e.g. in private mode). */
export const storageKeys = {
  language: 'duijie.language',
  organizationId: 'duijie.organizationId',
} as const;

export function readStorage(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeStorage(key: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // Storage is optional: the app still works, the choice is just not remembered.
  }
}
