const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** HTML-escapes text, so the only markup in a snippet is the <mark> we add. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

interface Match {
  start: number;
  end: number;
}

/** Non-overlapping matches of `terms` (longest first wins), case-blind, in text order. */
function findMatches(text: string, terms: readonly string[]): Match[] {
  const lower = text.toLowerCase();
  // Lower-casing a few scripts changes the length; then offsets would drift, so match as written.
  const haystack = lower.length === text.length ? lower : text;
  const taken = new Uint8Array(text.length);
  const matches: Match[] = [];
  for (const term of terms) {
    if (!term) continue;
    for (let from = haystack.indexOf(term); from !== -1; from = haystack.indexOf(term, from + term.length)) {
      const end = from + term.length;
      if (taken.subarray(from, end).some((t) => t === 1)) continue;
      taken.fill(1, from, end);
      matches.push({ start: from, end });
    }
  }
  return matches.sort((a, b) => a.start - b.start);
}

function render(text: string, matches: Match[], from: number, to: number): string {
  let html = '';
  let at = from;
  for (const { start, end } of matches) {
    if (start < from || end > to) continue;
    html += `${escapeHtml(text.slice(at, start))}<mark>${escapeHtml(text.slice(start, end))}</mark>`;
    at = end;
  }
  return html + escapeHtml(text.slice(at, to));
}

/** The whole text, escaped, with every term marked (titles). */
export function highlight(text: string, terms: readonly string[]): string {
  return render(text, findMatches(text, terms), 0, text.length);
}

/**
 * About `length` characters of `text` around its first match, escaped, terms marked, with an ellipsis
 * where it was cut. Without a match, the start of the text.
 */
export function snippet(text: string, terms: readonly string[], length = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const matches = findMatches(flat, terms);
  const first = matches[0];
  const from = first ? Math.max(0, Math.min(first.start - Math.floor(length / 4), flat.length - length)) : 0;
  const to = Math.min(flat.length, from + length);
  // Never cut through a match.
  const inside = matches.filter((m) => m.start >= from && m.end <= to);
  return `${from > 0 ? '…' : ''}${render(flat, inside, from, to)}${to < flat.length ? '…' : ''}`;
}
