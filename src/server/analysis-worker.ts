import { parentPort, workerData } from 'node:worker_threads';
import { createAnalyzer, type Analyzer } from '../analyze/analyzer.js';
import { DataFileError } from '../data/data-file.js';
import { loadKnowledgeBase } from '../kb/knowledge-base.js';
import type { AnalysisJob, AnalysisReply, AnalysisWorkerData } from './analysis-messages.js';

const port = parentPort;
if (!port) throw new Error('analysis-worker runs as a worker thread (see analysis-runner.ts), not on its own');
const reply = (message: AnalysisReply): void => port.postMessage(message);
const { kbFiles } = (workerData ?? { kbFiles: [] }) as AnalysisWorkerData;

let analyzer: Analyzer | null = null;
try {
  analyzer = createAnalyzer({ kb: kbFiles.length ? loadKnowledgeBase({ extraFiles: kbFiles }) : undefined });
} catch (e) {
  if (!(e instanceof DataFileError)) throw e;
  reply({ type: 'data-file-error', file: e.file, detail: e.detail });
}
if (analyzer) {
  const ready = analyzer;
  port.on('message', (job: AnalysisJob) => {
    try {
      reply({ type: 'done', id: job.id, record: ready.analyze(job.article) });
    } catch (e) {
      reply({ type: 'failed', id: job.id, message: (e as Error).message });
    }
  });
  reply({ type: 'ready' });
}
