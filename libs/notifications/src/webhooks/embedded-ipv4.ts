import { isIP } from 'node:net';

/**
 * The IPv4 address an IPv6 address carries, in the forms that reach (or may be translated to) that IPv4
 * host: IPv4-compatible `::a.b.c.d` (deprecated, but some stacks still route it), IPv4-mapped
 * `::ffff:a.b.c.d`, IPv4-translated `::ffff:0:a.b.c.d` (RFC 6145), NAT64 `64:ff9b::a.b.c.d` (RFC 6052)
 * and 6to4 `2002:aabb:ccdd::` (RFC 3056). `::` and `::1` are IPv6's own unspecified and loopback
 * addresses, not IPv4 ones. Null for anything else, IPv4 addresses and host names included.
 */
export function embeddedIPv4(address: string): string | null {
  if (isIP(address) !== 6) return null;
  const groups = expand(address);
  const zero = (from: number, to: number) => groups.slice(from, to).every((g) => g === 0);
  const low = () => quad(groups[6]!, groups[7]!);
  if (zero(0, 5) && groups[5] === 0xffff) return low();
  if (zero(0, 4) && groups[4] === 0xffff && groups[5] === 0) return low();
  if (groups[0] === 0x64 && groups[1] === 0xff9b && zero(2, 6)) return low();
  if (groups[0] === 0x2002) return quad(groups[1]!, groups[2]!);
  if (zero(0, 6) && !(groups[6] === 0 && groups[7]! <= 1)) return low();
  return null;
}

/** Eight 16-bit groups. The WHATWG URL parser gives the canonical form: hex groups, at most one `::`. */
function expand(address: string): number[] {
  const canonical = new URL(`http://[${address.replace(/%.*$/, '')}]/`).hostname.slice(1, -1);
  const [head, tail] = canonical.split('::') as [string, string | undefined];
  const parse = (part: string | undefined) => (part ? part.split(':').map((g) => parseInt(g, 16)) : []);
  const left = parse(head);
  const right = parse(tail);
  return [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
}

const quad = (high: number, low: number) => `${high >> 8}.${high & 0xff}.${low >> 8}.${low & 0xff}`;
