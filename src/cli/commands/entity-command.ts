import type { EntityProfile, EntitySummary, Store, StoredClaim } from '../../store/store.js';
import { writeLine } from '../cli-io.js';
import { choiceOption, type Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { table } from '../format/table.js';
import { UsageError } from '../usage-error.js';
import { dbOption } from './shared-options.js';
import { shortId } from './short-id.js';
import { withStore } from './with-store.js';

/** Candidates read for a name, and other matches shown beside the one profiled. */
const CANDIDATES = 50;
const ALSO = 5;

/** The entity a name or key stands for, with the other entities it could mean. */
interface Resolved {
  readonly profile: EntityProfile;
  readonly also: readonly EntitySummary[];
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function isExact(entity: EntitySummary, wanted: string): boolean {
  const w = wanted.toLowerCase();
  return entity.name.toLowerCase() === w || entity.key.toLowerCase() === w || entity.kbId?.toLowerCase() === w;
}

/**
 * The profile of the entity a name or key stands for: a key (`kb:…`, `name:…`) is looked up as it
 * is; a name picks the entity whose name, key or knowledge-base id equals it, else the entity in most
 * articles whose name contains it. Null when none matches.
 */
async function resolveEntity(store: Store, wanted: string): Promise<Resolved | null> {
  if (/^(kb|name):/.test(wanted)) {
    const profile = await store.entityProfile(wanted);
    if (profile) return { profile, also: [] };
  }
  const candidates = await store.entities({ q: wanted, limit: CANDIDATES });
  const best = candidates.find((e) => isExact(e, wanted)) ?? candidates[0];
  if (!best) return null;
  const profile = await store.entityProfile(best.key);
  if (!profile) return null;
  return { profile, also: candidates.filter((e) => e.key !== best.key).slice(0, ALSO) };
}

function describe(e: EntitySummary): string {
  return [e.type, e.country, e.kbId ? `kb:${e.kbId}` : null].filter(Boolean).join(', ');
}

function day(date: string | null): string {
  return date?.slice(0, 10) ?? '';
}

function claimRows(claims: readonly StoredClaim[]): string[][] {
  return claims.map((c) => [day(c.published), c.source.name + (c.via ? ` via ${c.via.name}` : ''), c.stance, c.outlet ?? '', shortId(c.articleId), c.text]);
}

function bar(n: number, max: number): string {
  return '█'.repeat(Math.max(1, Math.round((n / max) * 30)));
}

function section(title: string, body: string | null): string[] {
  return body === null ? [] : ['', title, body];
}

/** The profile as text: a heading, then one section per kind of fact, each left out when empty. */
function profileText({ profile: p, also }: Resolved): string {
  const e = p.entity;
  const lines = [`${e.name} (${describe(e)})`, `${plural(e.articles, 'article')}, ${plural(e.mentions, 'mention')} · key ${e.key}`];
  if (p.roles.length) lines.push(`roles: ${p.roles.map((r) => `${r.key} ×${r.count}`).join('; ')}`);
  if (also.length) lines.push(`also: ${also.map((a) => `${a.name} (${a.key}, ${plural(a.articles, 'article')})`).join('; ')}`);
  const most = Math.max(1, ...p.timeline.map((t) => t.mentions));
  const timeline = p.timeline.map((t) => [t.period, plural(t.articles, 'article'), plural(t.mentions, 'mention'), bar(t.mentions, most)]);
  lines.push(...section('Mentions by month', timeline.length ? table(['month', 'articles', 'mentions', ''], timeline) : null));
  const related = p.related.map((r) => [r.name, r.type, r.country ?? '', String(r.shared), r.key]);
  lines.push(...section('Appears with', related.length ? table(['entity', 'type', 'country', 'shared articles', 'key'], related) : null));
  const header = ['date', 'source', 'stance', 'outlet', 'article', 'claim'];
  lines.push(...section(`Claims by ${e.name}`, p.claimsBy.length ? table(header, claimRows(p.claimsBy), 90) : null));
  lines.push(...section(`Claims about ${e.name}`, p.claimsAbout.length ? table(header, claimRows(p.claimsAbout), 90) : null));
  const quotes = p.quotes.map((q) => [day(q.published), q.kind, shortId(q.articleId), `“${q.text}”`]);
  lines.push(...section('Quotes', quotes.length ? table(['date', 'kind', 'article', 'quote'], quotes, 100) : null));
  const articles = p.articles.map((a) => [shortId(a.id), day(a.published), a.source ?? '', a.title ?? '']);
  lines.push(...section('Articles', articles.length ? table(['id', 'published', 'source', 'title'], articles, 70) : null));
  return lines.join('\n');
}

/** `newsgraph entity`: what the corpus says of one person, organisation or place. */
export const entityCommand: Command = {
  name: 'entity',
  summary: 'Profile an entity across the store: mentions over time, roles, related entities, claims, quotes.',
  synopsis: '<name or key> [--format text|json]',
  description: `
The entity is named by its name or part of it (case does not matter), by its knowledge-base
id (person/viktor-bout) or by its key as json and "also:" print it (kb:person/viktor-bout,
name:PERSON:hanna lindqvist). An exact name, id or key wins; otherwise the matching entity
in the most articles is profiled and the other matches are listed as "also:". The profile
gives the articles and mentions per month, the roles the knowledge base gave it, the
entities found in the same articles, the claims it makes and the claims about it, its
quotes and the newest articles that mention it.

Examples:
  newsgraph entity "Vladimir Putin"
  newsgraph entity pezeshkian --format json
  newsgraph entity kb:country/IRN`,
  positionals: true,
  options: {
    ...dbOption,
    format: { type: 'string', short: 'f', value: 'text|json', help: 'Output format (default text).' },
  },
  async run(args, io) {
    const wanted = args.positionals.join(' ').trim();
    if (!wanted) throw new UsageError('entity needs a name or key, e.g. "Vladimir Putin" or kb:country/IRN');
    const format = choiceOption(args, 'format', ['text', 'json'] as const, 'text');
    const found = await withStore(args, io, (store) => resolveEntity(store, wanted));
    if (!found) {
      writeLine(io.stderr, `newsgraph: no stored entity matches '${wanted}'; expected a name, part of one, a knowledge-base id or a key`);
      return EXIT.notFound;
    }
    writeLine(io.stdout, format === 'json' ? JSON.stringify({ ...found.profile, also: found.also }, null, 2) : profileText(found));
    return EXIT.ok;
  },
};
