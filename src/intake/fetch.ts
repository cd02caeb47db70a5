/**
 * Fetches one web resource with the limits a hostile or broken server calls for: one deadline for
 * the whole exchange (redirects and body included), a size limit on the decoded body, a bounded
 * number of redirects, http and https only, and no connection to a loopback, private or link-local
 * address unless its host is allowed — checked on the addresses DNS gives, at connect time, for
 * the first request and after every redirect.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { InputError } from '../core/index.js';
import { HostPolicy, normalizeHost } from './addresses.js';

/** How one fetch is bounded. */
export interface FetchOptions {
  /** The whole exchange, redirects and body included. Default 20 s. */
  readonly timeoutMs: number;
  /** Largest body accepted, after decompression. */
  readonly maxBytes: number;
  /** Redirects followed at most. Default 5. */
  readonly maxRedirects: number;
  readonly policy: HostPolicy;
  /** For a conditional request: the validators of the copy already read. */
  readonly etag?: string | null;
  readonly lastModified?: string | null;
  /** The Accept header. */
  readonly accept?: string;
}

export const defaultFetchOptions: FetchOptions = {
  timeoutMs: 20_000,
  maxBytes: 50 * 1024 * 1024,
  maxRedirects: 5,
  policy: new HostPolicy(),
};

/** What a fetch brought back. */
export interface Fetched {
  /** The URL asked for, as parsed (without its fragment). */
  readonly requestedUrl: string;
  /** The URL the body came from, after redirects. */
  readonly url: string;
  readonly status: number;
  /** The server said the copy we hold is current (HTTP 304): no body. */
  readonly notModified: boolean;
  /** The media type, lower case, without parameters; null when the server sent none. */
  readonly mediaType: string | null;
  /** The charset the Content-Type header declares, if any. */
  readonly charset: string | null;
  readonly bytes: Buffer;
  readonly etag: string | null;
  readonly lastModified: string | null;
}

const USER_AGENT = 'Puente/0.1 (+follow-up of security cooperation commitments; reads news pages and feeds)';
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Parses a URL a user gave; only http and https are fetched. */
export function parseWebUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch (error) {
    throw new InputError(raw, 'is not a valid URL', { cause: error });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InputError(raw, `uses ${url.protocol.replace(/:$/, '')}:, and Puente fetches only http and https URLs`);
  }
  if (url.username || url.password)
    throw new InputError(raw, 'carries a user name or password; Puente does not send credentials');
  url.hash = '';
  return url;
}

/** A connection refused by the host policy; turned into an InputError naming the URL. */
class RefusedAddress extends Error {}

/** Resolves like dns.lookup, but fails when any address the name resolves to is refused. */
function checkedLookup(policy: HostPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return (callback as (e: Error) => void)(error);
      for (const { address } of addresses) {
        const refusal = policy.refusal(hostname, address);
        if (refusal) return (callback as (e: Error) => void)(new RefusedAddress(refusal));
      }
      if (options.all) return (callback as (e: null, a: LookupAddress[]) => void)(null, addresses);
      const first = addresses[0];
      if (!first)
        return (callback as (e: Error) => void)(
          Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }),
        );
      callback(null, first.address, first.family);
    });
  };
}

/** "1.5 MB", "800 KB", "300 bytes". */
export function sizeOf(bytes: number): string {
  for (const [unit, size] of [
    ['GB', 1024 ** 3],
    ['MB', 1024 ** 2],
    ['KB', 1024],
  ] as const) {
    if (bytes >= size) return `${(bytes / size).toFixed(bytes < 10 * size ? 1 : 0)} ${unit}`;
  }
  return `${bytes} bytes`;
}

const seconds = (ms: number) => `${ms % 1000 === 0 ? ms / 1000 : (ms / 1000).toFixed(1)} s`;

/** Why a network error happened, in words. */
function networkReason(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `names a host that does not resolve (DNS ${error.code})`;
    case 'ECONNREFUSED':
      return 'refused the connection (nothing listens there)';
    case 'ECONNRESET':
      return 'closed the connection before answering in full';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return 'cannot be reached from this machine (' + error.code + ')';
    case 'CERT_HAS_EXPIRED':
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'SELF_SIGNED_CERT_IN_CHAIN':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return `presented a TLS certificate that cannot be trusted (${error.code})`;
    default:
      return `could not be fetched (${error.code ?? error.message})`;
  }
}

/**
 * Fetches a URL and follows its redirects. Every failure is an `InputError` whose input is the URL
 * asked for and whose reason says what went wrong (and, after a redirect, where).
 */
export async function fetchUrl(raw: string, options: Partial<FetchOptions> = {}): Promise<Fetched> {
  const settings: FetchOptions = { ...defaultFetchOptions, ...options };
  const requested = parseWebUrl(raw);
  const input = requested.toString();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), settings.timeoutMs);
  const seen = new Set<string>([input]);
  let url = requested;
  try {
    for (let hop = 0; ; hop++) {
      // After a redirect, a reason says where the refused or failing request went.
      const where = (reason: string) => (hop === 0 ? reason : `redirects to ${url.toString()}, which ${reason}`);
      const host = normalizeHost(url.hostname);
      if (isIP(host)) {
        const refusal = settings.policy.refusal(host, host);
        if (refusal) throw new InputError(input, where(refusal));
      }
      let response: IncomingMessage;
      try {
        response = await request(url, settings, controller.signal, hop === 0);
      } catch (error) {
        if (error instanceof RefusedAddress) throw new InputError(input, where(error.message), { cause: error });
        if (controller.signal.aborted)
          throw new InputError(input, `did not answer within ${seconds(settings.timeoutMs)} (timeout)`, {
            cause: error,
          });
        throw new InputError(input, where(networkReason(error as NodeJS.ErrnoException)), { cause: error });
      }
      const status = response.statusCode ?? 0;
      if (REDIRECTS.has(status)) {
        response.resume();
        const location = response.headers.location;
        if (!location) throw new InputError(input, where(`answered HTTP ${status} without saying where to go`));
        let next: URL;
        try {
          next = new URL(location, url);
        } catch (error) {
          throw new InputError(input, where(`redirects to an invalid URL (${location})`), { cause: error });
        }
        if (next.protocol !== 'http:' && next.protocol !== 'https:')
          throw new InputError(input, `redirects to ${next.toString()}, and Puente follows only http and https`);
        next.hash = '';
        if (seen.has(next.toString())) throw new InputError(input, `redirects in a loop (back to ${next.toString()})`);
        if (hop + 1 > settings.maxRedirects)
          throw new InputError(
            input,
            `redirects more than ${settings.maxRedirects} times (the last to ${next.toString()})`,
          );
        seen.add(next.toString());
        url = next;
        continue;
      }
      const header = (name: string) => {
        const value = response.headers[name];
        return (Array.isArray(value) ? value[0] : value) ?? null;
      };
      const etag = header('etag');
      const lastModified = header('last-modified');
      const contentType = header('content-type');
      const mediaType = contentType?.split(';')[0]!.trim().toLowerCase() || null;
      const charset = /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? '')?.[1] ?? null;
      const base = { requestedUrl: input, url: url.toString(), status, mediaType, charset, etag, lastModified };
      if (status === 304) {
        response.resume();
        return { ...base, notModified: true, bytes: Buffer.alloc(0) };
      }
      if (status < 200 || status > 299) {
        response.resume();
        throw new InputError(
          input,
          where(`answered HTTP ${status}${response.statusMessage ? ` ${response.statusMessage}` : ''}`),
        );
      }
      const declared = Number(header('content-length'));
      const encoding = (header('content-encoding') ?? 'identity').trim().toLowerCase();
      if (encoding === 'identity' && declared > settings.maxBytes) {
        response.destroy();
        throw new InputError(
          input,
          where(`is ${sizeOf(declared)}, over the ${sizeOf(settings.maxBytes)} limit (raise it with --max-size)`),
        );
      }
      const bytes = await readBody(response, encoding, settings.maxBytes, controller.signal).catch((error: unknown) => {
        if (error instanceof InputError) throw new InputError(input, where(error.reason), { cause: error });
        if (controller.signal.aborted)
          throw new InputError(input, `did not send its page within ${seconds(settings.timeoutMs)} (timeout)`, {
            cause: error,
          });
        throw new InputError(input, where(networkReason(error as NodeJS.ErrnoException)), { cause: error });
      });
      return { ...base, notModified: false, bytes };
    }
  } finally {
    clearTimeout(timer);
  }
}

function request(url: URL, settings: FetchOptions, signal: AbortSignal, first: boolean): Promise<IncomingMessage> {
  const headers: Record<string, string> = {
    'user-agent': USER_AGENT,
    accept:
      settings.accept ??
      'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/json;q=0.9,text/plain;q=0.8,*/*;q=0.5',
    'accept-encoding': 'gzip, deflate, br',
  };
  // Validators belong to the URL they were given for, not to where it redirects.
  if (first && settings.etag) headers['if-none-match'] = settings.etag;
  if (first && settings.lastModified) headers['if-modified-since'] = settings.lastModified;
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(
      url,
      { method: 'GET', headers, signal, lookup: checkedLookup(settings.policy), agent: false },
      resolve,
    );
    req.on('error', reject);
    req.end();
  });
}

/** Reads a response body, decompressing it, and stops as soon as it passes the limit. */
function readBody(response: IncomingMessage, encoding: string, maxBytes: number, signal: AbortSignal): Promise<Buffer> {
  let stream: Readable = response;
  if (encoding === 'gzip' || encoding === 'x-gzip') stream = response.pipe(createGunzip());
  else if (encoding === 'deflate') stream = response.pipe(createInflate());
  else if (encoding === 'br') stream = response.pipe(createBrotliDecompress());
  else if (encoding !== 'identity') {
    response.destroy();
    return Promise.reject(new InputError('', `was sent with a content encoding Puente does not read (${encoding})`));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    // Destroying the response emits its own errors at once: the first reason is the one given.
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      reject(error);
      response.destroy();
      if (stream !== response) stream.destroy();
    };
    signal.addEventListener('abort', () => fail(new Error('aborted')), { once: true });
    if (stream !== response) response.on('error', fail);
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes)
        fail(new InputError('', `is larger than the ${sizeOf(maxBytes)} limit (raise it with --max-size)`));
      else chunks.push(chunk);
    });
    stream.on('error', (error) =>
      fail(
        encoding === 'identity'
          ? error
          : new InputError('', `sent a ${encoding} body that does not decompress (${error.message})`),
      ),
    );
    response.on('aborted', () => fail(Object.assign(new Error('aborted'), { code: 'ECONNRESET' })));
    stream.on('end', () => {
      if (settled) return;
      settled = true;
      resolve(Buffer.concat(chunks));
    });
  });
}
