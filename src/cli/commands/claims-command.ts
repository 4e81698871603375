import type { Stance } from '../../analyze/record.js';
import type { ClaimGroup } from '../../store/store.js';
import { writeLine } from '../cli-io.js';
import { choiceOption, dateOption, intOption, stringOption, type Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { table } from '../format/table.js';
import { UsageError } from '../usage-error.js';
import { listOption } from './list-option.js';
import { dbOption } from './shared-options.js';
import { shortId } from './short-id.js';
import { withStore } from './with-store.js';

const STANCES: readonly Stance[] = ['asserts', 'alleges', 'denies', 'confirms', 'rumor', 'expects', 'opinion'];

function span(group: ClaimGroup): string {
  const first = group.first?.slice(0, 10);
  const last = group.last?.slice(0, 10);
  if (!first) return 'undated';
  return first === last || !last ? first : `${first} → ${last}`;
}

/** A group as text: its key, counts, sources, outlets and stances, then a table of its claims. */
function groupText(group: ClaimGroup): string {
  const articles = new Set(group.claims.map((c) => c.articleId)).size;
  const lines = [
    `${group.key || '(no key)'} · ${group.claims.length} claim${group.claims.length === 1 ? '' : 's'} in ${articles} article${articles === 1 ? '' : 's'} · ${span(group)}`,
    `  sources: ${group.sources.join(', ') || '—'}`,
    `  outlets: ${group.outlets.join(', ') || '—'}`,
    `  stances: ${group.stances.map((s) => `${s.key} ${s.count}`).join(', ')}`,
  ];
  const rows = group.claims.map((c) => [
    c.published?.slice(0, 10) ?? '',
    c.stance,
    c.source.name + (c.via ? ` via ${c.via.name}` : ''),
    c.outlet ?? '',
    `${shortId(c.articleId)}#${c.index}`,
    c.text,
  ]);
  lines.push(...table(['date', 'stance', 'source', 'outlet', 'claim', 'text'], rows, 90).split('\n').map((l) => `  ${l}`));
  return lines.join('\n');
}

/** `newsgraph claims`: the corpus's claims grouped by claim key, with who makes and who denies each. */
export const claimsCommand: Command = {
  name: 'claims',
  summary: 'List claims grouped by claim key: who makes each, who denies it, where and when.',
  synopsis: '[--about IRN|words] [--stance list] [--since date] [--until date] [--limit n] [--format table|json]',
  description: `
Claims of different articles (and their denials) that say the same thing share a claim key
(actors|event root|object); each group lists its claims oldest first with their sources,
outlets, dates and stances. Groups carried by the most articles come first.
--about keeps the groups whose key names an actor code starting with it (IRN) or whose key
or source name contains the words; --stance keeps the groups with a claim of one of the
stances (${STANCES.join(', ')}); --since and --until filter by the article's date.

Examples:
  newsgraph claims --about IRN --stance denies
  newsgraph claims --about blinken --since 2024-01 --format json`,
  positionals: false,
  options: {
    ...dbOption,
    about: { type: 'string', value: 'code|words', help: 'An actor code prefix (IRN) or words of the key or source.' },
    stance: { type: 'string', value: 'list', help: `Comma-separated stances (${STANCES.join(', ')}).` },
    since: { type: 'string', value: 'date', help: 'Claims of articles published on or after this date.' },
    until: { type: 'string', value: 'date', help: 'Claims of articles published on or before this date.' },
    limit: { type: 'string', value: 'n', help: 'At most n groups (default 20).' },
    format: { type: 'string', short: 'f', value: 'table|json', help: 'Output format (default table).' },
  },
  async run(args, io) {
    const about = stringOption(args, 'about')?.trim();
    if (about === '') throw new UsageError('--about expects an actor code such as IRN or some words; got an empty string');
    const filter = {
      about,
      stance: listOption(args, 'stance', STANCES),
      since: dateOption(args, 'since'),
      until: dateOption(args, 'until'),
      limit: intOption(args, 'limit', 20),
    };
    const format = choiceOption(args, 'format', ['table', 'json'] as const, 'table');
    const groups = await withStore(args, io, (store) => store.claimGroups(filter));
    if (format === 'json') writeLine(io.stdout, JSON.stringify(groups, null, 2));
    else if (!groups.length) writeLine(io.stdout, 'no claims match');
    else writeLine(io.stdout, groups.map(groupText).join('\n\n'));
    return EXIT.ok;
  },
};
