import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import { DataFileError } from '../data/data-file.js';
import { decodeBytes, looksBinary } from './decode-bytes.js';
import { detectFormat, formatByExtension, type InputFormat } from './detect-format.js';
import { fetchUrl, USER_AGENT } from './fetch-url.js';
import { expandGlob, isGlob, walkFiles } from './glob.js';
import { declaredCharset } from './html-charset.js';
import { ReadError } from './read-error.js';
import { readJsonl } from './read-jsonl.js';
import type { ReadOutcome } from './read-outcome.js';
import { readText } from './read-text.js';

export type { ReadOutcome } from './read-outcome.js';

/** Options of {@link readInputs}. */
export interface ReadOptions {
  /** What `-` reads; process.stdin by default. */
  readonly stdin?: AsyncIterable<Uint8Array | string>;
  /** Time limit of one URL fetch, redirects included (default 15 000 ms). */
  readonly timeoutMs?: number;
  /** Size limit of a fetched body, and of a file or stdin read whole (all but JSON Lines); default 10 MB. */
  readonly maxBytes?: number;
  /** Let URLs reach loopback, private and link-local addresses (default false). */
  readonly allowPrivate?: boolean;
  /** The User-Agent of fetches (default `newsgraph/<version> (+https://github.com/newsgraph)`). */
  readonly userAgent?: string;
}

type Settings = Required<Omit<ReadOptions, 'stdin'>> & Pick<ReadOptions, 'stdin'>;

const SNIFF_BYTES = 8192;

/** Where the bytes of one input come from and what is known of their format. */
interface Source {
  readonly input: string;
  /** A file name or URL path whose extension names the format, or null. */
  readonly name: string | null;
  readonly contentType: string | null;
  /** The final URL of a fetched page, to resolve its links against. */
  readonly pageUrl: string | null;
}

const toBuffer = (chunk: Uint8Array | string): Buffer => (typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));

async function* chain(head: readonly Buffer[], rest: AsyncIterator<Uint8Array | string>): AsyncGenerator<Buffer> {
  yield* head;
  for (let r = await rest.next(); !r.done; r = await rest.next()) yield toBuffer(r.value);
}

const isUtf16 = (b: Buffer): boolean => (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);

/** Reads one whole text, page or feed; the HTML and feed readers (and their parsers) are loaded on first use. */
async function readWhole(bytes: Buffer, format: Exclude<InputFormat, 'jsonl'>, source: Source): Promise<readonly ReadOutcome[]> {
  const charset = format === 'html' || format === 'feed' ? declaredCharset(bytes, source.contentType) : null;
  const text = decodeBytes(bytes, source.input, charset);
  switch (format) {
    case 'text':
      return [{ ok: true, article: readText(text, source.input) }];
    case 'html': {
      const { readHtml } = await import('./read-html.js');
      return [{ ok: true, article: readHtml(text, source.input, source.pageUrl) }];
    }
    case 'feed': {
      const { readFeed } = await import('./read-feed.js');
      return readFeed(text, source.input);
    }
  }
}

async function* readStream(stream: AsyncIterable<Uint8Array | string>, source: Source, settings: Settings): AsyncGenerator<ReadOutcome> {
  const it = stream[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let size = 0;
  while (size < SNIFF_BYTES) {
    const r = await it.next();
    if (r.done) break;
    const chunk = toBuffer(r.value);
    head.push(chunk);
    size += chunk.length;
  }
  const first = Buffer.concat(head);
  const utf16 = isUtf16(first);
  if (!utf16 && looksBinary(first)) throw new ReadError('binary', source.input, 'binary content (NUL or control bytes); expected text, HTML, a feed or JSON Lines');
  const format = detectFormat(source.name, source.contentType, utf16 ? decodeBytes(first, source.input) : first.toString('utf8'));
  if (format === 'jsonl' && !utf16) {
    let any = false;
    const lines = createInterface({ input: Readable.from(chain(head, it)), crlfDelay: Infinity });
    for await (const outcome of readJsonl(lines, source.input)) {
      any = true;
      yield outcome;
    }
    if (!any) throw new ReadError('empty', source.input, 'no JSON lines (only white space); expected one object {id,title,text,...} per line');
    return;
  }
  const chunks = [...head];
  for (let r = await it.next(); !r.done && size <= settings.maxBytes; r = await it.next()) {
    const chunk = toBuffer(r.value);
    size += chunk.length;
    chunks.push(chunk);
  }
  if (size > settings.maxBytes) throw new ReadError('too-large', source.input, `larger than the ${settings.maxBytes}-byte limit; expected an article, page or feed within it`);
  const bytes = Buffer.concat(chunks);
  if (format === 'jsonl') {
    yield* readJsonl(toAsync(decodeBytes(bytes, source.input).split(/\r?\n/)), source.input);
    return;
  }
  yield* await readWhole(bytes, format, source);
}

async function* toAsync<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

function fileError(e: unknown, input: string): ReadError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new ReadError('not-found', input, 'no such file or folder; expected a file, folder, glob, http(s) URL or -');
  return new ReadError('unreadable', input, `cannot read (${code ?? (e as Error).message}); expected a readable file`);
}

async function* readFile(file: string, settings: Settings): AsyncGenerator<ReadOutcome> {
  const stream = createReadStream(file);
  try {
    yield* readStream(stream, { input: file, name: file, contentType: null, pageUrl: null }, settings);
  } catch (e) {
    throw e instanceof ReadError ? e : fileError(e, file);
  } finally {
    stream.destroy();
  }
}

async function* readFiles(files: readonly string[], settings: Settings): AsyncGenerator<ReadOutcome> {
  for (const file of files) yield* guarded(file, readFile(file, settings));
}

async function* readUrl(input: string, settings: Settings): AsyncGenerator<ReadOutcome> {
  const fetched = await fetchUrl(input, settings);
  const source = { input, name: null, contentType: fetched.contentType, pageUrl: fetched.url };
  yield* readStream(toAsync([fetched.bytes]), source, settings);
}

async function* readPath(input: string, settings: Settings): AsyncGenerator<ReadOutcome> {
  let info;
  try {
    info = await stat(input);
  } catch (e) {
    if (!isGlob(input)) throw fileError(e, input);
    const files = (await expandGlob(input)).filter((f) => formatByExtension(f) !== null);
    if (files.length === 0) throw new ReadError('not-found', input, 'no file matches the pattern; expected files ending .txt .md .html .htm .xml .rss .atom .jsonl or .ndjson');
    yield* readFiles(files, settings);
    return;
  }
  if (!info.isDirectory()) {
    yield* readFile(input, settings);
    return;
  }
  const files: string[] = [];
  for await (const file of walkFiles(input)) if (isArticleFile(file)) files.push(file);
  if (files.length === 0) throw new ReadError('no-articles', input, 'folder holds no .txt .text .md .html .htm .xml .rss .atom .jsonl or .ndjson file (README files are skipped); expected articles');
  yield* readFiles(files, settings);
}

/** Whether a file found in a folder is read as articles: a known extension, and not a README. */
function isArticleFile(file: string): boolean {
  return formatByExtension(file) !== null && !/^readme\./i.test(basename(file));
}

async function* guarded(input: string, outcomes: AsyncGenerator<ReadOutcome>): AsyncGenerator<ReadOutcome> {
  try {
    yield* outcomes;
  } catch (e) {
    if (e instanceof DataFileError) throw e;
    const error = e instanceof ReadError ? e : new ReadError('unreadable', input, `${(e as Error).message}; expected a readable input`);
    yield { ok: false, error };
  }
}

async function* failed(error: ReadError): AsyncGenerator<ReadOutcome> {
  yield { ok: false, error };
}

function readInput(input: string, settings: Settings): AsyncGenerator<ReadOutcome> {
  if (input === '-') return readStream(settings.stdin ?? process.stdin, { input, name: null, contentType: null, pageUrl: null }, settings);
  if (/^https?:\/\//i.test(input)) return readUrl(input, settings);
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(input)?.[1];
  if (scheme) return failed(new ReadError('unreadable', input, `unsupported URL scheme ${scheme}:; expected http, https, a path or -`));
  return readPath(input, settings);
}

/**
 * Streams articles from files, folders (recursive, known extensions, sorted), globs (`*`, `**`, `?`),
 * http(s) URLs and `-` (stdin), in the order given. The format comes from the extension (for URLs,
 * the content type), else from sniffing the content: plain text (optional `date YYYY-MM-DD Title`
 * header), HTML, RSS/Atom, JSON Lines (read line by line). One bad input, feed item or line is an
 * error outcome; the rest go on.
 * @throws DataFileError when the readers' own data file (data/read/boilerplate.json) is broken.
 */
export async function* readInputs(inputs: readonly string[], options: ReadOptions = {}): AsyncGenerator<ReadOutcome> {
  const settings: Settings = {
    stdin: options.stdin,
    timeoutMs: options.timeoutMs ?? 15_000,
    maxBytes: options.maxBytes ?? 10 * 1024 * 1024,
    allowPrivate: options.allowPrivate ?? false,
    userAgent: options.userAgent ?? USER_AGENT,
  };
  for (const input of inputs) yield* guarded(input, readInput(input, settings));
}
