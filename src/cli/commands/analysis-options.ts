import { AnalysisPoolError } from '../../analyze/pool/analysis-pool-error.js';
import { autoWorkers, createAnalysisPool, POOL_AHEAD, POOL_BATCH } from '../../analyze/pool/analysis-pool.js';
import type { AnalyzeArticle } from '../../analyze/pool/analyze-in-order.js';
import { DataFileError } from '../../data/data-file.js';
import type { OptionSpec, ParsedArgs } from '../command.js';
import { stringOption } from '../command.js';
import { UsageError } from '../usage-error.js';
import { loadKbForCli } from './shared-options.js';

/** Default per-article time budget, in seconds. */
export const DEFAULT_TIME_LIMIT_S = 30;

/** The `--workers` and `--time-limit` options of the commands that analyse. */
export const analysisOptions: Readonly<Record<string, OptionSpec>> = {
  workers: { type: 'string', value: 'n|auto', help: 'Analyse on n worker threads (default 1; auto = one per core). Output stays in input order.' },
  'time-limit': {
    type: 'string',
    value: 'seconds',
    help: `Per-article time budget (default ${DEFAULT_TIME_LIMIT_S}); an article past it is reported and skipped. 0 = no budget, analyse on the main thread.`,
  },
};

/** How the analysis of a command runs: the function to call, how many articles to keep in flight, and how to stop. */
export interface CliAnalysis {
  readonly analyze: AnalyzeArticle;
  readonly window: number;
  readonly workers: number;
  close(): Promise<void>;
}

/** The value of `--workers`: a positive whole number or `auto`. */
export function workersOption(args: ParsedArgs): number {
  const v = stringOption(args, 'workers', '1');
  if (v === 'auto') return autoWorkers();
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new UsageError(`--workers expects a positive whole number or auto; got '${v}'`);
  return Number(v);
}

/** The value of `--time-limit` in ms, or null for 0 (no budget). */
export function timeLimitOption(args: ParsedArgs): number | null {
  const v = stringOption(args, 'time-limit', String(DEFAULT_TIME_LIMIT_S));
  if (!/^\d+(\.\d+)?$/.test(v)) throw new UsageError(`--time-limit expects a number of seconds (0 for none); got '${v}'`);
  const ms = Math.round(Number(v) * 1000);
  return ms === 0 ? null : ms;
}

/**
 * Starts the analysis the options ask for: worker threads (always when there is a time budget, since
 * only a worker can be stopped mid-analysis), or, with `--time-limit 0 --workers 1`, the main thread.
 * Waits until the workers have loaded their data, so a bad `--kb` file fails here as a DataFileError.
 * `workers` defaults to `--workers`. The analysis modules are imported only when the main thread analyses
 * itself; while workers analyse, the main thread does not need them.
 */
export async function startCliAnalysis(args: ParsedArgs, workers = workersOption(args)): Promise<CliAnalysis> {
  const timeLimitMs = timeLimitOption(args);
  if (workers === 1 && timeLimitMs === null) {
    const { createAnalyzer } = await import('../../analyze/analyzer.js');
    const analyzer = createAnalyzer({ kb: loadKbForCli(args) });
    return {
      workers: 0,
      window: 1,
      analyze: async (article) => {
        try {
          return analyzer.analyze(article);
        } catch (e) {
          throw new Error(`analysis failed: ${(e as Error).message}`, { cause: e });
        }
      },
      close: async () => undefined,
    };
  }
  const kb = args.values.kb;
  const pool = createAnalysisPool({ size: workers, timeLimitMs, kbFiles: Array.isArray(kb) ? kb : [] });
  const failure = await pool.ready.then(
    () => null,
    (e: unknown) => e,
  );
  if (failure) {
    await pool.close();
    if (failure instanceof AnalysisPoolError && failure.dataFile) throw new DataFileError(failure.dataFile.file, failure.dataFile.detail);
    throw failure;
  }
  return { workers, window: workers * POOL_BATCH * (POOL_AHEAD + 1) * 2, analyze: (article) => pool.analyze(article), close: () => pool.close() };
}
