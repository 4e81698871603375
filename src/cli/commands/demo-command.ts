import { fileURLToPath } from 'node:url';
import { openStore } from '../../store/open-store.js';
import { writeLine } from '../cli-io.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { eventLine } from '../format/pretty-record.js';
import { ingest, ingestExit, summaryLines } from './ingest-command.js';
import { dbLocation, dbOption } from './shared-options.js';
import { statsLines } from './stats-command.js';

/** The bundled example articles. */
export const EXAMPLES_DIR = fileURLToPath(new URL('../../../examples/', import.meta.url));

/** `newsgraph demo`: ingests the bundled examples and prints what was found. */
export const demoCommand: Command = {
  name: 'demo',
  summary: 'Ingest the bundled example articles into a store and print what was found.',
  synopsis: '[--db path]',
  description: `
Reads every example (text files, HTML pages, RSS and Atom feeds, JSON Lines) from the
project's examples/ folder into the store (./newsgraph.db unless --db or NEWSGRAPH_DB
says otherwise), then prints the store's counts, the events found and the claims with
their sources. Running it again changes nothing in the store.`,
  positionals: false,
  options: { ...dbOption },
  async run(args, io) {
    const db = dbLocation(args, io.env);
    const store = await openStore(db);
    try {
      const summary = await ingest([EXAMPLES_DIR], store, io, args, 'demo');
      for (const line of summaryLines(summary, db)) writeLine(io.stdout, line);
      writeLine(io.stdout);
      for (const line of statsLines(await store.stats())) writeLine(io.stdout, line);
      const events = await store.events({ limit: 25 });
      if (events.length) {
        writeLine(io.stdout);
        writeLine(io.stdout, `Events (first ${events.length}; newsgraph events lists them all):`);
        for (const e of events) writeLine(io.stdout, `  ${eventLine(e)}`);
      }
      writeLine(io.stdout);
      writeLine(io.stdout, 'Next: newsgraph search drones · newsgraph events --actor IRN · newsgraph show <id> --format pretty');
      return summary.failed.length ? ingestExit(summary) : EXIT.ok;
    } finally {
      await store.close();
    }
  },
};
