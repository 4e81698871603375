import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startAnalysisRunner } from '../../src/server/analysis-runner.js';
import { createApp } from '../../src/server/create-app.js';
import { listen } from '../../src/server/listen.js';
import { openStore } from '../../src/store/open-store.js';
import { runCli } from '../cli/run-cli.js';

/** The chromium the browser tests drive: Debian's, unless `NEWSGRAPH_CHROMIUM` names another. */
export const CHROMIUM = process.env.NEWSGRAPH_CHROMIUM || '/usr/bin/chromium';

/** The package root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The built UI the server serves. */
export const WEB_ROOT = path.join(ROOT, 'web', 'dist');

/** Why the browser tests cannot run here, or null when they can. */
export function browserMissing(): string | null {
  if (!existsSync(CHROMIUM)) return `${CHROMIUM} is not installed (apt-get install chromium, or set NEWSGRAPH_CHROMIUM); browser tests skipped`;
  return null;
}

/** A server over a seeded store, serving the built UI. */
export interface UiServer {
  readonly url: string;
  close(): Promise<void>;
}

/** A folder of inputs ingested before the server starts, with `examples/` by default. */
export async function startUiServer(inputs: readonly string[] = [path.join(ROOT, 'examples')]): Promise<UiServer> {
  if (!existsSync(path.join(WEB_ROOT, 'index.html'))) throw new Error(`expected the built UI at ${WEB_ROOT}; run npm run build first`);
  const db = path.join(mkdtempSync(path.join(tmpdir(), 'newsgraph-ui-')), 'ui.db');
  const ingest = await runCli(['ingest', ...inputs, '--db', db]);
  if (ingest.code !== 0) throw new Error(`ingest failed (${ingest.code}): ${ingest.stderr}`);
  const store = await openStore(db);
  const analysis = startAnalysisRunner({ timeoutMs: 60_000, maxQueue: 16 });
  const app = createApp({ store, analysis, version: '0.0.0-test', webRoot: WEB_ROOT, rateLimit: { burst: 1000, perSecond: 1000 }, log: (line) => process.stderr.write(`${line}\n`) });
  const server = await listen(app, '127.0.0.1', 0);
  return {
    url: server.url,
    close: async () => {
      await server.close();
      await analysis.close();
      await store.close();
    },
  };
}

/** Debian chromium, headless, with nothing fetched from the network on its own. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A page at 1280×800 that records console errors, uncaught exceptions and dialogs (none should happen). */
export interface WatchedPage {
  readonly page: Page;
  /** Console errors (CSP violations among them) and uncaught exceptions. */
  readonly errors: string[];
  /** Dialogs opened (alert, confirm, prompt), each dismissed. */
  readonly dialogs: string[];
  /** Requests that left the server under test. */
  readonly offsite: string[];
}

/** Opens a watched page in a fresh context; `bypassCSP` turns the server's Content-Security-Policy off, to test the UI's own escaping. */
export async function watchedPage(browser: Browser, base: string, options: { readonly bypassCSP?: boolean } = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, baseURL: base, bypassCSP: options.bypassCSP ?? false });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  const dialogs: string[] = [];
  const offsite: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(base) && !r.url().startsWith('data:')) offsite.push(r.url());
  });
  return { page, errors, dialogs, offsite };
}

/** Goes to a path and waits until the UI has shown its page. */
export async function visit(page: Page, pathname: string): Promise<void> {
  await page.goto(pathname);
  await page.waitForSelector('main:not([aria-busy])');
}

/** Waits until a navigation inside the UI has shown its page. */
export async function settled(page: Page): Promise<void> {
  await page.waitForSelector('main:not([aria-busy])');
}
