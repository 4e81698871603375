/**
 * Event coding eval on ../shared/data/plover-events-dev/records.jsonl: each record's sentence is
 * analysed alone; the best matching event is compared with the gold PLOVER type, source and target
 * countries. Prints the share of full matches, type-only, dyad-only and misses, false events and
 * events per sentence. `--verbose` lists every record that is not a full match and every false event. `--gold-actors`
 * replaces the entities layer by the gold actors (one entity per actor phrase, with its country
 * and sector) to measure the events stage apart from entity recognition.
 */
import { createAnalyzer, runPipeline, toRecord } from '../src/index.js';
import type { AnalysisRecord, Entity, NewsEvent, Stage } from '../src/index.js';
import { createDoc } from '../src/analyze/document.js';
import { f3, readJsonl } from './shared-data.js';

interface GoldActor {
  readonly text: string;
  readonly code: string;
  readonly sector?: string;
}

interface GoldRecord {
  readonly id: string;
  readonly text: string;
  readonly event: string;
  readonly source: readonly GoldActor[];
  readonly target: readonly GoldActor[];
}

/**
 * Legacy CAMEO country codes of the gold mapped to ISO 3166-1 alpha-3; NGO and IGO count as one
 * class, as the gold itself codes non-governmental bodies either way (Amnesty International is IGO).
 */
const LEGACY: Readonly<Record<string, string>> = { JAP: 'JPN', ITL: 'ITA', VTN: 'VNM', NGO: 'IGO' };

const norm = (code: string): string => LEGACY[code] ?? code;
const country = (actor: string | null | undefined): string | null => (actor ? norm(actor.slice(0, 3)) : null);

interface Match {
  readonly type: boolean;
  readonly dyad: boolean;
}

function match(e: NewsEvent, gold: GoldRecord): Match {
  const sources = new Set(gold.source.map((a) => norm(a.code)));
  const targets = new Set(gold.target.map((a) => norm(a.code)));
  const s = country(e.source.actor);
  const t = country(e.target?.actor);
  const sourceOk = s !== null && sources.has(s);
  const targetOk = targets.size === 0 ? t === null || sources.has(t) : t !== null && targets.has(t);
  return { type: e.plover === gold.event, dyad: sourceOk && targetOk };
}

/** Whether every gold actor of a record is an entity of the analysis with the gold's country: else the entities layer missed it. */
function actorsFound(record: AnalysisRecord, gold: GoldRecord): boolean {
  return [...gold.source, ...gold.target].every((g) => {
    const start = record.document.text.indexOf(g.text);
    if (start < 0) return true;
    const end = start + g.text.length;
    return record.entities.some(
      (e) =>
        (e.kb.country === norm(g.code) || country(e.actor ?? null) === norm(g.code)) &&
        e.mentions.some((m) => m.start < end && m.end > start),
    );
  });
}

const score = (m: Match): number => (m.type ? 2 : 0) + (m.dyad ? 3 : 0);

const NATIONAL = /^[A-Z][a-z]+(?:an|ese|ish|i|ch)$/;

/** An entities stage that puts the gold actors of a text in place of recognised entities. */
function goldActorsStage(golds: readonly GoldRecord[]): Stage {
  return {
    name: 'entities',
    run(doc) {
      const seen = new Set<string>();
      const entities: Entity[] = [];
      for (const a of golds.flatMap((g) => [...g.source, ...g.target])) {
        const start = doc.text.indexOf(a.text);
        if (start < 0 || seen.has(a.text)) continue;
        seen.add(a.text);
        const iso = /^[A-Z]{3}$/.test(a.code) && a.code !== 'IGO' && a.code !== 'NGO' ? norm(a.code) : null;
        entities.push({
          id: `e${entities.length + 1}`,
          name: a.text,
          type: NATIONAL.test(a.text) ? 'NORP' : 'ORG',
          kb: { id: null, country: iso, role: null },
          mentions: [{ start, end: start + a.text.length, text: a.text, kind: 'name' }],
          sector: a.sector && /^[A-Z]{3}$/.test(a.sector) ? a.sector : null,
          actor: iso ? null : norm(a.code),
        });
      }
      return { ...doc, entities };
    },
  };
}

/** Runs the events eval. */
export async function run(args: readonly string[]): Promise<void> {
  const verbose = args.includes('--verbose');
  const goldActors = args.includes('--gold-actors');
  const analyzer = createAnalyzer();
  const analyse = (text: string, golds: readonly GoldRecord[]): AnalysisRecord => {
    if (!goldActors) return analyzer.analyze(text);
    const pipeline = analyzer.pipeline.map((stage) => (stage.name === 'entities' ? goldActorsStage(golds) : stage));
    return toRecord(runPipeline(pipeline, createDoc(text)), analyzer.versions);
  };
  const records = readJsonl<GoldRecord>('data/plover-events-dev/records.jsonl');
  const byText = new Map<string, GoldRecord[]>();
  for (const r of records) byText.set(r.text, [...(byText.get(r.text) ?? []), r]);
  const counts = { full: 0, typeOnly: 0, dyadOnly: 0, miss: 0, none: 0, entityGap: 0 };
  let events = 0;
  let falseEvents = 0;
  const started = performance.now();
  for (const [text, golds] of byText) {
    const record = analyse(text, golds);
    const found = record.events;
    events += found.length;
    const falses = found.filter((e) => golds.every((g) => !match(e, g).type && !match(e, g).dyad));
    falseEvents += falses.length;
    if (verbose) {
      for (const e of falses) {
        console.log(`  false event ${e.plover} ${e.code} ${e.source.actor}->${e.target?.actor ?? '-'} [${e.rule} '${e.trigger?.text}'] in ${golds[0]!.id}`);
      }
    }
    for (const gold of golds) {
      let best: NewsEvent | null = null;
      let bestScore = -1;
      for (const e of found) {
        const sc = score(match(e, gold));
        if (sc > bestScore) {
          best = e;
          bestScore = sc;
        }
      }
      const m = best ? match(best, gold) : null;
      if (!m) counts.none++;
      else if (m.type && m.dyad) counts.full++;
      else if (m.type) counts.typeOnly++;
      else if (m.dyad) counts.dyadOnly++;
      else counts.miss++;
      const gap = !(m?.type && m.dyad) && !actorsFound(record, gold);
      if (gap) counts.entityGap++;
      if (verbose && !(m?.type && m.dyad)) {
        const got = best
          ? `${best.plover} ${best.code} ${best.source.actor}->${best.target?.actor ?? '-'} [${best.rule} '${best.trigger?.text}']`
          : 'no event';
        const want = `${gold.event} ${gold.source.map((a) => a.code).join('+')}->${gold.target.map((a) => a.code).join('+') || '-'}`;
        console.log(`  ${gold.id}${gap ? ' [entity gap]' : ''}: want ${want}; got ${got}\n    ${text.trim()}`);
      }
    }
  }
  const ms = performance.now() - started;
  const n = records.length;
  const share = (x: number): string => `${f3(x / n)} (${x})`;
  console.log(`records ${n}, sentences ${byText.size}${goldActors ? ' (gold actors as entities)' : ''}`);
  console.log(`full match (type + source + target): ${share(counts.full)}`);
  console.log(`type only:                           ${share(counts.typeOnly)}`);
  console.log(`dyad only:                           ${share(counts.dyadOnly)}`);
  console.log(`wrong event:                         ${share(counts.miss)}`);
  console.log(`no event:                            ${share(counts.none)}`);
  console.log(`not full with a gold actor the entities layer missed (no entity of that country on its words): ${share(counts.entityGap)}`);
  console.log(`events emitted ${events}, per sentence ${f3(events / byText.size)}; false events (neither type nor dyad of any gold) ${falseEvents}`);
  console.log(`analysed ${byText.size} sentences in ${ms.toFixed(0)} ms`);
}
