import type { DomDocument } from './html-dom.js';
import { toIsoDate } from './iso-date.js';

/** What a page says about its article outside the text. */
export interface HtmlMetadata {
  readonly title: string | null;
  readonly byline: string | null;
  /** ISO 8601 date or datetime. */
  readonly published: string | null;
  readonly source: string | null;
  readonly url: string | null;
  readonly language: string | null;
  /** The article text the page's JSON-LD carries (`articleBody`), for pages that render their text by script. */
  readonly articleBody: string | null;
}

const ARTICLE_TYPES = /^(?:News|Reportage|Analysis|Opinion|Review|Background)?(?:Article|NewsArticle|BlogPosting|Report|LiveBlogPosting|WebPage)$/;

const DATE_KEYS = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'datePublished', 'pubdate', 'publishdate',
  'publish-date', 'date', 'dc.date.issued', 'dc.date', 'dcterms.created', 'sailthru.date', 'parsely-pub-date',
] as const;

type Json = null | boolean | number | string | readonly Json[] | { readonly [k: string]: Json };

function jsonLdNodes(doc: DomDocument): { readonly [k: string]: Json }[] {
  const out: { readonly [k: string]: Json }[] = [];
  const visit = (v: Json): void => {
    if (Array.isArray(v)) (v as readonly Json[]).forEach(visit);
    else if (v && typeof v === 'object') {
      const o = v as { readonly [k: string]: Json };
      out.push(o);
      if (o['@graph']) visit(o['@graph']);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? '') as Json);
    } catch {
      continue;
    }
  }
  return out;
}

function name(v: Json | undefined): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) {
    const names = (v as readonly Json[]).map(name).filter((n): n is string => n !== null);
    return names.length ? names.join(', ') : null;
  }
  if (v && typeof v === 'object') return name((v as { readonly [k: string]: Json }).name);
  return null;
}

function types(node: { readonly [k: string]: Json }): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

const first = (...values: readonly (string | null | undefined)[]): string | null =>
  values.map((v) => v?.replace(/\s+/g, ' ').trim()).find((v): v is string => !!v) ?? null;

/**
 * Title, byline, published time, site name, canonical URL and language of a page, from its meta tags
 * (Open Graph, article:*, Dublin Core, name=author/date), JSON-LD (NewsArticle and kin), `<time
 * datetime>`, `<link rel=canonical>` and `<html lang>`, in that order of trust.
 */
export function htmlMetadata(doc: DomDocument): HtmlMetadata {
  const metas = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('meta[content]'))) {
    const content = el.getAttribute('content') ?? '';
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.toLowerCase();
      if (key && content.trim() && !metas.has(key)) metas.set(key, content);
    }
  }
  const meta = (...keys: readonly string[]): string | null => first(...keys.map((k) => metas.get(k.toLowerCase())));
  const ld = jsonLdNodes(doc);
  const article = ld.find((n) => types(n).some((t) => ARTICLE_TYPES.test(t) && t !== 'WebPage')) ?? ld.find((n) => types(n).includes('WebPage'));
  const organisation = ld.find((n) => types(n).some((t) => /Organization$/.test(t)));
  const str = (v: Json | undefined): string | null => (typeof v === 'string' ? v : null);
  const mainEntity = article?.mainEntityOfPage;
  const published = [
    meta(...DATE_KEYS),
    str(article?.datePublished),
    str(article?.dateCreated),
    doc.querySelector('article time[datetime], time[pubdate][datetime], time[itemprop="datePublished"][datetime], time[datetime]')?.getAttribute('datetime'),
  ]
    .map((d) => toIsoDate(d))
    .find((d) => d !== null);
  return {
    title: first(meta('og:title', 'twitter:title'), str(article?.headline), doc.querySelector('h1')?.textContent, doc.title),
    byline: first(...[meta('author', 'article:author', 'dc.creator', 'parsely-author', 'byl'), name(article?.author)].filter((b) => !/^https?:/i.test(b ?? ''))),
    published: published ?? null,
    source: first(meta('og:site_name', 'application-name', 'publisher'), name(article?.publisher), name(organisation?.name)),
    url: first(
      doc.querySelector('link[rel="canonical" i]')?.getAttribute('href'),
      meta('og:url'),
      str(article?.url),
      typeof mainEntity === 'string' ? mainEntity : mainEntity && !Array.isArray(mainEntity) && typeof mainEntity === 'object' ? str((mainEntity as { readonly [k: string]: Json })['@id']) : null,
    ),
    articleBody: str(article?.articleBody)?.trim() || null,
    language: first(doc.documentElement?.getAttribute('lang'), meta('og:locale', 'language', 'content-language'))?.split(/[-_]/)[0]?.toLowerCase() ?? null,
  };
}
