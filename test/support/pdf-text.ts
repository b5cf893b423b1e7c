import { inflateSync } from 'node:zlib';

/**
 * The text a PDF shows, one string per text-showing operator (a line, as pdfkit writes them), read back
 * through the embedded font's ToUnicode map: what a reader would copy out of it. Enough for the PDFs
 * pdfkit makes (compressed streams, one two-byte CID font); not a general PDF parser.
 */
export function pdfText(pdf: Buffer): string[] {
  const streams: string[] = [];
  const raw = pdf.toString('latin1');
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = raw.indexOf('endstream', start);
    try {
      streams.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      // Not a deflated stream (an image, the font program's header): nothing to read in it.
    }
  }
  const unicode = new Map<string, string>();
  const hexText = (hex: string) =>
    Buffer.from(hex.length % 4 === 0 ? hex : `00${hex}`, 'hex')
      .swap16()
      .toString('utf16le');
  for (const cmap of streams.filter((s) => s.includes('begincmap'))) {
    for (const [, from, to, list] of cmap.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*\[([^\]]*)\]/gi)) {
      const targets = [...list!.matchAll(/<([0-9a-f]+)>/gi)].map((m) => hexText(m[1]!));
      for (let code = parseInt(from!, 16); code <= parseInt(to!, 16); code++)
        unicode.set(code.toString(16).padStart(4, '0'), targets[code - parseInt(from!, 16)] ?? '');
    }
    for (const [, code, text] of cmap.matchAll(/^<([0-9a-f]{4})>\s*<([0-9a-f]+)>$/gim))
      unicode.set(code!.toLowerCase(), hexText(text!));
  }
  const lines: string[] = [];
  for (const content of streams.filter((s) => /\bBT\b/.test(s))) {
    for (const [, shown] of content.matchAll(/(\[[^\]]*\]|<[0-9a-f]*>)\s*T[Jj]/gi)) {
      const codes = [...shown!.matchAll(/<([0-9a-f]*)>/gi)].flatMap((m) => m[1]!.match(/.{4}/g) ?? []);
      lines.push(codes.map((code) => unicode.get(code.toLowerCase()) ?? '?').join(''));
    }
  }
  return lines;
}
