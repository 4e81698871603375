import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Article } from './article.js';
import { htmlFragmentText } from './html-fragment-text.js';
import { toIsoDate } from './iso-date.js';
import { ReadError } from './read-error.js';
import type { ReadOutcome } from './read-outcome.js';

type Node = string | { readonly [key: string]: Node } | readonly Node[] | undefined;
type Obj = { readonly [key: string]: Node };

const TEXT_FIELDS = ['title', 'description', 'content:encoded', 'content', 'summary'];

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  stopNodes: TEXT_FIELDS.map((f) => `*.${f}`),
  isArray: (name) => ['item', 'entry', 'link'].includes(name),
});

const XML_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML character data: CDATA sections as they are, the five XML entities and character references decoded elsewhere; other entity references stay as written (nothing from a DOCTYPE expands). */
function xmlText(raw: string): string {
  return raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) =>
      part.startsWith('<![CDATA[')
        ? part.slice(9, -3)
        : part.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/gi, (whole, dec: string, hex: string, name: string) => {
            if (name) return XML_ENTITIES[name] ?? whole;
            const code = dec ? Number(dec) : parseInt(hex, 16);
            return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
          }),
    )
    .join('');
}

const isObj = (n: Node): n is Obj => typeof n === 'object' && n !== null && !Array.isArray(n);

function firstOf(n: Node): Node {
  return Array.isArray(n) ? (n as readonly Node[])[0] : n;
}

/** The raw text of a field and its `type` attribute. */
function field(n: Node): { readonly text: string; readonly type: string | null } | null {
  const v = firstOf(n);
  if (typeof v === 'string') return { text: xmlText(v), type: null };
  if (isObj(v) && typeof v['#text'] === 'string') {
    return { text: xmlText(v['#text']), type: typeof v['@_type'] === 'string' ? v['@_type'].toLowerCase() : null };
  }
  return null;
}

/** A field as plain text: HTML (by `type` or by the look of it) through the HTML reader's text extraction. */
function plain(n: Node, html: boolean): string | null {
  const f = field(n);
  if (!f) return null;
  const isHtml = f.type === 'html' || f.type === 'xhtml' || f.type === 'text/html' || (f.type === null && html) || /<[a-z!/]|&\w+;|&#/i.test(f.text);
  const text = f.type === 'text' || !isHtml ? f.text.trim() : htmlFragmentText(f.text);
  return text || null;
}

function link(n: Node): string | null {
  const links = (Array.isArray(n) ? n : [n]) as readonly Node[];
  for (const l of links) if (typeof l === 'string' && l.trim()) return xmlText(l).trim();
  const atom = links.filter(isObj);
  const alternate = atom.find((l) => l['@_rel'] === undefined || l['@_rel'] === 'alternate') ?? atom[0];
  const href = alternate?.['@_href'];
  return typeof href === 'string' ? xmlText(href).trim() : null;
}

function str(n: Node): string | null {
  const v = firstOf(n);
  const s = typeof v === 'string' ? v : isObj(v) && typeof v['#text'] === 'string' ? v['#text'] : null;
  return s === null ? null : xmlText(s).trim() || null;
}

/** The channel's facts every item shares. */
interface Channel {
  readonly source: string | null;
  readonly language: string | null;
}

function author(node: Obj): string | null {
  const atom = firstOf(node.author);
  if (isObj(atom) && atom.name !== undefined) return str(atom.name);
  return str(node['dc:creator']) ?? str(atom);
}

function item(node: Obj, n: number, origin: string, channel: Channel): ReadOutcome {
  const title = plain(node.title, false);
  const text = plain(node['content:encoded'], true) ?? plain(node.content, true) ?? plain(node.description, true) ?? plain(node.summary, true);
  if (!text) {
    return { ok: false, error: new ReadError('no-text', origin, `item ${n}${title ? ` (${JSON.stringify(title)})` : ''} has no text; expected content:encoded, content, description or summary`) };
  }
  const url = link(node.link);
  const article: Article = {
    id: str(node.guid) ?? str(node.id) ?? url,
    title,
    published: toIsoDate(str(node.pubDate) ?? str(node['dc:date']) ?? str(node.published) ?? str(node.updated)),
    url,
    source: channel.source,
    language: channel.language,
    byline: author(node),
    text,
    origin: `${origin}#${n}`,
  };
  return { ok: true, article };
}

/**
 * The articles of an RSS 2.0, RSS 1.0 (RDF) or Atom feed, one outcome per item: title, link, guid/id,
 * publication date (ISO 8601), author (dc:creator, Atom author name, RSS author), the item's HTML
 * content as text, the channel title as source and its language. Entity
 * declarations never expand (the DOCTYPE is dropped, only the five XML entities and character
 * references are decoded).
 * @throws ReadError `bad-feed` when the input is not well-formed XML or not a feed, `no-articles` when it has no item.
 */
export function readFeed(xml: string, origin: string): readonly ReadOutcome[] {
  const body = xml.replace(/^\uFEFF/, '').replace(/<!DOCTYPE(?:[^[<>]|\[[^[\]]*\])*>/gi, '');
  const valid = XMLValidator.validate(body);
  if (valid !== true) {
    throw new ReadError('bad-feed', origin, `not well-formed XML (${valid.err.msg.replace(/\.$/, '')} at line ${valid.err.line}, column ${valid.err.col}); expected an RSS or Atom feed`);
  }
  let doc: Obj;
  try {
    doc = parser.parse(body) as Obj;
  } catch (e) {
    throw new ReadError('bad-feed', origin, `unreadable XML (${(e as Error).message.replace(/\.$/, '')}); expected an RSS or Atom feed`);
  }
  const rss = doc.rss;
  const rdf = doc['rdf:RDF'];
  const channel = isObj(rss) ? firstOf(rss.channel) : isObj(rdf) ? firstOf(rdf.channel) : doc.feed;
  if (!isObj(channel)) {
    const root = Object.keys(doc).find((k) => !k.startsWith('?')) ?? 'nothing';
    throw new ReadError('bad-feed', origin, `XML root <${root}> is not a feed; expected <rss>, <feed> (Atom) or <rdf:RDF>`);
  }
  const items = (channel.item ?? channel.entry ?? (isObj(rdf) ? rdf.item : undefined) ?? []) as readonly Node[];
  if (items.length === 0) throw new ReadError('no-articles', origin, 'feed has no <item> or <entry>; expected at least one article');
  const facts: Channel = {
    source: plain(channel.title, false),
    language: (str(channel.language) ?? str(channel['dc:language']) ?? str(channel['@_xml:lang']))?.split(/[-_]/)[0]?.toLowerCase() ?? null,
  };
  return items.map((node, i) => item(isObj(node) ? node : {}, i + 1, origin, facts));
}
