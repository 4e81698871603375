import { readFileSync } from 'node:fs';
import { DataFileError } from '../data/data-file.js';
import { StoreError } from '../store/store-error.js';
import { processIo, writeLine, type CliIo } from './cli-io.js';
import { commandHelp, parseCommandArgs, type Command } from './command.js';
import { analyzeCommand } from './commands/analyze-command.js';
import { claimsCommand } from './commands/claims-command.js';
import { demoCommand } from './commands/demo-command.js';
import { dyadCommand } from './commands/dyad-command.js';
import { entityCommand } from './commands/entity-command.js';
import { enqueueCommand } from './commands/enqueue-command.js';
import { eventsCommand } from './commands/events-command.js';
import { explainCommand } from './commands/explain-command.js';
import { exportCommand } from './commands/export-command.js';
import { ingestCommand } from './commands/ingest-command.js';
import { queueStatusCommand } from './commands/queue-status-command.js';
import { searchCommand } from './commands/search-command.js';
import { serveCommand } from './commands/serve-command.js';
import { showCommand } from './commands/show-command.js';
import { statsCommand } from './commands/stats-command.js';
import { storiesCommand } from './commands/stories-command.js';
import { watchCommand } from './commands/watch-command.js';
import { workerCommand } from './commands/worker-command.js';
import { EXIT } from './exit-codes.js';
import { UsageError } from './usage-error.js';

/** Every command, in the order `newsgraph --help` lists them. */
export const COMMANDS: readonly Command[] = [
  analyzeCommand,
  ingestCommand,
  searchCommand,
  showCommand,
  eventsCommand,
  explainCommand,
  statsCommand,
  storiesCommand,
  dyadCommand,
  entityCommand,
  claimsCommand,
  exportCommand,
  demoCommand,
  serveCommand,
  enqueueCommand,
  workerCommand,
  queueStatusCommand,
  watchCommand,
];

/** The package version. */
export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
  return [
    'newsgraph: who did what to whom, who says so, when and where — with the evidence.',
    '',
    'Usage: newsgraph <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
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
    const topic = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    io.stdout.write(topic ? commandHelp(topic) : mainHelp());
    return EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    writeLine(io.stdout, version());
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    writeLine(io.stderr, `newsgraph: unknown command '${name}'; expected one of ${COMMANDS.map((c) => c.name).join(', ')}`);
    return EXIT.usage;
  }
  try {
    const args = parseCommandArgs(command, rest);
    if (args.values.help) {
      io.stdout.write(commandHelp(command));
      return EXIT.ok;
    }
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
