import { parseArgs } from 'node:util';

/**
 * Which part of the bench to run; analysis always runs, since the store is filled with its records,
 * except for `stream`, which only runs the CLI's ingest over a big generated JSON Lines file.
 */
export type BenchPart = 'analysis' | 'ingest' | 'query' | 'stream';

/** The bench's command line, parsed. */
export interface BenchOptions {
  readonly corpus: string | null;
  readonly articles: number;
  readonly only: BenchPart | null;
  /** Events the query store is grown to. */
  readonly events: number;
  readonly full: boolean;
  readonly seed: number;
  /** Records per `putRecords` call. */
  readonly batch: number;
  /** Worker threads of the scaling run (compared with one), or of the streaming ingest (`newsgraph ingest`'s own default, 1, there). */
  readonly workers: number;
  /** Timed queries per query kind. */
  readonly runs: number;
  /** Articles each library analyses untimed before its timed pass (newsgraph, wink-nlp and compromise alike). */
  readonly warmup: number;
  /** Bytes of JSON Lines the streaming ingest reads (`--only stream`). */
  readonly size: number;
  /** Seconds after which the streaming ingest is stopped (its RSS curve so far is reported); null: none. */
  readonly maxSeconds: number | null;
}

/** The usage line printed on a bad command line. */
export const BENCH_USAGE =
  'usage: npm run bench -- [--corpus file.jsonl] [--articles 5000] [--only analysis|ingest|query] ' +
  '[--events 200000 | --full] [--seed 1] [--batch 500] [--workers 2] [--runs 200] [--warmup 500]\n' +
  '       npm run bench -- --only stream [--size 1GB] [--workers 1] [--seed 1] [--max-seconds N]';

const FULL_EVENTS = 1_000_000;
const UNITS: Readonly<Record<string, number>> = { '': 1, B: 1, KB: 1e3, MB: 1e6, GB: 1e9 };

function bytes(value: string | undefined): number {
  if (value === undefined) return 1e9;
  const m = /^(\d+(?:\.\d+)?)\s*(B|KB|MB|GB)?$/i.exec(value.trim());
  const n = m ? Number(m[1]) * UNITS[(m[2] ?? '').toUpperCase()]! : NaN;
  if (!(n >= 1)) throw new Error(`--size: expected a size such as 1GB, 200MB or 5000000, got ${JSON.stringify(value)}\n${BENCH_USAGE}`);
  return Math.round(n);
}
const DEFAULT_EVENTS = 200_000;

function count(name: string, value: string | undefined, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < min) throw new Error(`--${name}: expected a whole number ≥ ${min}, got ${JSON.stringify(value)}\n${BENCH_USAGE}`);
  return n;
}

/** Parses the bench's arguments; throws an Error carrying the usage line on a bad one. */
export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    options: {
      corpus: { type: 'string' },
      articles: { type: 'string' },
      only: { type: 'string' },
      events: { type: 'string' },
      full: { type: 'boolean', default: false },
      seed: { type: 'string' },
      batch: { type: 'string' },
      workers: { type: 'string' },
      runs: { type: 'string' },
      warmup: { type: 'string' },
      size: { type: 'string' },
      'max-seconds': { type: 'string' },
    },
  });
  const only = values.only ?? null;
  if (only !== null && only !== 'analysis' && only !== 'ingest' && only !== 'query' && only !== 'stream') {
    throw new Error(`--only: expected analysis, ingest, query or stream, got ${JSON.stringify(only)}\n${BENCH_USAGE}`);
  }
  const full = values.full ?? false;
  return {
    corpus: values.corpus ?? null,
    articles: count('articles', values.articles, 5000, 1),
    only,
    events: count('events', values.events, full ? FULL_EVENTS : DEFAULT_EVENTS, 0),
    full,
    seed: count('seed', values.seed, 1, 0),
    batch: count('batch', values.batch, 500, 1),
    workers: count('workers', values.workers, only === 'stream' ? 1 : 2, 1),
    runs: count('runs', values.runs, 200, 1),
    warmup: count('warmup', values.warmup, 500, 0),
    size: bytes(values.size),
    maxSeconds: values['max-seconds'] === undefined ? null : count('max-seconds', values['max-seconds'], 0, 1),
  };
}
