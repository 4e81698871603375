import { createHash } from 'node:crypto';
import type { Article } from '../read/article.js';
import type {
  Claim,
  Entity,
  NewsEvent,
  Quality,
  Quote,
  RecordDocument,
  Span,
  TimeExpression,
} from './record.js';

/** A token of the text. */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** word: letters (with inner apostrophes, hyphens, dots of abbreviations); number; punct: anything else. */
  readonly kind: 'word' | 'number' | 'punct';
  /** Index of the sentence holding the token. */
  readonly sentence: number;
}

/** A sentence, with the range of its tokens in `Doc.tokens`. */
export interface Sentence extends Span {
  readonly firstToken: number;
  /** One past the last token. */
  readonly endToken: number;
  /** Index of the paragraph holding the sentence. */
  readonly paragraph: number;
}

/**
 * The document that flows through the pipeline: the article's record header plus one layer per
 * stage. Each stage returns a new Doc with its own layer filled; nothing rewrites `text`.
 */
export interface Doc {
  readonly document: RecordDocument;
  readonly text: string;
  readonly paragraphs: readonly Span[];
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly entities: readonly Entity[];
  readonly quotes: readonly Quote[];
  readonly claims: readonly Claim[];
  readonly events: readonly NewsEvent[];
  readonly times: readonly TimeExpression[];
  readonly quality: Quality;
}

/** The id of a text without one of its own: sha256 of the body, hex. */
export function textId(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A fresh Doc for an article: header filled, every layer empty. */
export function createDoc(article: Article | string): Doc {
  const a: Article = typeof article === 'string' ? { text: article } : article;
  const text = a.text;
  const document: RecordDocument = {
    id: a.id ? String(a.id) : textId(text),
    title: a.title ?? null,
    published: a.published ?? null,
    url: a.url ?? null,
    source: a.source ?? null,
    language: a.language ?? 'en',
    text,
  };
  return {
    document,
    text,
    paragraphs: [],
    sentences: [],
    tokens: [],
    entities: [],
    quotes: [],
    claims: [],
    events: [],
    times: [],
    quality: { repeatedParagraphs: [], boilerplate: [], contributors: [], derivedFrom: [] },
  };
}

/** The publication date of a document as YYYY-MM-DD, or null when it has none. */
export function publishedDate(doc: Doc): string | null {
  const p = doc.document.published;
  if (!p) return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(p);
  return m ? m[1]! : null;
}
