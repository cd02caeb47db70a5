import { describe, expect, it } from 'vitest';
import { HostPolicy, restrictedRange } from './addresses.js';

describe('restrictedRange', () => {
  it('names loopback, private, link-local and other non-public IPv4 ranges', () => {
    expect(restrictedRange('127.0.0.1')).toBe('a loopback address');
    expect(restrictedRange('127.45.3.9')).toBe('a loopback address');
    expect(restrictedRange('10.20.30.40')).toBe('a private address');
    expect(restrictedRange('172.16.0.1')).toBe('a private address');
    expect(restrictedRange('172.31.255.255')).toBe('a private address');
    expect(restrictedRange('192.168.1.1')).toBe('a private address');
    expect(restrictedRange('169.254.169.254')).toBe('a link-local address');
    expect(restrictedRange('0.0.0.0')).toMatch(/unspecified/);
    expect(restrictedRange('100.64.0.1')).toMatch(/carrier-grade NAT/);
    expect(restrictedRange('224.0.0.251')).toMatch(/multicast/);
    expect(restrictedRange('255.255.255.255')).toMatch(/broadcast/);
  });

  it('lets public IPv4 addresses through, including neighbours of the private ranges', () => {
    for (const address of [
      '8.8.8.8',
      '172.15.255.255',
      '172.32.0.1',
      '192.169.0.1',
      '11.0.0.1',
      '126.255.255.255',
      '128.0.0.1',
      '93.184.216.34',
    ]) {
      expect(restrictedRange(address), address).toBeNull();
    }
  });

  it('names IPv6 loopback, unique local, link-local and multicast addresses', () => {
    expect(restrictedRange('::1')).toBe('a loopback address');
    expect(restrictedRange('[::1]')).toBe('a loopback address');
    expect(restrictedRange('0:0:0:0:0:0:0:1')).toBe('a loopback address');
    expect(restrictedRange('::')).toMatch(/unspecified/);
    expect(restrictedRange('fd12:3456::1')).toMatch(/unique local/);
    expect(restrictedRange('fe80::1%eth0')).toBe('a link-local address');
    expect(restrictedRange('ff02::1')).toMatch(/multicast/);
    expect(restrictedRange('2001:4860:4860::8888')).toBeNull();
  });

  it('judges IPv4 addresses written in IPv6 by the address they carry', () => {
    expect(restrictedRange('::ffff:127.0.0.1')).toBe('a loopback address (IPv4-mapped 127.0.0.1)');
    expect(restrictedRange('::ffff:7f00:1')).toBe('a loopback address (IPv4-mapped 127.0.0.1)');
    expect(restrictedRange('::ffff:a00:1')).toBe('a private address (IPv4-mapped 10.0.0.1)');
    expect(restrictedRange('::ffff:169.254.169.254')).toMatch(/^a link-local address/);
    expect(restrictedRange('::127.0.0.1')).toMatch(/^a loopback address \(IPv4-compatible/);
    expect(restrictedRange('64:ff9b::c0a8:101')).toBe('a private address (NAT64 192.168.1.1)');
    expect(restrictedRange('2002:7f00:1::1')).toBe('a loopback address (6to4 127.0.0.1)');
    expect(restrictedRange('::ffff:8.8.8.8')).toBeNull();
  });
});

describe('HostPolicy', () => {
  it('refuses a restricted address with a reason that names it and the way to allow it', () => {
    const policy = new HostPolicy();
    expect(policy.refusal('127.0.0.1', '127.0.0.1')).toBe(
      'is a loopback address; Puente does not fetch from private, loopback or link-local addresses unless the host is allowed (--allow-host 127.0.0.1 or PUENTE_ALLOW_HOSTS)',
    );
    expect(policy.refusal('intranet.example', '10.1.2.3')).toMatch(
      /^resolves to 10\.1\.2\.3, a private address; .*--allow-host intranet\.example/,
    );
    expect(policy.refusal('news.example', '93.184.216.34')).toBeNull();
  });

  it('allows a host by name or by address, from options and a comma-separated list', () => {
    const policy = HostPolicy.from(['Intranet.Example.'], ' 127.0.0.1 , [::1]');
    expect(policy.hosts).toEqual(['intranet.example', '127.0.0.1', '::1']);
    expect(policy.refusal('intranet.example', '10.1.2.3')).toBeNull();
    expect(policy.refusal('localhost', '127.0.0.1')).toBeNull();
    expect(policy.refusal('[::1]', '::1')).toBeNull();
    expect(policy.refusal('other.example', '10.1.2.3')).not.toBeNull();
  });
});
