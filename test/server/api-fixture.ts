import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAnalyzer } from '../../src/analyze/analyzer.js';
import type { AnalysisRecord } from '../../src/analyze/record.js';
import { createCorpusLinker } from '../../src/corpus/corpus-linker.js';
import { readInputs } from '../../src/read/read-inputs.js';
import { startAnalysisRunner, type AnalysisRunner } from '../../src/server/analysis-runner.js';
import { createApp, type ApiApp, type AppOptions } from '../../src/server/create-app.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';

/** An app over an in-memory store with a real analysis worker, and how to close it. */
export interface TestApi {
  readonly app: ApiApp;
  readonly store: Store;
  readonly analysis: AnalysisRunner;
  close(): Promise<void>;
}

/** An empty folder for a web root without a built UI. */
export function emptyFolder(): string {
  return mkdtempSync(path.join(tmpdir(), 'newsgraph-web-'));
}

/**
 * Starts an app for tests (rate limit out of the way unless given); `timeoutMs` and `maxQueue` set the
 * analysis worker's limits, `db` the store (an in-memory SQLite one by default).
 */
export async function testApi(options: Partial<Omit<AppOptions, 'store' | 'analysis'>> & { timeoutMs?: number; maxQueue?: number; db?: string } = {}): Promise<TestApi> {
  const { timeoutMs = 120_000, maxQueue = 8, db = ':memory:', ...rest } = options;
  const store = await openStore(db);
  const analysis = startAnalysisRunner({ timeoutMs, maxQueue });
  const app = createApp({ store, analysis, version: '0.0.0-test', webRoot: emptyFolder(), rateLimit: { burst: 1000, perSecond: 1000 }, ...rest });
  return {
    app,
    store,
    analysis,
    close: async () => {
      await analysis.close();
      await store.close();
    },
  };
}

/** A request from a given client address, as the node server would bind it. */
export function fromAddress(address: string): { incoming: { socket: { remoteAddress: string } } } {
  return { incoming: { socket: { remoteAddress: address } } };
}

/** The bundled example articles (every format), read from `examples/`. */
export const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));

/** An app over a store holding every example article, analysed and linked into stories as `ingest` does. */
export async function seededApi(options: Parameters<typeof testApi>[0] = {}): Promise<TestApi & { readonly records: readonly AnalysisRecord[] }> {
  const api = await testApi(options);
  const analyzer = createAnalyzer();
  const records: AnalysisRecord[] = [];
  for await (const outcome of readInputs([EXAMPLES])) {
    if (!outcome.ok) throw new Error(`cannot read an example: ${outcome.error.message}`);
    records.push(analyzer.analyze(outcome.article));
  }
  await api.store.putRecords(records);
  await createCorpusLinker(api.store).link();
  return { ...api, records };
}
