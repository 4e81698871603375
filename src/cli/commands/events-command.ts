import type { Modality } from '../../analyze/record.js';
import { writeLine } from '../cli-io.js';
import { choiceOption, dateOption, intOption, stringOption, type Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { table } from '../format/table.js';
import { UsageError } from '../usage-error.js';
import { dbOption } from './shared-options.js';
import { withStore } from './with-store.js';

const MODALITIES: readonly Modality[] = ['asserted', 'reported', 'alleged', 'denied', 'rumored', 'expected', 'negated', 'hypothetical'];

/** `newsgraph events`: lists stored events by actor, code, date and modality. */
export const eventsCommand: Command = {
  name: 'events',
  summary: 'List stored events, filtered by actor, CAMEO code, date and modality.',
  synopsis: '[--actor IRN] [--code 07] [--since date] [--until date] [--modality list] [--format table|json|jsonl]',
  description: `
--actor matches the source or the target actor code by prefix (IRN matches IRN and IRNGOV);
--code matches CAMEO codes by prefix (07 is the whole root, 072 one code). Dates are the
events' own dates (when it happened), falling back to the article's date.

Examples:
  newsgraph events --actor IRN --code 07
  newsgraph events --since 2024-01-01 --modality asserted,reported --format jsonl`,
  positionals: false,
  options: {
    ...dbOption,
    actor: { type: 'string', value: 'code', help: 'Source or target actor code prefix, e.g. IRN or RUSGOV.' },
    code: { type: 'string', value: 'cameo', help: 'CAMEO code prefix, e.g. 07 or 072.' },
    since: { type: 'string', value: 'date', help: 'Events on or after this date.' },
    until: { type: 'string', value: 'date', help: 'Events on or before this date.' },
    modality: { type: 'string', value: 'list', help: `Comma-separated modalities (${MODALITIES.join(', ')}).` },
    limit: { type: 'string', value: 'n', help: 'At most n events (default 100).' },
    format: { type: 'string', short: 'f', value: 'table|json|jsonl', help: 'Output format (default table).' },
  },
  async run(args, io) {
    const code = stringOption(args, 'code');
    if (code !== undefined && !/^\d{2,4}$/.test(code)) throw new UsageError(`--code expects 2 to 4 digits of a CAMEO code; got '${code}'`);
    const actor = stringOption(args, 'actor')?.toUpperCase();
    if (actor !== undefined && !/^[A-Z]{3,}$/.test(actor)) throw new UsageError(`--actor expects an actor code such as IRN or RUSGOV; got '${actor}'`);
    const modality = stringOption(args, 'modality')?.split(',').map((m) => m.trim()).filter(Boolean);
    for (const m of modality ?? []) {
      if (!(MODALITIES as readonly string[]).includes(m)) throw new UsageError(`--modality: '${m}' is not one of ${MODALITIES.join(', ')}`);
    }
    const format = choiceOption(args, 'format', ['table', 'json', 'jsonl'] as const, 'table');
    const events = await withStore(args, io, (store) =>
      store.events({
        actor,
        code,
        since: dateOption(args, 'since'),
        until: dateOption(args, 'until'),
        modality: modality as Modality[] | undefined,
        limit: intOption(args, 'limit', 100),
      }),
    );
    if (format === 'json') writeLine(io.stdout, JSON.stringify(events, null, 2));
    else if (format === 'jsonl') for (const e of events) writeLine(io.stdout, JSON.stringify(e));
    else if (!events.length) writeLine(io.stdout, 'no events match');
    else {
      const rows = events.map((e) => [
        e.date?.value ?? e.published?.slice(0, 10) ?? '',
        e.source.actor ?? e.source.name,
        `${e.code} ${e.label}`,
        e.target ? (e.target.actor ?? e.target.name) : '',
        e.modality,
        e.articleId.slice(0, 12),
        e.evidence,
      ]);
      writeLine(io.stdout, table(['date', 'source', 'event', 'target', 'modality', 'article', 'evidence'], rows, 60));
    }
    return EXIT.ok;
  },
};
