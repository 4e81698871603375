import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnalysisRecord } from '../src/analyze/record.js';
import { loadBenchCorpus } from './bench-corpus.js';
import { parseBenchOptions, type BenchOptions } from './bench-options.js';
import { checkGoals, formatReport, type BenchReport, type StoreReport } from './bench-report.js';
import { describeMachine } from './describe-machine.js';
import { readExampleArticles } from './example-articles.js';
import { fillStore } from './fill-store.js';
import { loadVariants } from './load-variants.js';
import { measureAnalysis } from './measure-analysis.js';
import { ingest } from './measure-ingest.js';
import { measureQueries } from './measure-queries.js';
import { measureCompromise, measureWink } from './measure-references.js';
import { measureStreamIngest, rssCurve } from './measure-stream-ingest.js';
import { countSentences, measureStages } from './measure-stages.js';
import { describeWorkerCpu, measureWorkers } from './measure-workers.js';
import { corpusMegabytes, steadySeconds } from './throughput.js';
import { writeBigCorpus, type BigCorpus } from './write-big-corpus.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const benchDir = join(root, '.bench');

const progress = (message: string): void => {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
};

function fileMegabytes(file: string): number {
  return [file, `${file}-wal`].filter(existsSync).reduce((n, f) => n + statSync(f).size, 0) / 1e6;
}

async function measureStore(options: BenchOptions, records: readonly AnalysisRecord[]): Promise<StoreReport> {
  let openStore;
  try {
    ({ openStore } = await import('../src/store/open-store.js'));
  } catch (error) {
    return { measured: false, reason: `the store cannot be loaded: ${(error as Error).message}` };
  }
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
  const file = join(dir, 'bench.db');
  try {
    const store = await openStore(file);
    try {
      progress(`ingest of ${records.length} records in batches of ${options.batch}`);
      const ingested = await ingest(store, records, options.batch);
      if (options.only === 'ingest') return { measured: true, ingest: ingested, fill: null, queries: null, fileMb: fileMegabytes(file) };
      progress(`growing the store to ${options.events} events`);
      const fill = await fillStore(store, records, ingested, options.events, options.batch);
      progress(`timing queries on ${fill.events} events`);
      const queries = await measureQueries(store, records, options.runs);
      return { measured: true, ingest: ingested, fill, queries, fileMb: fileMegabytes(file) };
    } finally {
      await store.close();
    }
  } catch (error) {
    return { measured: false, reason: `the store failed: ${(error as Error).stack ?? String(error)}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function bigCorpus(options: BenchOptions): BigCorpus {
  const file = join(tmpdir(), `newsgraph-stream-${options.size}-s${options.seed}.jsonl`);
  const meta = `${file}.json`;
  if (existsSync(file) && existsSync(meta)) return JSON.parse(readFileSync(meta, 'utf8')) as BigCorpus;
  progress(`writing ${(options.size / 1e6).toFixed(0)} MB of generated articles to ${file}`);
  const corpus = writeBigCorpus(file, readExampleArticles(join(root, 'examples')), loadVariants(), options.size, options.seed, (n, b) =>
    progress(`  ${n} articles, ${(b / 1e6).toFixed(0)} MB`),
  );
  writeFileSync(meta, JSON.stringify(corpus));
  return corpus;
}

async function runStream(options: BenchOptions): Promise<void> {
  const corpus = bigCorpus(options);
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-stream-'));
  const samplesFile = join(tmpdir(), `newsgraph-stream-rss-${Date.now()}.csv`);
  const bin = join(root, 'bin', 'newsgraph.js');
  try {
    progress(`newsgraph ingest ${corpus.file} --workers ${options.workers} (the compiled CLI: npm run build first); RSS every second to ${samplesFile}`);
    const r = await measureStreamIngest({ file: corpus.file, articles: corpus.articles, db: join(dir, 'stream.db'), workers: options.workers, samplesFile, maxSeconds: options.maxSeconds, bin });
    const { samples: _samples, ...figures } = r;
    mkdirSync(benchDir, { recursive: true });
    writeFileSync(join(benchDir, 'stream.json'), JSON.stringify({ when: new Date().toISOString(), load: loadavg()[0], corpus, ...figures, samplesFile }, null, 2) + '\n');
    const lines = [
      `streaming ingest of ${corpus.file}: ${(corpus.bytes / 1e6).toFixed(0)} MB, ${corpus.articles} articles, --workers ${options.workers}`,
      `  ${r.finished ? 'finished' : r.exitCode === null ? `stopped after ${r.seconds.toFixed(0)} s` : `failed (exit code ${r.exitCode})`}: ${r.summary}`,
      `  peak RSS ${r.peakRssMb.toFixed(0)} MB (goal < 500 MB); RSS growth after the first 10% read ${r.rssSlopeMbPer100k.toFixed(0)} MB per 100,000 articles`,
      `  ${r.articles} articles in ${r.seconds.toFixed(0)} s (${r.articlesPerSecond.toFixed(1)} articles/s, ${(r.articles / Math.max(r.cpuSeconds, 1e-9)).toFixed(1)} per CPU second); store ${r.storeMb.toFixed(0)} MB`,
      '  RSS over the run:',
      ...rssCurve(r, corpus.bytes, corpus.articles),
      `  samples: ${samplesFile}; figures: ${join(benchDir, 'stream.json')}`,
    ];
    process.stdout.write(lines.join('\n') + '\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2));
  if (options.only === 'stream') return runStream(options);
  const loadAtStart = loadavg()[0]!;
  const corpus = loadBenchCorpus({
    path: options.corpus,
    articles: options.articles,
    seed: options.seed,
    examplesDir: join(root, 'examples'),
    cacheDir: benchDir,
  });
  const articles = corpus.articles;
  progress(`corpus: ${articles.length} articles from ${corpus.file}`);
  const sentences = countSentences(articles);
  progress('newsgraph analysis pass');
  const analysis = measureAnalysis(articles, sentences, options.warmup);
  const analysing = options.only === null || options.only === 'analysis';
  let stages = null;
  let references = null;
  let workers = null;
  if (analysing) {
    progress('stage profile');
    stages = measureStages(analysis.analyzer.pipeline, articles);
    progress('wink-nlp pass');
    const wink = measureWink(articles, sentences, options.warmup);
    progress('compromise pass');
    const compromise = measureCompromise(articles, sentences, options.warmup);
    const ours = analysis.figures;
    references = {
      wink,
      compromise,
      versusWink: steadySeconds(wink) / steadySeconds(ours),
      versusCompromise: steadySeconds(compromise) / steadySeconds(ours),
      versusWinkWall: wink.seconds / ours.seconds,
      versusCompromiseWall: compromise.seconds / ours.seconds,
    };
    progress(`worker threads: 1 and ${options.workers}`);
    workers = await measureWorkers(articles, sentences, [options.workers], options.warmup);
  }
  const store = options.only === 'analysis' ? null : await measureStore(options, analysis.records);
  const partial: Omit<BenchReport, 'goals'> = {
    when: new Date().toISOString(),
    machine: describeMachine(),
    load: { start: loadAtStart, end: loadavg()[0]! },
    options,
    corpus: { file: corpus.file, generated: corpus.generated, articles: articles.length, sentences, megabytes: corpusMegabytes(articles) },
    analysis: analysis.figures,
    stages,
    references,
    workers,
    store,
  };
  const report: BenchReport = { ...partial, goals: checkGoals(partial) };
  mkdirSync(benchDir, { recursive: true });
  writeFileSync(join(benchDir, 'last.json'), JSON.stringify(report, null, 2) + '\n');
  const cpuSplit = workers ? describeWorkerCpu(workers, availableParallelism()) : [];
  const cpuLines = cpuSplit.length ? `\n\nworker threads, CPU by thread:\n${cpuSplit.join('\n')}` : '';
  process.stdout.write(formatReport(report) + cpuLines + `\n\nwritten to ${join(benchDir, 'last.json')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${(error as Error).message ?? String(error)}\n`);
  process.exitCode = 1;
});
