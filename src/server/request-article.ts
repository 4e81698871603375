import type { Article } from '../read/article.js';
import { decodeBytes } from '../read/decode-bytes.js';
import { declaredCharset } from '../read/html-charset.js';
import { toIsoDate } from '../read/iso-date.js';
import { ReadError } from '../read/read-error.js';
import { readHtml } from '../read/read-html.js';
import { readText } from '../read/read-text.js';
import { ApiError } from './api-error.js';
import { articleBody } from './api-schemas.js';
import { validate } from './validate.js';

/** The media types an article may be posted as. */
export const ARTICLE_TYPES = ['text/plain', 'text/html', 'application/json'] as const;

const ORIGIN = 'request body';

function mediaType(contentType: string | null): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

function fromJson(bytes: Uint8Array): Article {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (e) {
    throw new ApiError(400, 'bad-json', `the body is not valid UTF-8 JSON (${(e as Error).message}); expected {text, title?, published?, url?, source?}`);
  }
  const body = validate(articleBody, value, 'bad-body');
  const published = body.published ? toIsoDate(body.published) : null;
  if (body.published && !published) throw new ApiError(400, 'bad-body', `published: expected an ISO 8601 or RFC 822 date, got ${JSON.stringify(body.published)}`);
  return {
    id: body.id ?? null,
    title: body.title ?? null,
    published,
    url: body.url ?? null,
    source: body.source ?? null,
    language: body.language ?? null,
    byline: body.byline ?? null,
    text: body.text,
    origin: ORIGIN,
  };
}

function fromBytes(bytes: Uint8Array, type: string, contentType: string): Article {
  try {
    if (type === 'text/plain') return readText(decodeBytes(bytes, ORIGIN, declaredCharset(new Uint8Array(), contentType)), ORIGIN);
    return readHtml(decodeBytes(bytes, ORIGIN, declaredCharset(bytes, contentType)), ORIGIN);
  } catch (e) {
    if (e instanceof ReadError) throw new ApiError(400, e.code, e.message);
    throw e;
  }
}

/**
 * The article a request body carries, read as the readers read files: `text/plain` (with the optional
 * `date YYYY-MM-DD Title` first line), `text/html` (the page's main text and metadata) or
 * `application/json` (`{text, title, published, url, source, language, byline, id}`).
 * @throws ApiError 415 for another media type, 400 for a body that is empty, binary, not JSON, or has no text.
 */
export async function requestArticle(request: Request): Promise<Article> {
  const contentType = request.headers.get('content-type') ?? '';
  const type = mediaType(contentType);
  const known = type === 'application/xhtml+xml' || (ARTICLE_TYPES as readonly string[]).includes(type);
  if (!known) {
    throw new ApiError(415, 'unsupported-type', `expected a body of type ${ARTICLE_TYPES.join(', ')}; got ${type ? `'${type}'` : 'no Content-Type'}`);
  }
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (type === 'application/json') return fromJson(bytes);
  return fromBytes(bytes, type, contentType);
}
