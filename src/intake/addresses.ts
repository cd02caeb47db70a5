/**
 * Which IP addresses Puente will not fetch from unless a host is allowed: loopback, private,
 * link-local and the other ranges that are never a public web server. IPv4 addresses written in
 * IPv6 (mapped `::ffff:127.0.0.1`, compatible `::127.0.0.1`, NAT64 `64:ff9b::7f00:1`, 6to4
 * `2002:7f00:1::`) are judged by the IPv4 address they carry.
 */
import { isIP } from 'node:net';

/** A range of addresses that is not fetched from, with the words a user reads in the refusal. */
interface Range {
  readonly base: bigint;
  readonly bits: number;
  readonly name: string;
}

const v4 = (cidr: string, name: string): Range => {
  const [address, bits] = cidr.split('/') as [string, string];
  return { base: ipv4Number(address)!, bits: Number(bits), name };
};
const v6 = (cidr: string, name: string): Range => {
  const [address, bits] = cidr.split('/') as [string, string];
  return { base: ipv6Number(address)!, bits: Number(bits), name };
};

const IPV4_RANGES: readonly Range[] = [
  v4('0.0.0.0/8', 'an unspecified ("this network") address'),
  v4('10.0.0.0/8', 'a private address'),
  v4('100.64.0.0/10', 'a shared (carrier-grade NAT) address'),
  v4('127.0.0.0/8', 'a loopback address'),
  v4('169.254.0.0/16', 'a link-local address'),
  v4('172.16.0.0/12', 'a private address'),
  v4('192.0.0.0/24', 'a reserved (IETF protocol) address'),
  v4('192.168.0.0/16', 'a private address'),
  v4('198.18.0.0/15', 'a reserved (benchmarking) address'),
  v4('224.0.0.0/4', 'a multicast address'),
  v4('240.0.0.0/4', 'a reserved or broadcast address'),
];

const IPV6_RANGES: readonly Range[] = [
  v6('::/128', 'an unspecified address'),
  v6('::1/128', 'a loopback address'),
  v6('fc00::/7', 'a private (unique local) address'),
  v6('fe80::/10', 'a link-local address'),
  v6('fec0::/10', 'a private (site-local) address'),
  v6('ff00::/8', 'a multicast address'),
];

/** IPv6 prefixes that carry an IPv4 address, and where in the 128 bits it sits (its lowest bit). */
const EMBEDDING: ReadonlyArray<readonly [Range, number]> = [
  [v6('::ffff:0:0/96', 'IPv4-mapped'), 0],
  [v6('::/96', 'IPv4-compatible'), 0],
  [v6('64:ff9b::/96', 'NAT64'), 0],
  [v6('2002::/16', '6to4'), 80],
];

function ipv4Number(address: string): bigint | null {
  const parts = address.split('.');
  if (parts.length !== 4) return null;
  let value = 0n;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return null;
    value = (value << 8n) | BigInt(Number(part));
  }
  return value;
}

function ipv6Number(address: string): bigint | null {
  let text = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  // A dotted quad at the end fills the last two groups.
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const value = ipv4Number(dotted[1]!);
    if (value === null) return null;
    text = `${text.slice(0, dotted.index)}${(value >> 16n).toString(16)}:${(value & 0xffffn).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  let value = 0n;
  for (const group of groups) {
    if (!/^[0-9a-f]{1,4}$/i.test(group)) return null;
    value = (value << 16n) | BigInt(parseInt(group, 16));
  }
  return value;
}

const within = (value: bigint, range: Range, width: number) =>
  value >> BigInt(width - range.bits) === range.base >> BigInt(width - range.bits);

/**
 * What kind of address this is when it is one Puente does not fetch from ("a loopback address",
 * "a private address (IPv4-mapped 10.0.0.1)"); null for a public address. Throws on text that is
 * not an IP address.
 */
export function restrictedRange(address: string): string | null {
  const bare = address.replace(/^\[|\]$/g, '');
  const family = isIP(bare.replace(/%.*$/, ''));
  if (family === 4) {
    const value = ipv4Number(bare)!;
    return IPV4_RANGES.find((range) => within(value, range, 32))?.name ?? null;
  }
  if (family !== 6) throw new TypeError(`not an IP address: ${address}`);
  const value = ipv6Number(bare);
  if (value === null) throw new TypeError(`not an IP address: ${address}`);
  // The unspecified and loopback addresses sit inside ::/96: judge them as IPv6 first.
  const own = IPV6_RANGES.find((range) => within(value, range, 128));
  if (own) return own.name;
  for (const [prefix, shift] of EMBEDDING) {
    if (!within(value, prefix, 128)) continue;
    const inner = (value >> BigInt(shift)) & 0xffffffffn;
    const dotted = [24n, 16n, 8n, 0n].map((s) => String((inner >> s) & 0xffn)).join('.');
    const range = IPV4_RANGES.find((r) => within(inner, r, 32));
    return range ? `${range.name} (${prefix.name} ${dotted})` : null;
  }
  return null;
}

/**
 * The hosts a user allowed (`--allow-host`, PUENTE_ALLOW_HOSTS): a host name, or an IP address,
 * is fetched from even when it resolves to a loopback, private or link-local address.
 */
export class HostPolicy {
  private readonly allowed: ReadonlySet<string>;

  constructor(allowed: Iterable<string> = []) {
    this.allowed = new Set([...allowed].map(normalizeHost).filter(Boolean));
  }

  /** A policy from repeated options and a comma-separated list (the environment's). */
  static from(options: readonly string[] | undefined, listed: string | undefined): HostPolicy {
    return new HostPolicy([...(options ?? []), ...(listed ?? '').split(',')]);
  }

  /** The allowed hosts, for messages and tests. */
  get hosts(): readonly string[] {
    return [...this.allowed];
  }

  /** Why a connection to `address` for `host` is refused, or null when it may go ahead. */
  refusal(host: string, address: string): string | null {
    const range = restrictedRange(address);
    if (range === null || this.allowed.has(normalizeHost(host)) || this.allowed.has(normalizeHost(address)))
      return null;
    const shown = normalizeHost(host);
    const where = shown === normalizeHost(address) ? `is ${range}` : `resolves to ${normalizeHost(address)}, ${range}`;
    return `${where}; Puente does not fetch from private, loopback or link-local addresses unless the host is allowed (--allow-host ${shown} or PUENTE_ALLOW_HOSTS)`;
  }
}

/** A host as compared: lower case, without IPv6 brackets or a trailing dot. */
export function normalizeHost(host: string): string {
  return host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
}
