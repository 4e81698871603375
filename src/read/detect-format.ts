import path from 'node:path';

/** The formats the readers know. */
export type InputFormat = 'text' | 'html' | 'feed' | 'jsonl';

const BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  '.txt': 'text', '.text': 'text', '.md': 'text',
  '.html': 'html', '.htm': 'html',
  '.xml': 'feed', '.rss': 'feed', '.atom': 'feed',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl',
};

/** The format a file's extension names, or null for an extension the readers do not know. */
export function formatByExtension(file: string): InputFormat | null {
  return BY_EXTENSION[path.extname(file).toLowerCase()] ?? null;
}

function formatByContentType(contentType: string | null): InputFormat | null {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (/^(?:application|text)\/(?:rss\+xml|atom\+xml|rdf\+xml|xml)$/.test(type)) return 'feed';
  if (/^application\/(?:x-)?(?:ndjson|jsonl|json-lines|jsonlines)$/.test(type)) return 'jsonl';
  return null;
}

/** The format the first characters of an input look like. */
function sniffFormat(head: string): InputFormat {
  const start = head.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{')) return 'jsonl';
  const lower = start.slice(0, 2048).toLowerCase();
  if (/^(?:<!--(?:(?!-->)[\s\S])*-->\s*)*<!doctype html|^(?:<!--(?:(?!-->)[\s\S])*-->\s*)*<html[\s>]/.test(lower)) return 'html';
  if (/^<\?xml|^(?:<!--(?:(?!-->)[\s\S])*-->\s*)*<(?:rss|feed|rdf:rdf)[\s>]/.test(lower)) return /<html[\s>]/.test(lower) ? 'html' : 'feed';
  if (/^<(?:head|body|div|p|article|meta|title)[\s>]/.test(lower)) return 'html';
  return 'text';
}

/**
 * An input's format: by its extension, else by its HTTP content type (text/plain is sniffed, since JSON
 * Lines is often served as text), else by sniffing its first characters.
 */
export function detectFormat(name: string | null, contentType: string | null, head: string): InputFormat {
  return (name ? formatByExtension(name) : null) ?? formatByContentType(contentType) ?? sniffFormat(head);
}
