/**
 * What kind of address an IP is, for refusing to fetch from inside the network (SSRF): loopback,
 * private, link-local and the other special-purpose ranges of the IANA IPv4 and IPv6
 * Special-Purpose Address Registries (RFC 6890). IPv6 forms that carry an IPv4 address
 * (IPv4-mapped ::ffff:a.b.c.d, IPv4-compatible ::a.b.c.d, NAT64 64:ff9b::/96, 6to4 2002::/16) are
 * judged by that IPv4 address, so ::ffff:127.0.0.1 is loopback.
 */

export type AddressKind =
  | "public"
  | "loopback"
  | "private"
  | "link-local"
  /** Carrier-grade NAT, 100.64.0.0/10 (RFC 6598). */
  | "shared"
  /** 0.0.0.0/8 and ::, which reach the local host on many systems. */
  | "unspecified"
  | "multicast"
  /** Documentation, benchmarking, broadcast and other ranges that are never a news site. */
  | "reserved"
  /** Not an IP address. */
  | "invalid";

/** An IPv4 address as an unsigned 32-bit number, or null. */
function parseIpv4(text: string): number | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return null;
    value = value * 256 + Number(part);
  }
  return value;
}

/** An IPv6 address as eight 16-bit groups, or null; a trailing dotted IPv4 fills the last two. */
function parseIpv6(text: string): number[] | null {
  const address = text.replace(/%.*$/, "");
  let tail: number[] = [];
  let body = address;
  if (address.includes(".")) {
    const colon = address.lastIndexOf(":");
    const v4 = parseIpv4(address.slice(colon + 1));
    if (v4 === null || colon < 0) return null;
    tail = [v4 >>> 16, v4 & 0xffff];
    // "::ffff:" keeps its "::"; "1:2:3:4:5:6:" loses its last ":".
    body = address.slice(0, colon + 1);
    if (!body.endsWith("::")) body = body.slice(0, -1);
  }
  const halves = body.split("::");
  if (halves.length > 2) return null;
  const groups = (half: string | undefined) => (half ? half.split(":") : []);
  const head = groups(halves[0]);
  const rest = groups(halves[1]);
  const width = 8 - tail.length;
  if (halves.length === 1 && head.length !== width) return null;
  if (halves.length === 2 && head.length + rest.length > width - 1) return null;
  const parsed: number[] = [];
  for (const group of [...head, ...Array<string>(width - head.length - rest.length).fill("0"), ...rest]) {
    if (!/^[0-9a-f]{1,4}$/i.test(group)) return null;
    parsed.push(parseInt(group, 16));
  }
  return [...parsed, ...tail];
}

function inRange(value: number, base: string, bits: number): boolean {
  const start = parseIpv4(base)!;
  const size = 2 ** (32 - bits);
  return value >= start && value < start + size;
}

function classifyIpv4(value: number): AddressKind {
  if (inRange(value, "0.0.0.0", 8)) return "unspecified";
  if (inRange(value, "127.0.0.0", 8)) return "loopback";
  if (inRange(value, "10.0.0.0", 8) || inRange(value, "172.16.0.0", 12) || inRange(value, "192.168.0.0", 16))
    return "private";
  if (inRange(value, "169.254.0.0", 16)) return "link-local";
  if (inRange(value, "100.64.0.0", 10)) return "shared";
  if (inRange(value, "224.0.0.0", 4)) return "multicast";
  const reserved: [string, number][] = [
    ["192.0.0.0", 24], // IETF protocol assignments
    ["192.0.2.0", 24], // TEST-NET-1
    ["198.18.0.0", 15], // benchmarking
    ["198.51.100.0", 24], // TEST-NET-2
    ["203.0.113.0", 24], // TEST-NET-3
    ["240.0.0.0", 4], // reserved, and 255.255.255.255 broadcast
  ];
  return reserved.some(([base, bits]) => inRange(value, base, bits)) ? "reserved" : "public";
}

function classifyIpv6(groups: readonly number[]): AddressKind {
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = groups;
  const v4 = (high: number, low: number) => classifyIpv4(high * 65536 + low);
  const zeroTo = (n: number) => groups.slice(0, n).every((g) => g === 0);
  if (zeroTo(8)) return "unspecified";
  if (zeroTo(7) && g7 === 1) return "loopback";
  if (zeroTo(5) && g5 === 0xffff) return v4(g6, g7); // IPv4-mapped
  if (zeroTo(6)) return v4(g6, g7); // IPv4-compatible (deprecated)
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) return v4(g6, g7); // NAT64
  if (g0 === 0x2002) return v4(g1, g2); // 6to4
  if ((g0 & 0xfe00) === 0xfc00) return "private"; // unique local, fc00::/7
  if ((g0 & 0xffc0) === 0xfe80) return "link-local"; // fe80::/10
  if ((g0 & 0xffc0) === 0xfec0) return "private"; // site-local (deprecated), fec0::/10
  if ((g0 & 0xff00) === 0xff00) return "multicast";
  if (g0 === 0x2001 && g1 === 0x0db8) return "reserved"; // documentation
  if (g0 === 0x0100 && g1 === 0 && g2 === 0 && g3 === 0) return "reserved"; // discard-only
  return "public";
}

/** The kind of an IPv4 or IPv6 address (brackets and a zone id allowed). */
export function classifyAddress(address: string): AddressKind {
  const bare = address.replace(/^\[(.*)\]$/, "$1");
  const v4 = parseIpv4(bare);
  if (v4 !== null) return classifyIpv4(v4);
  if (!bare.includes(":")) return "invalid";
  const v6 = parseIpv6(bare);
  return v6 === null ? "invalid" : classifyIpv6(v6);
}
