import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createAnalyzer } from '../src/analyze/analyzer.js';
import { createDoc, type Doc, type Token } from '../src/analyze/document.js';
import { runPipeline, type Stage } from '../src/analyze/pipeline.js';
import { loadBenchCorpus } from './bench-corpus.js';

const USAGE = `usage: tsx bench/profile-stages.ts [--articles N] [--seed N] [--stages a,b] [--runs N] [--profile file.cpuprofile] [--top N]

Runs the analysis pipeline over the bench corpus, keeps each article's input to the chosen stages
(all by default), then runs those stages again over fresh copies of their inputs --runs times, one
stage over every article before the next, and prints each stage's CPU time per pass (process.cpuUsage:
other programs on the machine do not count).
With --profile, the timed passes are CPU-profiled (V8 sampling profiler) into that file, and the
functions with the most self time are printed (--top, 25 by default). Profile a build (dist/) for
line numbers that match the sources; under tsx the positions are those of the transpiled code.`;

/** The inputs of the chosen stages for one article, in pipeline order. */
type ArticleInputs = readonly { readonly stage: Stage; readonly doc: Doc }[];

/** Self time of one function of a CPU profile. */
interface HotFunction {
  readonly name: string;
  readonly where: string;
  readonly ms: number;
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

const cpuMs = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

/**
 * The inputs of one article with a new token list, shared by its stages as in the pipeline: stages
 * keep per-document work in WeakMaps keyed by `doc.tokens` (lower-cased words, the attribution
 * context), which a second pass must not find but a later stage of the same pass may.
 */
function freshCopy(inputs: ArticleInputs): ArticleInputs {
  const copies = new Map<readonly Token[], readonly Token[]>();
  return inputs.map(({ stage, doc }) => {
    let tokens = copies.get(doc.tokens);
    if (!tokens) copies.set(doc.tokens, (tokens = doc.tokens.slice()));
    return { stage, doc: { ...doc, tokens } };
  });
}

/** Functions of a CPU profile by self time, most first. */
function hotFunctions(profile: CpuProfile, top: number): HotFunction[] {
  const byNode = new Map<number, number>();
  profile.samples.forEach((id, i) => byNode.set(id, (byNode.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byFunction = new Map<string, HotFunction>();
  for (const node of profile.nodes) {
    const us = byNode.get(node.id);
    if (!us) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url ? `${url.replace(/^.*\/(src|dist)\//, '$1/')}:${lineNumber + 1}` : '';
    const key = `${functionName}\u0000${where}`;
    const known = byFunction.get(key);
    byFunction.set(key, { name: functionName || '(anonymous)', where, ms: (known?.ms ?? 0) + us / 1000 });
  }
  return [...byFunction.values()].sort((a, b) => b.ms - a.ms).slice(0, top);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '2000' },
      seed: { type: 'string', default: '1' },
      stages: { type: 'string' },
      runs: { type: 'string', default: '3' },
      profile: { type: 'string' },
      top: { type: 'string', default: '25' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const root = fileURLToPath(new URL('..', import.meta.url));
  const { articles } = loadBenchCorpus({
    path: null,
    articles: Number(values.articles),
    seed: Number(values.seed),
    examplesDir: join(root, 'examples'),
    cacheDir: join(root, '.bench'),
  });
  const analyzer = createAnalyzer();
  const chosen = values.stages?.split(',') ?? [];
  const names = analyzer.pipeline.map((s) => s.name).filter((n) => chosen.length === 0 || chosen.includes(n));
  const unknown = chosen.filter((n) => !analyzer.pipeline.some((s) => s.name === n));
  if (unknown.length > 0) throw new Error(`unknown stage(s) ${unknown.join(', ')}; the stages are ${analyzer.pipeline.map((s) => s.name).join(', ')}`);
  const inputs: ArticleInputs[] = articles.map((article) => {
    const kept: { stage: Stage; doc: Doc }[] = [];
    let doc = createDoc(article);
    for (const stage of analyzer.pipeline) {
      if (names.includes(stage.name)) kept.push({ stage, doc });
      doc = runPipeline([stage], doc);
    }
    return kept;
  });
  const runs = Number(values.runs);
  const passes = Array.from({ length: runs }, () => inputs.map(freshCopy));
  const session = values.profile ? new Session() : null;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  const ms = new Map<string, number>();
  for (const pass of passes) {
    for (let k = 0; k < names.length; k++) {
      const since = process.cpuUsage();
      for (const article of pass) article[k]!.stage.run(article[k]!.doc);
      ms.set(names[k]!, (ms.get(names[k]!) ?? 0) + cpuMs(since));
    }
  }
  const total = [...ms.values()].reduce((a, b) => a + b, 0);
  process.stdout.write(`${articles.length} articles, ${runs} pass(es); CPU ms per pass by stage:\n`);
  for (const [name, t] of [...ms].sort((a, b) => b[1] - a[1])) {
    process.stdout.write(`  ${name.padEnd(12)} ${(t / runs).toFixed(0).padStart(7)} ms  ${((100 * t) / total).toFixed(1).padStart(5)}%\n`);
  }
  if (session && values.profile) {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(values.profile, JSON.stringify(profile));
    process.stdout.write(`profile written to ${values.profile}; self time by function:\n`);
    for (const f of hotFunctions(profile as unknown as CpuProfile, Number(values.top))) {
      process.stdout.write(`  ${f.ms.toFixed(0).padStart(7)} ms  ${f.name} ${f.where}\n`);
    }
    session.disconnect();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`profile-stages: ${(error as Error).message ?? String(error)}\n`);
  process.exitCode = 1;
});
