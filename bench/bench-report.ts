import type { BenchOptions } from './bench-options.js';
import type { Machine } from './describe-machine.js';
import type { StoreFill } from './fill-store.js';
import type { Latency } from './latency.js';
import type { AnalysisFigures } from './measure-analysis.js';
import type { IngestFigures } from './measure-ingest.js';
import type { QueryFigures } from './measure-queries.js';
import type { ReferenceFigures } from './measure-references.js';
import type { StageTime } from './measure-stages.js';
import type { WorkerRun } from './measure-workers.js';
import type { Throughput } from './throughput.js';

/** The store part of a bench: measured, or why not. */
export type StoreReport =
  | {
      readonly measured: true;
      readonly ingest: IngestFigures;
      readonly fill: StoreFill | null;
      readonly queries: QueryFigures | null;
      /** Size of the database file (with its WAL) at the end. */
      readonly fileMb: number;
    }
  | { readonly measured: false; readonly reason: string };

/** One goal of issue 8 and whether this run meets it (null: not measured here). */
export interface Goal {
  readonly goal: string;
  readonly measured: string;
  readonly met: boolean | null;
}

/** The reference libraries' passes and newsgraph's speed relative to them (by the steadier time; by the clock). */
export interface References {
  readonly wink: ReferenceFigures;
  readonly compromise: ReferenceFigures;
  readonly versusWink: number;
  readonly versusCompromise: number;
  readonly versusWinkWall: number;
  readonly versusCompromiseWall: number;
}

/** Everything one bench run measured; written to `.bench/last.json`. */
export interface BenchReport {
  readonly when: string;
  readonly machine: Machine;
  /** The 1-minute load average when the bench started and ended; above the core count, other programs shared the CPU. */
  readonly load: { readonly start: number; readonly end: number };
  readonly options: BenchOptions;
  readonly corpus: { readonly file: string; readonly generated: boolean; readonly articles: number; readonly sentences: number; readonly megabytes: number };
  readonly analysis: AnalysisFigures;
  readonly stages: readonly StageTime[] | null;
  readonly references: References | null;
  readonly workers: readonly WorkerRun[] | null;
  readonly store: StoreReport | null;
  readonly goals: readonly Goal[];
}

const FULL_EVENTS = 1_000_000;
const fixed = (n: number, digits = 0): string => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** The goals of issue 8 checked against a run's figures. */
export function checkGoals(report: Omit<BenchReport, 'goals'>): Goal[] {
  const a = report.analysis;
  const refs = report.references;
  const store = report.store?.measured ? report.store : null;
  const q = store?.queries ?? null;
  const events = store?.fill?.events ?? store?.ingest.events ?? 0;
  const worstP95 = q ? Math.max(q.search.p95, q.eventsByActor.p95, q.dyadSeries.p95) : Number.NaN;
  const worstCpuP95 = q ? Math.max(q.search.cpuP95, q.eventsByActor.cpuP95, q.dyadSeries.cpuP95) : Number.NaN;
  return [
    {
      goal: '≥ 10,000 sentences/s on one core',
      measured: `${fixed(a.steadySentencesPerSecond)} sentences/s (clock ${fixed(a.sentencesPerSecond)}, CPU ${fixed(a.cpuSentencesPerSecond)})`,
      met: a.steadySentencesPerSecond >= 10_000,
    },
    {
      goal: '≥ 10× compromise',
      measured: refs ? `${fixed(refs.versusCompromise, 2)}×` : 'not measured',
      met: refs ? refs.versusCompromise >= 10 : null,
    },
    {
      goal: "≥ half of wink's tokenise-and-entities speed",
      measured: refs ? `${fixed(refs.versusWink, 2)}×` : 'not measured',
      met: refs ? refs.versusWink >= 0.5 : null,
    },
    {
      goal: 'ingest ≥ 500 articles/s',
      measured: store ? `${fixed(store.ingest.articlesPerSecond)} articles/s` : 'not measured',
      met: store ? store.ingest.articlesPerSecond >= 500 : null,
    },
    {
      goal: 'query p95 < 50 ms at 1,000,000 events',
      measured: q ? `worst p95 ${fixed(worstP95, 1)} ms by the clock, ${fixed(worstCpuP95, 1)} ms CPU, at ${fixed(events)} events` : 'not measured',
      met: q && events >= FULL_EVENTS ? Math.min(worstP95, worstCpuP95) < 50 : null,
    },
  ];
}

function latencyLine(name: string, l: Latency): string {
  return `  ${name.padEnd(16)} p50 ${fixed(l.p50, 2).padStart(9)} ms  p95 ${fixed(l.p95, 2).padStart(9)} ms  max ${fixed(l.max, 1)} ms  CPU p50 ${fixed(l.cpuP50, 2)} p95 ${fixed(l.cpuP95, 2)} ms  (${l.queries} queries, ${fixed(l.meanResults, 1)} results each)`;
}

function rateLine(name: string, f: Throughput): string {
  return `  ${name.padEnd(12)} ${fixed(f.articlesPerSecond).padStart(7)} articles/s ${fixed(f.sentencesPerSecond).padStart(8)} sentences/s ${fixed(f.megabytesPerSecond, 2).padStart(6)} MB/s  (${fixed(f.seconds, 2)} s; per CPU second ${fixed(f.cpuSentencesPerSecond)} sentences)`;
}

/** The report as the compact text the bench prints. */
export function formatReport(r: BenchReport): string {
  const m = r.machine;
  const lines = [
    `newsgraph bench — ${r.when}`,
    `machine: ${m.cpu}, ${m.cores} cores, ${fixed(m.memoryGb, 1)} GB, node ${m.node}; load average ${fixed(r.load.start, 1)} at start, ${fixed(r.load.end, 1)} at end`,
    ...(Math.max(r.load.start, r.load.end) > m.cores ? ['  (busy machine: other programs shared the CPU; goals and ratios use the steadier time, the smaller of clock and CPU time)'] : []),
    `corpus: ${fixed(r.corpus.articles)} articles, ${fixed(r.corpus.sentences)} sentences, ${fixed(r.corpus.megabytes, 1)} MB (${r.corpus.generated ? 'generated' : 'given'}: ${r.corpus.file})`,
    '',
    'analysis, one thread:',
    rateLine('newsgraph', r.analysis),
    rateLine('  one by one', r.analysis.oneByOne),
    ...(r.analysis.analysisCpuSeconds === null || r.analysis.helperCpuSeconds === null
      ? []
      : [`  CPU of the first pass: analysing thread ${fixed(r.analysis.analysisCpuSeconds, 2)} s, V8 helper threads (compiler, GC) ${fixed(r.analysis.helperCpuSeconds, 2)} s`]),
    `  peak RSS ${fixed(r.analysis.peakRssMb)} MB; analyzer load ${fixed(r.analysis.loadMs)} ms; found ${fixed(r.analysis.entities)} entities, ${fixed(r.analysis.events)} events, ${fixed(r.analysis.quotes)} quotes, ${fixed(r.analysis.claims)} claims, ${fixed(r.analysis.times)} times`,
  ];
  if (r.references) {
    const { wink, compromise } = r.references;
    lines.push(
      rateLine('wink-nlp', wink),
      rateLine('compromise', compromise),
      `  newsgraph/wink ${fixed(r.references.versusWink, 2)}×   newsgraph/compromise ${fixed(r.references.versusCompromise, 2)}×  (steadier time; by the clock ${fixed(r.references.versusWinkWall, 2)}× and ${fixed(r.references.versusCompromiseWall, 2)}×)`,
    );
  }
  if (r.stages) {
    lines.push('', 'time per stage (run one by one):');
    for (const s of r.stages) lines.push(`  ${s.name.padEnd(10)} ${fixed(s.ms).padStart(8)} ms  ${fixed(s.share * 100, 1).padStart(5)}%`);
  }
  if (r.workers) {
    lines.push('', 'worker threads (analyzeAll() over equal shares):');
    for (const w of r.workers) lines.push(`  N=${w.workers}  ${fixed(w.articlesPerSecond).padStart(7)} articles/s ${fixed(w.sentencesPerSecond).padStart(8)} sentences/s  speed-up ${fixed(w.speedup, 2)}×  (machine: ${fixed(w.machineSpeedup, 2)}× on a CPU loop)`);
  }
  if (r.store) {
    lines.push('', 'store (SQLite, temp file):');
    if (!r.store.measured) lines.push(`  not measured: ${r.store.reason}`);
    else {
      const s = r.store;
      lines.push(`  ingest      ${fixed(s.ingest.articlesPerSecond).padStart(7)} articles/s ${fixed(s.ingest.eventsPerSecond).padStart(8)} events/s  (${fixed(s.ingest.articles)} articles in batches of ${s.ingest.batch}, ${fixed(s.ingest.seconds, 2)} s; per CPU second ${fixed(s.ingest.articles / s.ingest.cpuSeconds)} articles)`);
      if (s.fill) {
        const target = r.options.full ? `${fixed(s.fill.targetEvents)} (--full)` : `${fixed(s.fill.targetEvents)} (default; --full for 1,000,000)`;
        lines.push(`  query store ${fixed(s.fill.articles)} articles, ${fixed(s.fill.events)} events, target ${target}, ${fixed(s.fileMb)} MB`);
        if (s.fill.ingest) lines.push(`  filling     ${fixed(s.fill.ingest.articlesPerSecond).padStart(7)} articles/s (${s.fill.copies} shifted copies of the corpus)`);
        else if (s.fill.events < s.fill.targetEvents) lines.push('  the analysed corpus has no events: the store cannot be grown to the target');
      }
      if (s.queries) {
        lines.push(latencyLine('search', s.queries.search), latencyLine('events by actor', s.queries.eventsByActor), latencyLine('dyad series', s.queries.dyadSeries));
        lines.push(`  dyad series: ${s.queries.dyadMethod}`);
      }
    }
  }
  lines.push('', 'goals of issue 8:');
  for (const g of r.goals) lines.push(`  [${g.met === null ? ' ? ' : g.met ? 'met' : 'NOT'}] ${g.goal}: ${g.measured}`);
  return lines.join('\n');
}
