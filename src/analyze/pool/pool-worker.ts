import { parentPort, workerData } from 'node:worker_threads';
import { DataFileError } from '../../data/data-file.js';
import { loadKnowledgeBase } from '../../kb/knowledge-base.js';
import { createAnalyzer, type Analyzer } from '../analyzer.js';
import type { PoolJob, PoolReply, PoolWorkerData } from './pool-messages.js';

const port = parentPort;
if (!port) throw new Error('pool-worker runs as a worker thread (see analysis-pool.ts), not on its own');
const reply = (message: PoolReply): void => port.postMessage(message);
const { kbFiles } = workerData as PoolWorkerData;

let analyzer: Analyzer | null = null;
try {
  analyzer = createAnalyzer(kbFiles.length ? { kb: loadKnowledgeBase({ extraFiles: [...kbFiles] }) } : {});
} catch (e) {
  const dataFile = e instanceof DataFileError ? { file: e.file, detail: e.detail } : null;
  reply({ type: 'unavailable', message: (e as Error).message, dataFile });
}
if (analyzer) {
  const ready = analyzer;
  port.on('message', (job: PoolJob) => {
    try {
      reply({ type: 'done', id: job.id, json: JSON.stringify(ready.analyze(job.article)) });
    } catch (e) {
      reply({ type: 'failed', id: job.id, message: (e as Error).message });
    }
  });
  reply({ type: 'ready' });
}
