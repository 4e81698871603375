import type { DyadFilter, DyadMention, DyadRow, Store, StoredEvent } from '../store/store.js';
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

interface Cluster<M extends DyadRow> {
  /** The mention of the earliest date. */
  lead: M;
  day: string;
  /** Days since 1970 of `day`. */
  dayNumber: number;
  /** The mention that made it; `more`, those that joined after it, in order (undefined while none has). */
  readonly first: M;
  more: M[] | undefined;
}

function earlier(e: DyadRow, than: DyadRow): boolean {
  const p = collate(e.published ?? '\uffff', than.published ?? '\uffff');
  return p !== 0 ? p < 0 : e.articleId < than.articleId;
}

/** `x.localeCompare(y)`, without collating equal strings. */
function collate(x: string, y: string): number {
  return x === y ? 0 : x.localeCompare(y);
}

/** Distinct (article, sentence) pairs among the mentions of a cluster: small clusters are compared pair by pair. */
function mentionCount({ first, more }: Cluster<DyadRow>): number {
  if (more === undefined) return 1;
  if (more.length < SMALL_CLUSTER) {
    let n = 1;
    for (let i = 0; i < more.length; i++) {
      const m = more[i]!;
      let j = -1;
      while (j < i && !sameSentence(j < 0 ? first : more[j]!, m)) j++;
      if (j === i) n++;
    }
    return n;
  }
  const seen = new Set<string>([`${first.articleId} ${first.sentenceStart}`]);
  for (const m of more) seen.add(`${m.articleId} ${m.sentenceStart}`);
  return seen.size;
}

function sameSentence(x: DyadRow, y: DyadRow): boolean {
  return x.articleId === y.articleId && x.sentenceStart === y.sentenceStart;
}

/** Clusters of at most this many mentions are counted without a set. */
const SMALL_CLUSTER = 8;

/** Mentions of one story and root this many days apart or less are one event. */
const SAME_EVENT_DAYS = 3;

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
  return countSeries(mentions, unit).map((period) => withEvidence(period, shownOf(period.lead)));
}

/**
 * The cluster of one story (else article) and root that a mention of day `dayNumber` joins, when
 * mentions come newest first: the one made last, if at most {@link SAME_EVENT_DAYS} later. No earlier
 * one can take it: each was already too late for the mention that made the next, and days only fall.
 */
function joinedNewestFirst<M extends DyadRow>(all: readonly Cluster<M>[], dayNumber: number): Cluster<M> | undefined {
  const last = all[all.length - 1];
  return last !== undefined && last.dayNumber - dayNumber <= SAME_EVENT_DAYS ? last : undefined;
}

/** The clusters of one story (else article) and root, in the order made, and those of the place's other roots. */
interface KeyClusters<M extends DyadRow> {
  readonly root: string;
  readonly all: Cluster<M>[];
  readonly next: KeyClusters<M> | undefined;
}

/** A period's counts and the lead mention of its most reported event, whose evidence it shows. */
type Counted<M extends DyadRow> = Omit<DyadPeriod, 'evidence'> & { readonly lead: M; readonly leadMentions: number };

/** The series of mentions already narrowed to a dyad and dated, in the order given, each period with the lead of its evidence. */
function countSeries<M extends DyadRow>(mentions: readonly M[], unit: PeriodUnit): Counted<M>[] {
  const dayNumbers = new Map<string, number>();
  const clusters = new Map<number | string, KeyClusters<M>>();
  const made: Cluster<M>[][] = [];
  const newestFirst = mentions.every((m, i) => i === 0 || m.day <= mentions[i - 1]!.day);
  let lastDay: string | undefined;
  let dayNumber = 0;
  for (const e of mentions) {
    if (e.day !== lastDay) {
      lastDay = e.day;
      dayNumber = dayNumbers.get(e.day) ?? Date.parse(e.day) / 86_400_000;
      dayNumbers.set(e.day, dayNumber);
    }
    const place = e.story ?? e.articleId;
    const first = clusters.get(place);
    let key = first;
    while (key !== undefined && key.root !== e.root) key = key.next;
    if (key === undefined) {
      key = { root: e.root, all: [], next: first };
      clusters.set(place, key);
      made.push(key.all);
    }
    const all = key.all;
    const c = newestFirst ? joinedNewestFirst(all, dayNumber) : all.find((x) => Math.abs(x.dayNumber - dayNumber) <= SAME_EVENT_DAYS);
    if (!c) {
      all.push({ lead: e, day: e.day, dayNumber, first: e, more: undefined });
    } else {
      if (c.more === undefined) c.more = [e];
      else c.more.push(e);
      if (e.day !== c.day ? e.day < c.day : earlier(e, c.lead)) c.lead = e;
      if (e.day < c.day) {
        c.day = e.day;
        c.dayNumber = dayNumber;
      }
    }
  }
  const periods = new Map<string, string>();
  const byPeriod = new Map<string, Cluster<M>[]>();
  for (const all of made) {
    for (const c of all) {
      let p = periods.get(c.day);
      if (p === undefined) {
        p = periodOf(c.day, unit)!;
        periods.set(c.day, p);
      }
      const inPeriod = byPeriod.get(p);
      if (inPeriod === undefined) byPeriod.set(p, [c]);
      else inPeriod.push(c);
    }
  }
  return [...byPeriod.entries()]
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .map(([period, list]) => summarise(period, list));
}

/** A counted period with the evidence of its lead mention. */
function withEvidence<M extends DyadRow>({ lead, leadMentions, ...counts }: Counted<M>, shown: Omit<DyadEvidence, 'articleId' | 'mentions'>): DyadPeriod {
  return { ...counts, evidence: { ...shown, articleId: lead.articleId, mentions: leadMentions } };
}

/**
 * The dyad series of actors `a` and `b` over the events of a store that pass a filter, per period
 * of `unit`: what {@link dyadSeries} gives for `store.events({ dyad: [a, b], ...filter })` with each
 * article's story and outlet (else URL). It counts the few columns the dyad index holds
 * ({@link Store.dyadRows}) and reads one event per period, its evidence ({@link Store.dyadMentionsAt}).
 */
export async function storeDyadSeries(store: Store, a: string, b: string, unit: PeriodUnit, filter: DyadFilter = {}): Promise<DyadPeriod[]> {
  const counted = countSeries(await store.dyadRows(a, b, filter), unit);
  const leads = await store.dyadMentionsAt(counted.map((period) => period.lead));
  return counted.map((period, i) => withEvidence(period, shownOf(leads[i]!)));
}

/** What a period shows of the mention of its evidence. */
function shownOf({ evidence, code, label, source, target }: DyadMention): Omit<DyadEvidence, 'articleId' | 'mentions'> {
  return { text: evidence, code, label, source, target };
}

function summarise<M extends DyadRow>(period: string, list: readonly Cluster<M>[]): Counted<M> {
  const articles = new Set<string>();
  const sources = new Set<string>();
  let mentions = 0;
  let goldstein = 0;
  let coop = 0;
  let top = list[0]!;
  let topCount = -1;
  let lastArticle: string | undefined;
  let lastOutlet: string | undefined;
  const count = (m: DyadRow): number => {
    if (m.articleId !== lastArticle) {
      lastArticle = m.articleId;
      articles.add(m.articleId);
    }
    if (m.outlet === null) sources.add(`article ${m.articleId}`);
    else if (m.outlet !== lastOutlet) {
      lastOutlet = m.outlet;
      sources.add(m.outlet);
    }
    return m.goldstein;
  };
  for (const c of list) {
    let sum = 0;
    sum += count(c.first);
    if (c.more !== undefined) for (const m of c.more) sum += count(m);
    goldstein += sum / (1 + (c.more?.length ?? 0));
    if (c.lead.quadClass <= 2) coop++;
    const n = mentionCount(c);
    mentions += n;
    if (topCount < 0 || before(c, n, top, topCount)) {
      top = c;
      topCount = n;
    }
  }
  return {
    period,
    events: list.length,
    mentions,
    articles: articles.size,
    sources: sources.size,
    meanGoldstein: round(goldstein / list.length, 2),
    cooperation: round(coop / list.length, 3),
    conflict: round((list.length - coop) / list.length, 3),
    lead: top.lead,
    leadMentions: topCount,
  };
}

/** Whether cluster `x` with `n` mentions is shown before `y` with `m`: more mentions, stronger Goldstein, earlier, lesser article id. */
function before(x: Cluster<DyadRow>, n: number, y: Cluster<DyadRow>, m: number): boolean {
  if (n !== m) return n > m;
  const g = Math.abs(x.lead.goldstein) - Math.abs(y.lead.goldstein);
  if (g !== 0) return g > 0;
  const d = collate(x.day, y.day);
  if (d !== 0) return d < 0;
  return collate(x.lead.articleId, y.lead.articleId) < 0;
}
