import { loadKnowledgeBase, type KnowledgeBase } from '../../kb/knowledge-base.js';
import type { OptionSpec, ParsedArgs } from '../command.js';

/** Options of every command that reads inputs. */
export const readOptions: Readonly<Record<string, OptionSpec>> = {
  'allow-private': {
    type: 'boolean',
    help: 'Allow fetching URLs on loopback, private and link-local addresses (refused by default).',
  },
};

/** The `--kb` option: extra knowledge-base files. */
export const kbOption: Readonly<Record<string, OptionSpec>> = {
  kb: { type: 'string', multiple: true, value: 'file.json', help: 'Add knowledge-base entries from a JSON file (repeatable; see data/kb/README.md).' },
};

/** The `--db` option: the store location. */
export const dbOption: Readonly<Record<string, OptionSpec>> = {
  db: { type: 'string', value: 'path', help: 'The store (default ./newsgraph.db, or NEWSGRAPH_DB).' },
};

/** The knowledge base with the files of `--kb` added, or undefined for the bundled one. */
export function loadKbForCli(args: ParsedArgs): KnowledgeBase | undefined {
  const files = args.values.kb;
  if (!Array.isArray(files) || !files.length) return undefined;
  return loadKnowledgeBase({ extraFiles: files });
}

/** The store location from `--db`, NEWSGRAPH_DB, or ./newsgraph.db. */
export function dbLocation(args: ParsedArgs, env: Readonly<Record<string, string | undefined>>): string {
  const v = args.values.db;
  return typeof v === 'string' ? v : env.NEWSGRAPH_DB || 'newsgraph.db';
}
