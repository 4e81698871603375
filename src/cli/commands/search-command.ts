import { writeLine } from '../cli-io.js';
import { choiceOption, dateOption, intOption, type Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { table } from '../format/table.js';
import { UsageError } from '../usage-error.js';
import { dbOption } from './shared-options.js';
import { withStore } from './with-store.js';

/** `newsgraph search`: full-text search over stored articles. */
export const searchCommand: Command = {
  name: 'search',
  summary: 'Full-text search over the stored articles, with snippets.',
  synopsis: '"query" [--since date] [--until date] [--limit n] [--format table|json]',
  description: `
The query uses SQLite FTS5 syntax: words (all must match), "exact phrases", OR, NOT,
prefix* and NEAR(a b). Matches in the snippet are marked «like this». A query that
matches more than 1,000 articles (after --since/--until) ranks the newest 1,000 of them.

Examples:
  newsgraph search drones
  newsgraph search '"military aid" AND Iran' --since 2024-01-01`,
  positionals: true,
  options: {
    ...dbOption,
    since: { type: 'string', value: 'date', help: 'Only articles published on or after this date.' },
    until: { type: 'string', value: 'date', help: 'Only articles published on or before this date.' },
    limit: { type: 'string', value: 'n', help: 'At most n results (default 20).' },
    format: { type: 'string', value: 'table|json', help: 'Output format (default table).' },
  },
  async run(args, io) {
    const query = args.positionals.join(' ').trim();
    if (!query) throw new UsageError('search needs a query, e.g. newsgraph search drones');
    const format = choiceOption(args, 'format', ['table', 'json'] as const, 'table');
    const hits = await withStore(args, io, (store) =>
      store.search(query, { limit: intOption(args, 'limit', 20), since: dateOption(args, 'since'), until: dateOption(args, 'until') }),
    );
    if (format === 'json') {
      writeLine(io.stdout, JSON.stringify(hits, null, 2));
    } else if (!hits.length) {
      writeLine(io.stdout, `no articles match ${JSON.stringify(query)}`);
    } else {
      const rows = hits.map((h) => [h.id.slice(0, 12), h.published?.slice(0, 10) ?? '', h.title ?? '', h.snippet]);
      writeLine(io.stdout, table(['id', 'published', 'title', 'snippet'], rows, 70));
    }
    return hits.length ? EXIT.ok : EXIT.notFound;
  },
};
