import { parentPort, workerData } from 'node:worker_threads';
import { DataFileError } from '../../data/data-file.js';
import { loadKnowledgeBase } from '../../kb/knowledge-base.js';
import { createAnalyzer, type Analyzer } from '../analyzer.js';
import type { PoolBatch, PoolJob, PoolReply, PoolResult, PoolWorkerData } from './pool-messages.js';

const port = parentPort;
if (!port) throw new Error('pool-worker runs as a worker thread (see analysis-pool.ts), not on its own');
const reply = (message: PoolReply): void => port.postMessage(message);
const { kbFiles } = workerData as PoolWorkerData;

function analyzeOne(analyzer: Analyzer, job: PoolJob): PoolResult {
  try {
    return { id: job.id, json: JSON.stringify(analyzer.analyze(job.article)) };
  } catch (e) {
    return { id: job.id, message: (e as Error).message };
  }
}

/** The batch stage by stage; when an article makes a stage throw, every article again on its own, so only that one fails. */
function analyzeBatch(analyzer: Analyzer, jobs: readonly PoolJob[]): PoolResult[] {
  if (jobs.length === 1) return [analyzeOne(analyzer, jobs[0]!)];
  let records;
  try {
    records = analyzer.analyzeAll(jobs.map((j) => j.article));
  } catch {
    return jobs.map((j) => analyzeOne(analyzer, j));
  }
  return jobs.map((j, i) => ({ id: j.id, json: JSON.stringify(records[i]) }));
}

let analyzer: Analyzer | null = null;
try {
  analyzer = createAnalyzer(kbFiles.length ? { kb: loadKnowledgeBase({ extraFiles: [...kbFiles] }) } : {});
} catch (e) {
  const dataFile = e instanceof DataFileError ? { file: e.file, detail: e.detail } : null;
  reply({ type: 'unavailable', message: (e as Error).message, dataFile });
}
if (analyzer) {
  const ready = analyzer;
  port.on('message', (message: PoolBatch) => reply({ type: 'done', batch: message.batch, results: analyzeBatch(ready, message.jobs) }));
  reply({ type: 'ready' });
}
