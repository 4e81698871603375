import { Readability } from '@mozilla/readability';
import type { Article } from './article.js';
import { boilerplateRules } from './boilerplate-rules.js';
import { removeArticleBoilerplate, removePageBoilerplate } from './clean-html.js';
import { flattenDeepHtml } from './flatten-deep-html.js';
import { parseDocument, type DomElement } from './html-dom.js';
import { htmlMetadata } from './html-metadata.js';
import { htmlFragmentText } from './html-fragment-text.js';
import { htmlToText } from './html-text.js';
import { ReadError } from './read-error.js';

const BODY_RATIO = 2;

/** A JSON-LD body as HTML: markup as it is, plain text escaped with one paragraph a line. */
function asHtml(body: string): string {
  if (/<(?:p|div|br|h\d)\b/i.test(body)) return body;
  const escape = (line: string): string => line.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return body.split(/\r?\n/).map((line) => `<p>${escape(line)}</p>`).join('');
}

/** The page's URL made absolute against where it was fetched from; null when it stays relative. */
function absolute(href: string | null, base: string | null): string | null {
  try {
    return new URL(href ?? base ?? '', base ?? undefined).href;
  } catch {
    return null;
  }
}

/**
 * An article from a web page: the main text through Readability (on linkedom) with page furniture
 * removed before and teasers, share lines and link lists removed after, as paragraphs separated by a
 * blank line; title, byline, published time, site name (as `source`), canonical URL and language from
 * the page's metadata. Where the page's JSON-LD `articleBody` is more than twice as long as what the
 * extraction found (text rendered by script), that body is the text. `pageUrl` (where the page was
 * fetched from) resolves a relative canonical link.
 * @throws ReadError `no-text` when the page has no article text.
 */
export function readHtml(html: string, origin: string, pageUrl: string | null = null): Article {
  const rules = boilerplateRules();
  const doc = parseDocument(html);
  const meta = htmlMetadata(doc);
  if (doc.documentElement) flattenDeepHtml(doc.documentElement);
  const root = doc.body ?? doc.documentElement;
  if (root) removePageBoilerplate(root, rules);
  const parsed = new Readability<DomElement>(doc as never, { serializer: (node) => node as unknown as DomElement }).parse();
  const content = parsed?.content;
  let text = '';
  if (content) {
    removeArticleBoilerplate(content, rules);
    const paragraphs = htmlToText(content).split('\n\n');
    const title = meta.title ?? parsed.title ?? null;
    if (title && paragraphs[0]?.replace(/\s+/g, ' ') === title) paragraphs.shift();
    text = paragraphs.join('\n\n');
  }
  const body = meta.articleBody === null ? '' : htmlFragmentText(asHtml(meta.articleBody));
  if (body.length > BODY_RATIO * text.replace(/\s+/g, ' ').length) text = body;
  if (text.trim() === '') throw new ReadError('no-text', origin, 'no article text found in the HTML page; expected a page with a main text');
  return {
    id: null,
    title: meta.title ?? parsed?.title ?? null,
    published: meta.published,
    url: absolute(meta.url, pageUrl),
    source: meta.source ?? parsed?.siteName ?? null,
    language: meta.language ?? parsed?.lang?.split('-')[0]?.toLowerCase() ?? null,
    byline: meta.byline ?? parsed?.byline?.trim() ?? null,
    text,
    origin,
  };
}
