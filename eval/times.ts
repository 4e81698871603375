/**
 * Times eval: span P/R/F1 (exact and overlap) and value accuracy of the times stage on
 * ../shared/data/entities-times-dev/docs.jsonl. Gold DATE and TIME expressions are scored
 * (durations and sets are not times of the record); GUM marks only some dates, so its figures are
 * recall only. A value counts as right when it equals the gold value, or when the gold value names
 * exactly the dates of our range (GUM writes ranges as from/to). Flags: --all prints every miss.
 */
import { createDoc, type Doc } from '../src/analyze/document.js';
import { runPipeline } from '../src/analyze/pipeline.js';
import type { TimeExpression } from '../src/analyze/record.js';
import { calendarDay, daysInMonth, formatDay, weekMonday } from '../src/analyze/times/calendar-day.js';
import { timesStage } from '../src/analyze/times/times-stage.js';
import { tokensStage } from '../src/analyze/tokens/tokens-stage.js';
import { f3, prf, readJsonl } from './shared-data.js';

interface GoldTime {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: string;
  readonly type: string;
}

interface GoldDoc {
  readonly id: string;
  readonly dataset: string;
  readonly published: string | null;
  readonly text: string;
  readonly times: readonly GoldTime[];
}

interface Tally {
  gold: number;
  predicted: number;
  exact: number;
  overlap: number;
  valueChecked: number;
  valueRight: number;
}

interface Miss {
  readonly kind: 'missed' | 'spurious' | 'value';
  readonly doc: string;
  readonly published: string | null;
  readonly text: string;
  readonly detail: string;
  readonly context: string;
}

const SCORED_TYPES = new Set(['DATE', 'TIME']);

/** Runs the times eval; prints per-dataset figures and the misses. */
export async function run(args: readonly string[]): Promise<void> {
  const docs = readJsonl<GoldDoc>('data/entities-times-dev/docs.jsonl');
  const tallies = new Map<string, Tally>();
  const misses: Miss[] = [];
  let skipped = 0;
  for (const g of docs) {
    const doc: Doc = runPipeline([tokensStage, timesStage], createDoc({ id: g.id, text: g.text, published: g.published }));
    for (const t of doc.times) {
      if (g.text.slice(t.start, t.end) !== t.text) throw new Error(`${g.id}: span ${t.start}-${t.end} does not match its text`);
    }
    const gold = g.times.filter((t) => SCORED_TYPES.has(t.type));
    skipped += g.times.length - gold.length;
    const tally = tallies.get(g.dataset) ?? { gold: 0, predicted: 0, exact: 0, overlap: 0, valueChecked: 0, valueRight: 0 };
    tallies.set(g.dataset, tally);
    tally.gold += gold.length;
    tally.predicted += doc.times.length;
    const used = new Set<TimeExpression>();
    const context = (start: number, end: number): string =>
      `${g.text.slice(Math.max(0, start - 60), start)}[${g.text.slice(start, end)}]${g.text.slice(end, end + 40)}`.replace(/\s+/g, ' ');
    for (const gt of gold) {
      const exact = doc.times.find((p) => !used.has(p) && p.start === gt.start && p.end === gt.end);
      const match = exact ?? doc.times.find((p) => !used.has(p) && p.start < gt.end && gt.start < p.end);
      if (!match) {
        misses.push({ kind: 'missed', doc: g.id, published: g.published, text: gt.text, detail: gt.value, context: context(gt.start, gt.end) });
        continue;
      }
      used.add(match);
      tally.overlap++;
      if (exact) tally.exact++;
      tally.valueChecked++;
      if (sameValue(gt.value, match)) tally.valueRight++;
      else
        misses.push({
          kind: 'value',
          doc: g.id,
          published: g.published,
          text: `${gt.text} / ${match.text}`,
          detail: `gold ${gt.value}, ours ${match.value ?? 'null'} (${match.range?.start ?? ''}..${match.range?.end ?? ''})`,
          context: context(match.start, match.end),
        });
    }
    if (g.dataset !== 'gum') {
      for (const p of doc.times) {
        if (used.has(p) || g.times.some((t) => t.start < p.end && p.start < t.end)) continue;
        misses.push({ kind: 'spurious', doc: g.id, published: g.published, text: p.text, detail: p.value ?? 'null', context: context(p.start, p.end) });
      }
    }
  }
  console.log(`times: ${docs.length} docs; gold DATE/TIME scored, ${skipped} durations/sets left out`);
  for (const [dataset, t] of tallies) {
    const recallOnly = dataset === 'gum';
    const spurious = misses.filter((m) => m.kind === 'spurious' && docs.find((d) => d.id === m.doc)?.dataset === dataset).length;
    const exact = prf(t.exact, t.predicted - t.exact, t.gold - t.exact);
    const overlap = prf(t.overlap, spurious, t.gold - t.overlap);
    const head = `  ${dataset.padEnd(9)} gold ${t.gold}, predicted ${t.predicted}`;
    console.log(
      recallOnly
        ? `${head} | recall exact ${f3(exact.r)}, overlap ${f3(overlap.r)} (GUM marks only some dates: recall only)`
        : `${head} | exact P ${f3(exact.p)} R ${f3(exact.r)} F1 ${f3(exact.f1)} | overlap P ${f3(overlap.p)} R ${f3(overlap.r)} F1 ${f3(overlap.f1)}`,
    );
    console.log(`  ${''.padEnd(9)} value accuracy on matched spans ${f3(t.valueChecked ? t.valueRight / t.valueChecked : 0)} (${t.valueRight}/${t.valueChecked})`);
  }
  const all = [...tallies.values()].reduce((a, t) => ({ right: a.right + t.valueRight, checked: a.checked + t.valueChecked }), { right: 0, checked: 0 });
  console.log(`  all       value accuracy on matched spans ${f3(all.checked ? all.right / all.checked : 0)} (${all.right}/${all.checked}); goal 0.85`);
  const limit = args.includes('--all') ? Infinity : 15;
  for (const kind of ['value', 'missed', 'spurious'] as const) {
    const list = misses.filter((m) => m.kind === kind);
    console.log(`  ${kind} (${list.length}${list.length > limit ? `, first ${limit}; --all for every one` : ''}):`);
    for (const m of list.slice(0, limit)) console.log(`    ${m.doc} (${m.published}) ${JSON.stringify(m.text)} ${m.detail} :: ${m.context}`);
  }
}

function sameValue(gold: string, ours: TimeExpression): boolean {
  if ((ours.timex ?? ours.value) === gold) return true;
  if (!ours.range) return false;
  const interval = goldInterval(gold);
  return interval !== null && interval.start === ours.range.start && interval.end === ours.range.end;
}

function goldInterval(value: string): { start: string; end: string } | null {
  const [a, b] = value.split('/');
  if (b !== undefined) {
    const from = a ? goldInterval(a) : null;
    const to = goldInterval(b);
    return from && to ? { start: from.start, end: to.end } : null;
  }
  const v = value.replace(/T.*$/, '');
  let m = /^(\d{4})$/.exec(v);
  if (m) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  m = /^(\d{4})-(\d{2})$/.exec(v);
  if (m) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    return { start: `${m[1]}-${m[2]}-01`, end: formatDay(calendarDay(y, mo, daysInMonth(y, mo))) };
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (m) return { start: v, end: v };
  m = /^(\d{4})-W(\d{2})$/.exec(v);
  if (m) {
    const monday = weekMonday(calendarDay(Number(m[1]), 1, 4)) + 7 * (Number(m[2]) - 1);
    return { start: formatDay(monday), end: formatDay(monday + 6) };
  }
  return null;
}
