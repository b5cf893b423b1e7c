import { Fragment } from 'react';

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};
const unescape = (text: string) => text.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]!);

/**
 * Renders a server highlight: HTML-escaped text in which only <mark>…</mark> is markup. It is parsed,
 * not injected: every other character becomes a text node, so nothing in a posting can run as HTML.
 */
export function Highlighted({ html, className }: { html: string; className?: string }) {
  const parts = html.split(/(<mark>.*?<\/mark>)/s);
  return (
    <span className={className}>
      {parts.map((part, index) =>
        part.startsWith('<mark>') && part.endsWith('</mark>') ? (
          <mark key={index}>{unescape(part.slice(6, -7))}</mark>
        ) : (
          <Fragment key={index}>{unescape(part)}</Fragment>
        ),
      )}
    </span>
  );
}
