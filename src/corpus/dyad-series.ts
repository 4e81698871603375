import type { DyadFilter, DyadMention, Store, StoredEvent } from '../store/store.js';
import { periodOf, type PeriodUnit } from './period.js';

/** Where an article sits in the corpus, for counting events once per story. */
export interface ArticlePlace {
  readonly story: number | null;
  readonly source: string | null;
}

/** The evidence shown for a period: its most reported event. */
export interface DyadEvidence {
  readonly text: string;
  readonly code: string;
  readonly label: string;
  readonly source: string;
  readonly target: string;
  readonly articleId: string;
  readonly mentions: number;
}

/** The events between two actors in one period. */
export interface DyadPeriod {
  readonly period: string;
  /** Distinct events: the same event carried by several articles of one story counts once. */
  readonly events: number;
  /** Event mentions: the distinct sentences (of any article) that report the events. */
  readonly mentions: number;
  /** Distinct articles with an event. */
  readonly articles: number;
  /** Distinct sources (outlets) with an event. */
  readonly sources: number;
  /** Mean Goldstein score of the distinct events (each the mean of its mentions). */
  readonly meanGoldstein: number;
  /** Share of the distinct events of quad class 1 or 2 (verbal and material cooperation). */
  readonly cooperation: number;
  /** Share of the distinct events of quad class 3 or 4 (verbal and material conflict). */
  readonly conflict: number;
  readonly evidence: DyadEvidence;
}

interface Cluster {
  /** The mention of the earliest date. */
  lead: DyadMention;
  day: string;
  readonly mentions: DyadMention[];
}

function earlier(e: DyadMention, day: string, than: DyadMention, thanDay: string): boolean {
  if (day !== thanDay) return day < thanDay;
  const p = (e.published ?? '\uffff').localeCompare(than.published ?? '\uffff');
  return p !== 0 ? p < 0 : e.articleId < than.articleId;
}

function mentionCount(c: Cluster): number {
  return new Set(c.mentions.map((m) => `${m.articleId} ${m.sentenceStart}`)).size;
}

/** Mentions of one story and root this many days apart or less are one event. */
const SAME_EVENT_DAYS = 3;

function daysApart(x: string, y: string): number {
  return Math.abs(Date.parse(x) - Date.parse(y)) / 86_400_000;
}

function round(n: number, places: number): number {
  const f = 10 ** places;
  return Math.round(n * f) / f;
}

function matches(code: string | null, prefix: string): boolean {
  return code !== null && code.startsWith(prefix);
}

/**
 * Counts the events between actors `a` and `b` (CAMEO code prefixes, either one the source) per
 * period. An event is identified by its story (its article when not in one), CAMEO root and date (mentions
 * at most three days apart are one event), in
 * either direction and at any actor detail (`IRNGOV` or `IRN`): a joint act coded both ways is one
 * event, and the copies and follow-ups of one story carrying it make one event with several
 * mentions. It falls in the period of its earliest date (the event's own, else the article's);
 * its evidence is the sentence of that earliest mention (earliest published article on a tie).
 * Periods without events are left out; periods come in time order. Events are taken in the order
 * given (the store's, newest first); {@link storeDyadSeries} counts a store's without listing them.
 */
export function dyadSeries(
  events: readonly StoredEvent[],
  a: string,
  b: string,
  unit: PeriodUnit,
  placeOf: (articleId: string) => ArticlePlace,
): DyadPeriod[] {
  const mentions: DyadMention[] = [];
  for (const e of events) {
    const src = e.source.actor;
    const tgt = e.target?.actor ?? null;
    if (!((matches(src, a) && matches(tgt, b)) || (matches(src, b) && matches(tgt, a)))) continue;
    const day = periodOf(e.date?.value, 'day') ?? periodOf(e.published, 'day');
    if (day === null) continue;
    const place = placeOf(e.articleId);
    mentions.push({
      articleId: e.articleId,
      index: e.index,
      code: e.code,
      root: e.root,
      label: e.label,
      quadClass: e.quadClass,
      goldstein: e.goldstein,
      source: e.source.actor ?? e.source.name,
      target: e.target?.actor ?? e.target?.name ?? '',
      day,
      published: e.published,
      story: place.story,
      outlet: place.source,
      sentenceStart: e.sentence.start,
      evidence: e.evidence,
    });
  }
  return mentionSeries(mentions, unit);
}

/** The series of mentions already narrowed to a dyad and dated, in the order given. */
function mentionSeries(mentions: readonly DyadMention[], unit: PeriodUnit): DyadPeriod[] {
  const clusters = new Map<string, Cluster[]>();
  for (const e of mentions) {
    const key = `${e.story === null ? `article ${e.articleId}` : `story ${e.story}`}|${e.root}`;
    let list = clusters.get(key);
    if (list === undefined) {
      list = [];
      clusters.set(key, list);
    }
    const c = list.find((x) => daysApart(x.day, e.day) <= SAME_EVENT_DAYS);
    if (!c) list.push({ lead: e, day: e.day, mentions: [e] });
    else {
      c.mentions.push(e);
      if (earlier(e, e.day, c.lead, c.day)) c.lead = e;
      if (e.day < c.day) c.day = e.day;
    }
  }
  const byPeriod = new Map<string, Cluster[]>();
  for (const list of clusters.values()) {
    for (const c of list) {
      const p = periodOf(c.day, unit)!;
      const inPeriod = byPeriod.get(p);
      if (inPeriod === undefined) byPeriod.set(p, [c]);
      else inPeriod.push(c);
    }
  }
  return [...byPeriod.entries()]
    .sort(([x], [y]) => x.localeCompare(y))
    .map(([period, list]) => summarise(period, list));
}

/**
 * The dyad series of actors `a` and `b` over the events of a store that pass a filter, per period
 * of `unit`: what {@link dyadSeries} gives for `store.events({ dyad: [a, b], ...filter })` with each
 * article's story and outlet (else URL), read as the few columns the count needs through the dyad index.
 */
export async function storeDyadSeries(store: Store, a: string, b: string, unit: PeriodUnit, filter: DyadFilter = {}): Promise<DyadPeriod[]> {
  return mentionSeries(await store.dyadMentions(a, b, filter), unit);
}

function summarise(period: string, list: readonly Cluster[]): DyadPeriod {
  const mentions = list.flatMap((c) => c.mentions);
  const counts = new Map(list.map((c) => [c, mentionCount(c)]));
  const articles = new Set(mentions.map((m) => m.articleId));
  const sources = new Set(mentions.map((m) => m.outlet ?? `article ${m.articleId}`));
  const goldstein = list.map((c) => c.mentions.reduce((s, m) => s + m.goldstein, 0) / c.mentions.length);
  const coop = list.filter((c) => c.lead.quadClass <= 2).length;
  const top = [...list].sort(
    (x, y) =>
      counts.get(y)! - counts.get(x)! ||
      Math.abs(y.lead.goldstein) - Math.abs(x.lead.goldstein) ||
      x.day.localeCompare(y.day) ||
      x.lead.articleId.localeCompare(y.lead.articleId),
  )[0]!;
  return {
    period,
    events: list.length,
    mentions: list.reduce((n, c) => n + counts.get(c)!, 0),
    articles: articles.size,
    sources: sources.size,
    meanGoldstein: round(goldstein.reduce((s, g) => s + g, 0) / list.length, 2),
    cooperation: round(coop / list.length, 3),
    conflict: round((list.length - coop) / list.length, 3),
    evidence: {
      text: top.lead.evidence,
      code: top.lead.code,
      label: top.lead.label,
      source: top.lead.source,
      target: top.lead.target,
      articleId: top.lead.articleId,
      mentions: counts.get(top)!,
    },
  };
}
