/**
 * Where to go after signing in: only same-origin, absolute paths are accepted, so a crafted
 * ?redirect= cannot send the user to another site.
 */
export function safeRedirect(target: string | null | undefined, fallback = '/'): string {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\'))
    return fallback;
  return target;
}

export function withRedirect(path: string, target: string): string {
  if (target === '/' || !target) return path;
  const separator = path.includes('?') ? '&' : '?';
  return `${path}${separator}redirect=${encodeURIComponent(target)}`;
}
