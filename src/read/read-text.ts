import type { Article } from './article.js';
import { toIsoDate } from './iso-date.js';

const HEADER = /^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]+([^\r\n]*?))?[ \t]*(?:\r\n|\n|\r|$)/i;

/**
 * A plain-text article. An optional first line `date YYYY-MM-DD Title` gives the published date and
 * the title and is cut off; the rest of the text is kept byte for byte (no trimming, line ends as they
 * came), so every offset points into it. Without the header the whole text is the body.
 */
export function readText(text: string, origin: string): Article {
  const header = HEADER.exec(text);
  const published = header ? toIsoDate(header[1]) : null;
  if (!header || !published) return { id: null, title: null, published: null, text, origin };
  return { id: null, title: header[2] || null, published, text: text.slice(header[0].length), origin };
}
