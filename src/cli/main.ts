import { DataFileError } from '../data/data-file.js';
import { StoreError } from '../store/store-error.js';
import { processIo, writeLine, type CliIo } from './cli-io.js';
import { commandHelp, parseCommandArgs, type Command } from './command.js';
import { EXIT } from './exit-codes.js';
import { UsageError } from './usage-error.js';
import { version } from './version.js';
import { limitHeapGrowth } from './heap-growth.js';

/**
 * Every command's name and how to load it, in the order `newsgraph --help` lists them. A command's
 * module, and what it imports (the store, the readers, the queue, the server), is loaded only when
 * the command runs, so a long ingest does not carry the rest in its memory.
 */
const COMMAND_LOADERS: readonly (readonly [string, () => Promise<Command>])[] = [
  ['analyze', async () => (await import('./commands/analyze-command.js')).analyzeCommand],
  ['ingest', async () => (await import('./commands/ingest-command.js')).ingestCommand],
  ['search', async () => (await import('./commands/search-command.js')).searchCommand],
  ['show', async () => (await import('./commands/show-command.js')).showCommand],
  ['events', async () => (await import('./commands/events-command.js')).eventsCommand],
  ['explain', async () => (await import('./commands/explain-command.js')).explainCommand],
  ['stats', async () => (await import('./commands/stats-command.js')).statsCommand],
  ['stories', async () => (await import('./commands/stories-command.js')).storiesCommand],
  ['dyad', async () => (await import('./commands/dyad-command.js')).dyadCommand],
  ['entity', async () => (await import('./commands/entity-command.js')).entityCommand],
  ['claims', async () => (await import('./commands/claims-command.js')).claimsCommand],
  ['export', async () => (await import('./commands/export-command.js')).exportCommand],
  ['demo', async () => (await import('./commands/demo-command.js')).demoCommand],
  ['serve', async () => (await import('./commands/serve-command.js')).serveCommand],
  ['enqueue', async () => (await import('./commands/enqueue-command.js')).enqueueCommand],
  ['worker', async () => (await import('./commands/worker-command.js')).workerCommand],
  ['queue-status', async () => (await import('./commands/queue-status-command.js')).queueStatusCommand],
  ['watch', async () => (await import('./commands/watch-command.js')).watchCommand],
];

/** The names of every command, for the error on an unknown one. */
const COMMAND_NAMES: readonly string[] = COMMAND_LOADERS.map(([name]) => name);

/** Loads the command of that name, or returns undefined for an unknown name. */
export async function loadCommand(name: string): Promise<Command | undefined> {
  return COMMAND_LOADERS.find(([n]) => n === name)?.[1]();
}

/** Loads every command, in the order `newsgraph --help` lists them. */
export async function loadCommands(): Promise<readonly Command[]> {
  return Promise.all(COMMAND_LOADERS.map(([, load]) => load()));
}

function mainHelp(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return [
    'newsgraph: who did what to whom, who says so, when and where — with the evidence.',
    '',
    'Usage: newsgraph <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    '',
    'Run "newsgraph <command> --help" for a command\'s options and examples.',
    'Exit codes: 0 ok, 1 some inputs failed, 2 usage error, 3 store error, 4 not found, 5 no input readable.',
    '',
  ].join('\n');
}

/** Runs the command line; returns the exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' && rest[0] ? await loadCommand(rest[0]) : undefined;
    io.stdout.write(topic ? commandHelp(topic) : mainHelp(await loadCommands()));
    return EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    writeLine(io.stdout, version());
    return EXIT.ok;
  }
  const command = await loadCommand(name);
  if (!command) {
    writeLine(io.stderr, `newsgraph: unknown command '${name}'; expected one of ${COMMAND_NAMES.join(', ')}`);
    return EXIT.usage;
  }
  try {
    const args = parseCommandArgs(command, rest);
    if (args.values.help) {
      io.stdout.write(commandHelp(command));
      return EXIT.ok;
    }
    limitHeapGrowth();
    return await command.run(args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      writeLine(io.stderr, `newsgraph ${command.name}: ${e.message}`);
      writeLine(io.stderr, `Usage: newsgraph ${command.name} ${command.synopsis}  (--help for more)`);
      return EXIT.usage;
    }
    if (e instanceof StoreError) {
      writeLine(io.stderr, `newsgraph: ${e.message}`);
      return e.code === 'bad-query' ? EXIT.usage : EXIT.store;
    }
    if (e instanceof DataFileError) {
      writeLine(io.stderr, `newsgraph: ${e.message}`);
      return EXIT.usage;
    }
    throw e;
  }
}
