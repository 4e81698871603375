import { resolve } from 'node:path';
import { startAnalysisRunner } from '../../server/analysis-runner.js';
import { createApp } from '../../server/create-app.js';
import { isLoopbackHost } from '../../server/is-loopback-host.js';
import { listen } from '../../server/listen.js';
import { openStore } from '../../store/open-store.js';
import { writeLine } from '../cli-io.js';
import { intOption, stringOption, type Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { version } from '../version.js';
import { UsageError } from '../usage-error.js';
import { dbLocation, dbOption, kbOption } from './shared-options.js';

const MIN_TOKEN_LENGTH = 16;
const MAX_QUEUE = 16;

function portOption(value: string): number {
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) throw new UsageError(`--port expects a port number from 0 to 65535; got '${value}'`);
  return Number(value);
}

function waitForSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** `newsgraph serve`: the HTTP API (and the built UI) over a store, until SIGINT or SIGTERM. */
export const serveCommand: Command = {
  name: 'serve',
  summary: 'Serve the HTTP API (and the web UI when built) over the store.',
  synopsis: '[--db path] [--port 8080] [--host 127.0.0.1] [--token secret] [--timeout seconds] [--kb file.json]...',
  description: `
Listens on 127.0.0.1 by default. On any other host every POST needs "Authorization: Bearer
<token>" with the token of --token or NEWSGRAPH_TOKEN (at least ${MIN_TOKEN_LENGTH} characters), and the
server refuses to start without one; a token given on loopback is required as well.
The API is described at /api/openapi.json. Analyses run in a worker thread, one at a time,
each stopped after --timeout seconds, with the knowledge base and the --kb files (as analyze
and ingest take them). Ctrl-C stops the server.

Examples:
  newsgraph serve --db corpus.db
  newsgraph serve --db corpus.db --kb my-people.json
  NEWSGRAPH_TOKEN=$(openssl rand -hex 16) newsgraph serve --host 0.0.0.0 --port 8080`,
  positionals: false,
  options: {
    ...dbOption,
    ...kbOption,
    port: { type: 'string', short: 'p', value: 'n', help: 'The port (default 8080; 0 picks a free one).' },
    host: { type: 'string', value: 'address', help: 'The address to listen on (default 127.0.0.1).' },
    token: { type: 'string', value: 'secret', help: 'The bearer token POST requests need (default NEWSGRAPH_TOKEN).' },
    timeout: { type: 'string', value: 'seconds', help: 'Longest one analysis may run (default 30).' },
  },
  async run(args, io) {
    const host = stringOption(args, 'host', '127.0.0.1');
    const port = portOption(stringOption(args, 'port', '8080'));
    const timeoutMs = intOption(args, 'timeout', 30) * 1000;
    const token = stringOption(args, 'token') ?? (io.env.NEWSGRAPH_TOKEN || null);
    if (token !== null && token.length < MIN_TOKEN_LENGTH) throw new UsageError(`the token must have at least ${MIN_TOKEN_LENGTH} characters; got ${token.length}`);
    if (!isLoopbackHost(host) && token === null) {
      throw new UsageError(`refusing to listen on ${host} without a token: give --token or NEWSGRAPH_TOKEN (or listen on 127.0.0.1)`);
    }
    const db = dbLocation(args, io.env);
    const store = await openStore(db);
    const kb = args.values.kb;
    const kbFiles = Array.isArray(kb) ? kb.map((file) => resolve(io.cwd, String(file))) : [];
    const analysis = startAnalysisRunner({ timeoutMs, maxQueue: MAX_QUEUE, kbFiles });
    try {
      await analysis.ready;
      const app = createApp({ store, analysis, version: version(), token, log: (line) => writeLine(io.stderr, line) });
      const server = await listen(app, host, port).catch((e: Error) => {
        throw new UsageError(`cannot listen on ${host}:${port}: ${e.message}`);
      });
      writeLine(io.stdout, `newsgraph: serving ${db} at ${server.url} (API description at ${server.url}/api/openapi.json)${token ? '; POST needs the token' : ''}`);
      const signal = await waitForSignal();
      writeLine(io.stdout, `newsgraph: ${signal}, stopping`);
      await server.close();
      return EXIT.ok;
    } finally {
      await analysis.close();
      await store.close();
    }
  },
};
