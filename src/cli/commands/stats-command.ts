import type { StoreStats } from '../../store/store.js';
import { writeLine } from '../cli-io.js';
import { choiceOption, type Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { dbOption } from './shared-options.js';
import { withStore } from './with-store.js';

/** The stats of a store as readable lines. */
export function statsLines(s: StoreStats): string[] {
  const lines = [
    `articles ${s.articles}${s.published ? ` (published ${s.published.first} to ${s.published.last})` : ''}`,
    `entities ${s.entities} with ${s.mentions} mentions · quotes ${s.quotes} · claims ${s.claims} · events ${s.events} · times ${s.times}`,
  ];
  if (s.eventsByRoot.length) {
    lines.push('events by CAMEO root:');
    for (const r of s.eventsByRoot) lines.push(`  ${r.key} ${String(r.count).padStart(6)}`);
  }
  if (s.topActors.length) {
    lines.push(`top actors: ${s.topActors.map((a) => `${a.key} ${a.count}`).join(', ')}`);
  }
  return lines;
}

/** `newsgraph stats`: what the store holds. */
export const statsCommand: Command = {
  name: 'stats',
  summary: 'Counts of what the store holds: articles, entities, quotes, claims, events by root, top actors.',
  synopsis: '[--db path] [--format pretty|json]',
  description: `
Examples:
  newsgraph stats
  newsgraph stats --db corpus.db --format json`,
  positionals: false,
  options: {
    ...dbOption,
    format: { type: 'string', short: 'f', value: 'pretty|json', help: 'Output format (default pretty).' },
  },
  async run(args, io) {
    const format = choiceOption(args, 'format', ['pretty', 'json'] as const, 'pretty');
    const stats = await withStore(args, io, (store) => store.stats());
    if (format === 'json') writeLine(io.stdout, JSON.stringify(stats, null, 2));
    else for (const line of statsLines(stats)) writeLine(io.stdout, line);
    return EXIT.ok;
  },
};
