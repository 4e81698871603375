import { once } from 'node:events';
import { createWriteStream, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Writable } from 'node:stream';
import type { Modality } from '../../analyze/record.js';
import { createCorpusLinker } from '../../corpus/corpus-linker.js';
import { eventExportRows } from '../../corpus/export/event-rows.js';
import { eventsCsv } from '../../corpus/export/events-csv.js';
import { eventsJsonl } from '../../corpus/export/events-jsonl.js';
import { graphGexf } from '../../corpus/export/graph-gexf.js';
import { graphGraphml } from '../../corpus/export/graph-graphml.js';
import { countryEntries } from '../../kb/country-entries.js';
import type { EventFilter, GraphFilter, Store } from '../../store/store.js';
import { choiceOption, dateOption, intOption, stringOption, type Command, type ParsedArgs } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { UsageError } from '../usage-error.js';
import { listOption } from './list-option.js';
import { dbOption } from './shared-options.js';
import { withStore } from './with-store.js';

const MODALITIES: readonly Modality[] = ['asserted', 'reported', 'alleged', 'denied', 'rumored', 'expected', 'negated', 'hypothetical'];
const EVENT_ONLY = ['actor', 'code'] as const;
const GRAPH_ONLY = ['level', 'min-events'] as const;

/** Where an export goes: standard output, or the file `--out` names, written under a temporary name and renamed when complete. */
interface Sink {
  readonly stream: Writable;
  /** Waits until everything written is flushed; puts the file of `--out` in place. */
  finish(): Promise<void>;
  /** Closes and removes the temporary file after a failure, so that no partial export is left and an older file is kept. */
  discard(): void;
}

/** Opens `--out` for writing, or takes stdout; fails before anything is read when the file cannot be created. */
async function openSink(args: ParsedArgs, cwd: string, stdout: Writable): Promise<Sink> {
  const out = stringOption(args, 'out');
  if (out === undefined) return { stream: stdout, finish: async () => {}, discard: () => {} };
  const path = resolve(cwd, out);
  const cannot = (why: string): UsageError => new UsageError(`--out: cannot write '${out}' (${why}); expected a file in an existing folder`);
  if (existsSync(path) && statSync(path).isDirectory()) throw cannot('it is a folder');
  const partial = `${path}.${process.pid}.partial`;
  const stream = createWriteStream(partial);
  try {
    await once(stream, 'open');
  } catch (e) {
    throw cannot((e as NodeJS.ErrnoException).code ?? (e as Error).message);
  }
  stream.on('error', () => {});
  return {
    stream,
    finish: async () => {
      stream.end();
      await once(stream, 'finish');
      renameSync(partial, path);
    },
    discard: () => {
      stream.destroy();
      rmSync(partial, { force: true });
    },
  };
}

/** Writes chunks in order, waiting for the stream to drain when its buffer is full: constant memory. Throws the stream's error, if any. */
async function writeAll(chunks: AsyncIterable<string> | Iterable<string>, stream: Writable): Promise<void> {
  for await (const chunk of chunks) {
    if (stream.errored) throw stream.errored;
    if (!stream.write(chunk)) await once(stream, 'drain');
  }
  if (stream.errored) throw stream.errored;
}

function onlyFor(args: ParsedArgs, kind: string, names: readonly string[]): void {
  const given = names.find((n) => args.values[n] !== undefined);
  if (given) throw new UsageError(`--${given} does not apply to 'export ${kind}'`);
}

function eventFilter(args: ParsedArgs): EventFilter {
  const code = stringOption(args, 'code');
  if (code !== undefined && !/^\d{2,4}$/.test(code)) throw new UsageError(`--code expects 2 to 4 digits of a CAMEO code; got '${code}'`);
  const actor = stringOption(args, 'actor')?.toUpperCase();
  if (actor !== undefined && !/^[A-Z]{3,}$/.test(actor)) throw new UsageError(`--actor expects an actor code such as IRN or RUSGOV; got '${actor}'`);
  return { actor, code, since: dateOption(args, 'since'), until: dateOption(args, 'until'), modality: listOption(args, 'modality', MODALITIES) };
}

function graphFilter(args: ParsedArgs): GraphFilter {
  return {
    since: dateOption(args, 'since'),
    until: dateOption(args, 'until'),
    modality: listOption(args, 'modality', MODALITIES),
    level: choiceOption(args, 'level', ['country', 'actor'] as const, 'country'),
    minEvents: intOption(args, 'min-events', 1),
  };
}

function describeGraph(filter: GraphFilter): string {
  const parts = [`newsgraph actor graph at ${filter.level} level`];
  if (filter.since || filter.until) parts.push(`events ${filter.since ?? '…'} to ${filter.until ?? '…'}`);
  if (filter.modality) parts.push(`modalities ${filter.modality.join(', ')}`);
  return parts.join('; ');
}

/** The label of a graph node: the country's name for a country code, else the code. */
function nodeLabel(names: ReadonlyMap<string, { readonly name: string }>): (id: string) => string {
  return (id) => names.get(id)?.name ?? id;
}

/** What an export does once the store is open: reads it and writes the export to a stream. */
type ExportWork = (store: Store, out: Writable) => Promise<void>;

/** The events export the arguments ask for; options are checked before anything is opened. */
function eventsWork(args: ParsedArgs): ExportWork {
  const format = choiceOption(args, 'format', ['csv', 'jsonl'] as const, 'csv');
  const filter = eventFilter(args);
  return async (store, out) => {
    await createCorpusLinker(store).link();
    const rows = eventExportRows(store, filter, new Set(countryEntries().countries.keys()));
    await writeAll(format === 'csv' ? eventsCsv(rows) : eventsJsonl(rows), out);
  };
}

/** The graph export the arguments ask for. */
function graphWork(args: ParsedArgs): ExportWork {
  const format = choiceOption(args, 'format', ['gexf', 'graphml'] as const, 'gexf');
  const filter = graphFilter(args);
  return async (store, out) => {
    const graph = await store.graph(filter);
    const options = { label: nodeLabel(countryEntries().countries), description: describeGraph(filter) };
    await writeAll([format === 'gexf' ? graphGexf(graph, options) : graphGraphml(graph, options)], out);
  };
}

/** `newsgraph export`: the stored events as CSV or JSON Lines, or the actor graph as GEXF or GraphML. */
export const exportCommand: Command = {
  name: 'export',
  summary: 'Export the events (CSV, JSON Lines) or the actor graph (GEXF, GraphML, for Gephi).',
  synopsis: 'events|graph [--format csv|jsonl|gexf|graphml] [--out file] [--since date] [--until date] [--modality list] [--actor IRN] [--code 07] [--level country|actor] [--min-events n]',
  description: `
export events streams every event that passes the filters, newest first, one row each, in
the column set of docs/exports.md (ids, dates and where they come from, actors with codes and
countries, CAMEO code, root, quad class, Goldstein, PLOVER type, modality, who claims it,
story, copy, location, URL, outlet, evidence). --format csv (default; RFC 4180 with a header
record) or jsonl. Memory stays constant on any store.
export graph writes actors as nodes and directed dyads as edges weighted by their events, with
mean Goldstein scores and events per quad class: --format gexf (default; GEXF 1.3) or graphml,
both open in Gephi. --level country (default) joins an actor's codes by country; --level actor
keeps whole codes (IRNGOV, IRNMIL); --min-events leaves out thinner edges.
Output goes to standard output, or to the file --out names.

Examples:
  newsgraph export events --format csv --out events.csv
  newsgraph export events --actor IRN --code 07 --since 2024-01 --format jsonl
  newsgraph export graph --format gexf --since 2024 --out actors.gexf
  newsgraph export graph --format graphml --level actor --min-events 2`,
  positionals: true,
  options: {
    ...dbOption,
    format: { type: 'string', short: 'f', value: 'format', help: 'events: csv (default) or jsonl; graph: gexf (default) or graphml.' },
    out: { type: 'string', short: 'o', value: 'file', help: 'Write to this file instead of standard output.' },
    since: { type: 'string', value: 'date', help: 'Events on or after this date.' },
    until: { type: 'string', value: 'date', help: 'Events on or before this date.' },
    modality: { type: 'string', value: 'list', help: `Comma-separated modalities (${MODALITIES.join(', ')}).` },
    actor: { type: 'string', value: 'code', help: 'events: source or target actor code prefix, e.g. IRN.' },
    code: { type: 'string', value: 'cameo', help: 'events: CAMEO code prefix, e.g. 07.' },
    level: { type: 'string', value: 'country|actor', help: 'graph: nodes are countries (default) or whole actor codes.' },
    'min-events': { type: 'string', value: 'n', help: 'graph: leave out edges with fewer events (default 1).' },
  },
  async run(args, io) {
    const [kind, ...extra] = args.positionals;
    if ((kind !== 'events' && kind !== 'graph') || extra.length) {
      throw new UsageError(`export needs one of events, graph; got ${args.positionals.length ? `'${args.positionals.join(' ')}'` : 'nothing'}`);
    }
    if (kind === 'events') onlyFor(args, kind, GRAPH_ONLY);
    else onlyFor(args, kind, EVENT_ONLY);
    const work = kind === 'events' ? eventsWork(args) : graphWork(args);
    const sink = await openSink(args, io.cwd, io.stdout);
    try {
      await withStore(args, io, (store) => work(store, sink.stream));
      await sink.finish();
    } catch (e) {
      sink.discard();
      throw e;
    }
    return EXIT.ok;
  },
};
