import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { readFileSync } from 'node:fs';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { isBlockedAddress } from './blocked-address.js';
import { ReadError } from './read-error.js';

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** The User-Agent the readers fetch with. */
export const USER_AGENT = `newsgraph/${VERSION} (+https://github.com/newsgraph)`;

const MAX_REDIRECTS = 5;
const ACCEPT = 'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5';
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Limits of one fetch. */
export interface FetchOptions {
  readonly timeoutMs: number;
  readonly maxBytes: number;
  /** Allow loopback, private and link-local addresses (tests, intranets). */
  readonly allowPrivate: boolean;
  readonly userAgent: string;
  /** Extra request headers, e.g. `if-none-match` and `if-modified-since` for a conditional GET. */
  readonly headers?: Readonly<Record<string, string>>;
}

/** A fetched body with the URL it finally came from (after redirects) and its content type. */
export interface Fetched {
  readonly url: string;
  readonly contentType: string | null;
  readonly bytes: Buffer;
  /** True for a 304 answer to a conditional GET: nothing new, the body is empty. */
  readonly notModified: boolean;
  /** The validators of the response, for the next conditional GET. */
  readonly etag: string | null;
  readonly lastModified: string | null;
}

class Blocked extends Error {
  constructor(readonly host: string, readonly address: string) {
    super(host === address ? `${address} is` : `${host} resolves to ${address}, which is`);
  }
}

function resolveAll(host: string): Promise<readonly LookupAddress[]> {
  return new Promise((resolve, reject) => dnsLookup(host, { all: true }, (err, addresses) => (err ? reject(err) : resolve(addresses))));
}

/** A lookup for the socket that refuses blocked addresses, so a host cannot rebind between the check and the connection. */
const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, '', 0);
    const bad = addresses.find((a) => isBlockedAddress(a.address));
    if (bad) return callback(Object.assign(new Blocked(hostname, bad.address), { code: 'EBLOCKED' }), '', 0);
    if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
    const first = addresses[0]!;
    callback(null, first.address, first.family);
  });
};

async function checkHost(url: URL): Promise<void> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : (await resolveAll(host)).map((a) => a.address);
  const bad = addresses.find(isBlockedAddress);
  if (bad) throw new Blocked(host, bad);
}

function get(url: URL, options: FetchOptions, signal: AbortSignal): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    const req = client.get(
      url,
      {
        signal,
        headers: { 'user-agent': options.userAgent, accept: ACCEPT, 'accept-encoding': 'gzip, deflate, br', ...options.headers },
        ...(options.allowPrivate ? {} : { lookup: guardedLookup }),
      },
      resolve,
    );
    req.on('error', reject);
  });
}

function decoded(res: IncomingMessage): Readable {
  const encoding = (res.headers['content-encoding'] ?? '').toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') return res.pipe(createGunzip());
  if (encoding === 'deflate') return res.pipe(createInflate());
  if (encoding === 'br') return res.pipe(createBrotliDecompress());
  return res;
}

async function body(res: IncomingMessage, input: string, maxBytes: number): Promise<Buffer> {
  const declared = Number(res.headers['content-length']);
  const tooLarge = (): ReadError => new ReadError('too-large', input, `response is larger than the ${maxBytes}-byte limit; expected a page or feed within it`);
  if (declared > maxBytes) {
    res.destroy();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of decoded(res)) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      res.destroy();
      throw tooLarge();
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function failure(e: unknown, input: string, options: FetchOptions, signal: AbortSignal): ReadError {
  if (e instanceof ReadError) return e;
  if (e instanceof Blocked) {
    return new ReadError('blocked-address', input, `${e.message} a loopback, private or link-local address; expected a public host (allowPrivate permits it)`);
  }
  if (signal.aborted) return new ReadError('fetch-failed', input, `timed out after ${options.timeoutMs} ms; expected a response`);
  const err = e as NodeJS.ErrnoException;
  const why = err.code === 'ENOTFOUND' ? 'host not found' : err.code === 'ECONNREFUSED' ? 'connection refused' : err.message;
  return new ReadError('fetch-failed', input, `${why}${err.code && why !== err.message ? ` (${err.code})` : ''}; expected a response`);
}

/**
 * Fetches an http(s) URL within a time limit (the whole fetch, redirects included) and a size limit
 * (after decompression), with the project's User-Agent. Redirects are followed (at most 5) and every
 * hop is checked again; unless `allowPrivate`, hosts resolving to loopback, private or link-local
 * addresses are refused, both before the request and at connection time. With `headers` given
 * (a conditional GET), a 304 answer is returned as `notModified` instead of an error.
 * @throws ReadError `fetch-failed`, `too-large` or `blocked-address`.
 */
export async function fetchUrl(input: string, options: FetchOptions): Promise<Fetched> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    let url = new URL(input);
    for (let hop = 0; ; hop++) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new ReadError('fetch-failed', input, `redirected to ${url.protocol} URL ${url.href}; expected http or https`);
      }
      if (!options.allowPrivate) await checkHost(url);
      const res = await get(url, options, controller.signal);
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if (REDIRECTS.has(status) && location) {
        res.resume();
        if (hop >= MAX_REDIRECTS) throw new ReadError('fetch-failed', input, `more than ${MAX_REDIRECTS} redirects; expected a page`);
        url = new URL(location, url);
        continue;
      }
      const validators = { etag: res.headers.etag ?? null, lastModified: res.headers['last-modified'] ?? null };
      if (status === 304 && options.headers) {
        res.resume();
        return { url: url.href, contentType: null, bytes: Buffer.alloc(0), notModified: true, ...validators };
      }
      if (status < 200 || status >= 300) {
        res.resume();
        throw new ReadError('fetch-failed', input, `HTTP ${status} ${res.statusMessage ?? ''}`.trimEnd() + '; expected 200 OK');
      }
      const bytes = await body(res, input, options.maxBytes);
      return { url: url.href, contentType: res.headers['content-type'] ?? null, bytes, notModified: false, ...validators };
    }
  } catch (e) {
    throw failure(e, input, options, controller.signal);
  } finally {
    clearTimeout(timer);
  }
}
