import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Modality } from '../../analyze/record.js';
import { createCorpusLinker } from '../../corpus/corpus-linker.js';
import { dyadChartSvg } from '../../corpus/dyad-chart.js';
import { storeDyadSeries, type DyadPeriod } from '../../corpus/dyad-series.js';
import type { PeriodUnit } from '../../corpus/period.js';
import { writeLine } from '../cli-io.js';
import { choiceOption, dateOption, stringOption, type Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { table } from '../format/table.js';
import { UsageError } from '../usage-error.js';
import { dbOption } from './shared-options.js';
import { withStore } from './with-store.js';

const MODALITIES: readonly Modality[] = ['asserted', 'reported', 'alleged', 'denied', 'rumored', 'expected', 'negated', 'hypothetical'];
const DEFAULT_MODALITIES: readonly Modality[] = ['asserted', 'reported'];
const CSV_HEADER = ['period', 'events', 'mentions', 'articles', 'sources', 'mean_goldstein', 'cooperation', 'conflict', 'evidence_code', 'evidence_article', 'evidence'];

function csvCell(value: string | number): string {
  const s = String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function actorArg(value: string): string {
  const code = value.toUpperCase();
  if (!/^[A-Z]{3,}$/.test(code)) throw new UsageError(`expected an actor code such as IRN or RUSGOV; got '${value}'`);
  return code;
}

function modalities(value: string | undefined): Modality[] {
  if (value === undefined) return [...DEFAULT_MODALITIES];
  const list = value.split(',').map((m) => m.trim()).filter(Boolean);
  if (!list.length) throw new UsageError('--modality expects a comma-separated list of modalities');
  for (const m of list) {
    if (!(MODALITIES as readonly string[]).includes(m)) throw new UsageError(`--modality: '${m}' is not one of ${MODALITIES.join(', ')}`);
  }
  return list as Modality[];
}

function csv(series: readonly DyadPeriod[]): string {
  const rows = series.map((p) => [p.period, p.events, p.mentions, p.articles, p.sources, p.meanGoldstein, p.cooperation, p.conflict, p.evidence.code, p.evidence.articleId, p.evidence.text]);
  return [CSV_HEADER, ...rows].map((r) => r.map(csvCell).join(',')).join('\n');
}

/** `newsgraph dyad`: events between two actors per period, counted once per story. */
export const dyadCommand: Command = {
  name: 'dyad',
  summary: 'Count the events between two actors per day, week or month, with Goldstein means and evidence.',
  synopsis: '<actor> <actor> [--by day|week|month] [--modality list] [--since date] [--until date] [--format table|csv|json] [--chart out.svg]',
  description: `
Actors are CAMEO code prefixes (IRN matches IRNGOV); events in either direction count.
An event carried by several articles of one story (copies, follow-ups) counts once: per period
the table gives distinct events, their mentions, articles and sources apart, the mean Goldstein
score, the shares of cooperation (quad classes 1-2) and conflict (3-4), and the evidence sentence
of the most reported event. --modality defaults to asserted,reported (what is said to have
happened). --chart writes an SVG chart of the series.

Examples:
  newsgraph dyad IRN RUS --by month
  newsgraph dyad USA CHN --by week --modality asserted --format csv --chart usa-chn.svg`,
  positionals: true,
  options: {
    ...dbOption,
    by: { type: 'string', value: 'day|week|month', help: 'Period length (default month).' },
    modality: { type: 'string', value: 'list', help: `Comma-separated modalities (default asserted,reported; any of ${MODALITIES.join(', ')}).` },
    since: { type: 'string', value: 'date', help: 'Events on or after this date.' },
    until: { type: 'string', value: 'date', help: 'Events on or before this date.' },
    format: { type: 'string', short: 'f', value: 'table|csv|json', help: 'Output format (default table).' },
    chart: { type: 'string', value: 'out.svg', help: 'Also write an SVG chart to this file.' },
  },
  async run(args, io) {
    if (args.positionals.length !== 2) throw new UsageError(`dyad needs two actor codes, e.g. IRN RUS; got ${args.positionals.length}`);
    const [a, b] = args.positionals.map(actorArg) as [string, string];
    const unit = choiceOption(args, 'by', ['day', 'week', 'month'] as const, 'month') as PeriodUnit;
    const modality = modalities(stringOption(args, 'modality'));
    const format = choiceOption(args, 'format', ['table', 'csv', 'json'] as const, 'table');
    const since = dateOption(args, 'since');
    const until = dateOption(args, 'until');
    const chart = stringOption(args, 'chart');
    const series = await withStore(args, io, async (store) => {
      await createCorpusLinker(store).link();
      return storeDyadSeries(store, a, b, unit, { modality, since, until });
    });
    if (chart !== undefined) writeFileSync(resolve(io.cwd, chart), dyadChartSvg(series, { title: `${a} – ${b}: events by ${unit}`, unit }));
    if (format === 'json') writeLine(io.stdout, JSON.stringify({ dyad: [a, b], by: unit, modality, periods: series }, null, 2));
    else if (format === 'csv') writeLine(io.stdout, csv(series));
    else if (!series.length) writeLine(io.stdout, `no events between ${a} and ${b}`);
    else {
      const rows = series.map((p) => [
        p.period,
        String(p.events),
        String(p.mentions),
        String(p.articles),
        String(p.sources),
        p.meanGoldstein.toFixed(2),
        percent(p.cooperation),
        percent(p.conflict),
        `${p.evidence.source}→${p.evidence.target} ${p.evidence.code}: ${p.evidence.text}`,
      ]);
      writeLine(io.stdout, table(['period', 'events', 'mentions', 'articles', 'sources', 'goldstein', 'coop', 'conflict', 'top evidence'], rows, 70));
    }
    return EXIT.ok;
  },
};
