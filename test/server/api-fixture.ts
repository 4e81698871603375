import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
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

/** Starts an app for tests (rate limit out of the way unless given); `timeoutMs` and `maxQueue` set the analysis worker's limits. */
export async function testApi(options: Partial<Omit<AppOptions, 'store' | 'analysis'>> & { timeoutMs?: number; maxQueue?: number } = {}): Promise<TestApi> {
  const { timeoutMs = 120_000, maxQueue = 8, ...rest } = options;
  const store = await openStore(':memory:');
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
