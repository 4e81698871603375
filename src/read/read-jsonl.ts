import type { Article } from './article.js';
import { toIsoDate } from './iso-date.js';
import { ReadError } from './read-error.js';
import type { ReadOutcome } from './read-outcome.js';

const EXPECTED = 'expected one object {id,title,text,published,url,source} per line';

const describe = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'string' ? 'a string' : `a ${typeof v}`);

function optional(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  return typeof v === 'number' ? String(v) : null;
}

function parseLine(line: string, n: number, origin: string): ReadOutcome {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return { ok: false, error: new ReadError('bad-json', origin, `invalid JSON (${(e as Error).message}); ${EXPECTED}`, n) };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, error: new ReadError('bad-json', origin, `got ${describe(value)}; ${EXPECTED}`, n) };
  }
  const o = value as Readonly<Record<string, unknown>>;
  if (typeof o.text !== 'string' || o.text.trim() === '') {
    const got = 'text' in o ? `"text" is ${typeof o.text === 'string' ? 'empty' : describe(o.text)}` : 'no "text" field';
    return { ok: false, error: new ReadError('no-text', origin, `${got}; expected a non-empty "text" string`, n) };
  }
  const article: Article = {
    id: optional(o.id),
    title: optional(o.title),
    published: typeof o.published === 'string' ? toIsoDate(o.published) : null,
    url: optional(o.url),
    source: optional(o.source),
    language: optional(o.language),
    text: o.text,
    origin: `${origin}:${n}`,
  };
  return { ok: true, article };
}

/**
 * Articles from JSON Lines, one `{id, title, text, published, url, source}` object a line, read as the
 * lines come (constant memory). `text` is kept unchanged; blank lines are skipped; a line that is not
 * JSON, not an object, or has no text is an error outcome carrying its line number, and the rest go on.
 */
export async function* readJsonl(lines: AsyncIterable<string>, origin: string): AsyncGenerator<ReadOutcome> {
  let n = 0;
  for await (const raw of lines) {
    n++;
    const line = n === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() !== '') yield parseLine(line, n, origin);
  }
}
