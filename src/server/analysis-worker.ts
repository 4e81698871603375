import { parentPort } from 'node:worker_threads';
import { createAnalyzer } from '../analyze/analyzer.js';
import type { AnalysisJob, AnalysisReply } from './analysis-messages.js';

const port = parentPort;
if (!port) throw new Error('analysis-worker runs as a worker thread (see analysis-runner.ts), not on its own');
const analyzer = createAnalyzer();
const reply = (message: AnalysisReply): void => port.postMessage(message);
port.on('message', (job: AnalysisJob) => {
  try {
    reply({ type: 'done', id: job.id, record: analyzer.analyze(job.article) });
  } catch (e) {
    reply({ type: 'failed', id: job.id, message: (e as Error).message });
  }
});
reply({ type: 'ready' });
