import { writeLine } from '../cli-io.js';
import { choiceOption, type Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { prettyRecord } from '../format/pretty-record.js';
import { UsageError } from '../usage-error.js';
import { dbOption } from './shared-options.js';
import { withStore } from './with-store.js';

/** `newsgraph show`: prints a stored article's record, rebuilt from the store. */
export const showCommand: Command = {
  name: 'show',
  summary: 'Print the analysis record of a stored article (rebuilt from the store).',
  synopsis: '<id> [--format json|pretty]',
  description: `
The id may be shortened to any unique prefix, as "search" and "events" print it.
The JSON is the same record that "analyze" printed for the article.

Examples:
  newsgraph show 3f2a9c1b7d0e
  newsgraph show 3f2a --format pretty`,
  positionals: true,
  options: {
    ...dbOption,
    format: { type: 'string', short: 'f', value: 'json|pretty', help: 'Output format (default json).' },
  },
  async run(args, io) {
    const [prefix, ...extra] = args.positionals;
    if (!prefix || extra.length) throw new UsageError('show takes exactly one article id (or a unique prefix)');
    const format = choiceOption(args, 'format', ['json', 'pretty'] as const, 'json');
    const record = await withStore(args, io, async (store) => {
      const id = await store.resolveId(prefix);
      return id ? store.getRecord(id) : null;
    });
    if (!record) {
      writeLine(io.stderr, `newsgraph: no stored article has an id starting with '${prefix}'`);
      return EXIT.notFound;
    }
    io.stdout.write(format === 'pretty' ? `${prettyRecord(record)}\n` : `${JSON.stringify(record, null, 2)}\n`);
    return EXIT.ok;
  },
};
