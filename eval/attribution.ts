/**
 * Attribution eval: quotes with their speaker and claims with their source, stance and content,
 * scored against the hand-checked gold in test/data/attribution-dev.jsonl (see test/data/README.md),
 * beside a baseline that gives each quote the nearest proper name before it.
 *
 * `npm run eval -- attribution [--verbose] [--examples | --shared]` (`--examples` / `--shared`
 * score only the gold on the project's own examples / on the ../shared dev articles).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/analyze/analyzer.js';
import type { Article } from '../src/read/article.js';
import type { Claim } from '../src/analyze/record.js';
import { readJsonl, sharedDir } from './shared-data.js';

/** One gold line. */
interface Gold {
  readonly doc: string;
  readonly kind: 'quote' | 'claim';
  readonly start: number;
  readonly end: number;
  readonly text?: string;
  readonly sha1?: string;
  readonly quoteKind?: 'direct' | 'partial';
  readonly speaker?: string | null;
  readonly cue?: string | null;
  readonly source?: string | null;
  readonly via?: string | null;
  readonly stance?: string;
  readonly denies?: number | null;
}

/** Precision, recall and F1 counts. */
interface Score {
  tp: number;
  fp: number;
  fn: number;
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GOLD = path.join(ROOT, 'test', 'data', 'attribution-dev.jsonl');
const MATCH = 0.5;

/** Runs the attribution eval and prints its scores; `--verbose` lists every miss and extra. */
export async function run(args: readonly string[]): Promise<void> {
  const verbose = args.includes('--verbose');
  const only = args.includes('--shared') ? 'shared:' : args.includes('--examples') ? 'examples/' : '';
  const gold = readFileSync(GOLD, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Gold)
    .filter((g) => g.doc.startsWith(only));
  const byDoc = new Map<string, Gold[]>();
  for (const g of gold) byDoc.set(g.doc, [...(byDoc.get(g.doc) ?? []), g]);
  const s = {
    quoteSpan: zero(), quoteSpeaker: zero(), baseline: zero(), quoteKind: zero(),
    claimContent: zero(), claimSource: zero(), claimStance: zero(), claimFull: zero(),
  };
  let viaRight = 0;
  let viaAll = 0;
  let deniesRight = 0;
  let deniesAll = 0;
  let skipped = 0;
  const misses: string[] = [];
  for (const [doc, lines] of byDoc) {
    const article = loadArticle(doc);
    if (!article) {
      skipped++;
      continue;
    }
    for (const g of lines) {
      const span = article.text.slice(g.start, g.end);
      if ((g.text !== undefined && g.text !== span) || (g.sha1 && sha1(span) !== g.sha1)) throw new Error(`${doc}: gold span ${g.start}-${g.end} does not match the text`);
    }
    const record = analyze(article);
    const goldQuotes = lines.filter((g) => g.kind === 'quote');
    const goldClaims = lines.filter((g) => g.kind === 'claim');
    const directSpans = record.quotes.filter((q) => q.kind === 'direct');
    const claims = record.claims.filter((c) => !directSpans.some((q) => q.start === c.start && q.end === c.end));

    score(goldQuotes, record.quotes, () => true, s.quoteSpan);
    score(goldQuotes, record.quotes, (g, q) => sameName(g.speaker ?? null, q.speakerName), s.quoteSpeaker, (g, q) =>
      misses.push(`${doc} QUOTE ${show(article.text, g)} gold=${g.speaker} got=${q ? `${q.speakerName} [${q.kind}] cue=${q.cue}` : 'none'}`),
    );
    score(goldQuotes, record.quotes, (g, q) => g.quoteKind === q.kind, s.quoteKind);
    const base = record.quotes.map((q) => ({ ...q, speakerName: nearestName(article.text, q.start) }));
    score(goldQuotes, base, (g, q) => sameName(g.speaker ?? null, q.speakerName), s.baseline);
    if (verbose) {
      for (const q of record.quotes) {
        if (!goldQuotes.some((g) => overlap(g, q) >= MATCH)) misses.push(`${doc} EXTRA QUOTE ${JSON.stringify(q.text.slice(0, 80))} <- ${q.speakerName} [${q.kind}]`);
      }
    }

    score(goldClaims, claims, () => true, s.claimContent);
    score(goldClaims, claims, (g, c) => sameName(g.source ?? null, c.source.name), s.claimSource, (g, c) =>
      misses.push(`${doc} CLAIM ${show(article.text, g)} gold=${g.source}/${g.stance} got=${c ? `${c.source.name}/${c.stance} ${JSON.stringify(c.text.slice(0, 60))}` : 'none'}`),
    );
    score(goldClaims, claims, (g, c) => g.stance === c.stance, s.claimStance, (g, c) => {
      if (c && sameName(g.source ?? null, c.source.name)) misses.push(`${doc} STANCE ${show(article.text, g)} gold=${g.stance} got=${c.stance} cue=${c.cue}`);
    });
    score(goldClaims, claims, (g, c) => g.stance === c.stance && sameName(g.source ?? null, c.source.name), s.claimFull);
    for (const g of goldClaims) {
      const c = best(g, claims);
      if (!c) continue;
      viaAll++;
      if (sameName(g.via ?? null, c.via?.name ?? null)) viaRight++;
      if (g.stance === 'denies' && c.stance === 'denies') {
        deniesAll++;
        const target = g.denies == null ? null : goldClaims[g.denies];
        const got = c.denies == null ? null : claims.indexOf(record.claims[c.denies]!);
        const want = target ? claims.indexOf(best(target, claims) ?? ({} as Claim)) : -1;
        if ((target === null && got === null) || (target !== null && got !== null && got === want)) deniesRight++;
        else if (verbose) misses.push(`${doc} DENIES ${show(article.text, g)} gold=${target ? show(article.text, target) : 'none'} got=${got !== null && got >= 0 ? JSON.stringify(claims[got]!.text.slice(0, 60)) : 'none'}`);
      }
    }
    if (verbose) {
      for (const c of claims) {
        if (!goldClaims.some((g) => overlap(g, c) >= MATCH)) misses.push(`${doc} EXTRA CLAIM ${JSON.stringify(c.text.slice(0, 80))} <- ${c.source.name}/${c.stance} cue=${c.cue}`);
      }
    }
  }
  console.log(`attribution gold: ${gold.length} lines in ${byDoc.size} documents${skipped ? ` (${skipped} skipped: ../shared missing)` : ''}`);
  console.log(`match: span overlap (Dice on characters) >= ${MATCH}; direct-quote claims are left out of claim scoring (the gold annotates direct quotes once, as quotes)`);
  line('quote spans', s.quoteSpan);
  line('quote + speaker', s.quoteSpeaker);
  line('  baseline: nearest preceding proper name', s.baseline);
  line('quote + kind (direct/partial)', s.quoteKind);
  line('claim content', s.claimContent);
  line('claim source + content', s.claimSource);
  line('claim stance + content', s.claimStance);
  line('claim source + stance + content', s.claimFull);
  console.log(`via right on matched claims: ${viaRight}/${viaAll}; denial links right: ${deniesRight}/${deniesAll}`);
  if (verbose) for (const m of misses) console.log(m);
}

function zero(): Score {
  return { tp: 0, fp: 0, fn: 0 };
}

function line(label: string, s: Score): void {
  const p = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 0;
  const r = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  console.log(`${label.padEnd(44)} P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`);
}

/** Dice overlap of two spans' characters. */
function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  return (2 * inter) / (a.end - a.start + (b.end - b.start));
}

function best<T extends { start: number; end: number }>(g: { start: number; end: number }, items: readonly T[]): T | null {
  let top: T | null = null;
  let topScore = MATCH;
  for (const it of items) {
    const o = overlap(g, it);
    if (o >= topScore) [top, topScore] = [it, o];
  }
  return top;
}

/**
 * One-to-one matching by overlap: a gold line is found when a prediction overlaps it enough and
 * `right` holds; predictions left unmatched are false positives.
 */
function score<T extends { start: number; end: number }>(
  gold: readonly Gold[],
  predicted: readonly T[],
  right: (g: Gold, p: T) => boolean,
  s: Score,
  miss?: (g: Gold, p: T | null) => void,
): void {
  const used = new Set<number>();
  for (const g of gold) {
    let pick = -1;
    let pickScore = MATCH;
    predicted.forEach((p, i) => {
      const o = overlap(g, p);
      if (!used.has(i) && o >= pickScore && right(g, p)) [pick, pickScore] = [i, o];
    });
    if (pick >= 0) {
      used.add(pick);
      s.tp++;
    } else {
      s.fn++;
      miss?.(g, best(g, predicted));
    }
  }
  s.fp += predicted.length - used.size;
}

/** Country names in the possessive ("Russia's ministry") compare equal to their demonym ("Russian ministry"). */
const DEMONYMS: ReadonlyMap<string, string> = new Map(
  (createRequire(import.meta.url)('world-countries') as readonly { name: { common: string }; demonyms?: { eng?: { m: string } } }[])
    .filter((c) => c.demonyms?.eng?.m)
    .map((c) => [c.name.common.toLowerCase(), c.demonyms!.eng!.m.toLowerCase()]),
);

const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/([\p{L} ]+?)[’']s\b/gu, (_m, name: string) => DEMONYMS.get(name.trim()) ?? name)
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/^\s*(the|a|an)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
const UNNAMED = new Set(['', 'unnamed', 'null']);

/** Whether two speaker names denote the same party: equal, same surname, or one inside the other. */
function sameName(gold: string | null, got: string | null): boolean {
  const g = norm(gold ?? '');
  const p = norm(got ?? '');
  if (UNNAMED.has(g) || UNNAMED.has(p)) return UNNAMED.has(g) && UNNAMED.has(p);
  if (g === p) return true;
  const gl = g.split(' ').pop()!;
  const pl = p.split(' ').pop()!;
  if (gl === pl && gl.length >= 3 && /^\p{Lu}/u.test((gold ?? '').split(/\s+/).pop() ?? '')) return true;
  return ` ${g} `.includes(` ${p} `) || ` ${p} `.includes(` ${g} `);
}

/** The baseline speaker: the nearest capitalised name before the quote that does not open a sentence. */
function nearestName(text: string, before: number): string | null {
  const re = /(?<![.!?]\s|^|["“])\b(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)/gu;
  let last: string | null = null;
  for (const m of text.slice(Math.max(0, before - 600), Math.max(0, before - 1)).matchAll(re)) last = m[1]!;
  return last;
}

function show(text: string, g: Gold): string {
  return JSON.stringify(text.slice(g.start, g.end).slice(0, 70));
}

function sha1(s: string): string {
  return createHash('sha1').update(s, 'utf8').digest('hex').slice(0, 8);
}

const sharedCache = new Map<string, Map<string, Article>>();

/** The article a gold `doc` names, or null when it lives in ../shared and that is missing. */
function loadArticle(doc: string): Article | null {
  if (doc.startsWith('shared:')) {
    const rest = doc.slice('shared:'.length);
    const dataset = rest.slice(0, rest.indexOf('/'));
    const id = rest.slice(dataset.length + 1);
    try {
      sharedDir();
    } catch {
      return null;
    }
    if (!sharedCache.has(dataset)) {
      const file = dataset === 'entities-times-dev' ? 'docs.jsonl' : 'articles.jsonl';
      const rows = readJsonl<{ id: string; text: string; published?: string; title?: string; source?: string }>(`data/${dataset}/${file}`);
      sharedCache.set(dataset, new Map(rows.map((r) => [String(r.id), { id: String(r.id), text: r.text, published: r.published ?? null, title: r.title ?? null, source: r.source ?? null }])));
    }
    return sharedCache.get(dataset)!.get(id) ?? null;
  }
  const [file, id] = doc.split('#');
  const full = path.join(ROOT, file!);
  if (!existsSync(full)) throw new Error(`attribution gold names a missing document: ${doc}`);
  const raw = readFileSync(full, 'utf8');
  if (id !== undefined) {
    const row = raw.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Article).find((a) => a.id === id);
    if (!row) throw new Error(`attribution gold names a missing article: ${doc}`);
    return row;
  }
  const newline = raw.indexOf('\n');
  const header = /^date (\d{4}-\d{2}-\d{2}) (.*)$/.exec(raw.slice(0, newline));
  return { id: doc, text: raw.slice(newline + 1), published: header?.[1] ?? null, title: header?.[2] ?? null };
}
