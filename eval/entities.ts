/**
 * Entity eval: PERSON / ORG / LOC name mentions on ../shared/data/entities-times-dev, exact span
 * and partial (inside the gold phrase's extent and overlapping the name), overall and per type,
 * for newsgraph and for compromise on the same texts. Only name and alias mentions are scored;
 * GPE, LOC and FAC count as LOC. Runs the tokens, entities and coref stages only (what the
 * names depend on). `--errors` lists the misses (with what newsgraph found over the gold span, of
 * any type or kind) and the false alarms of newsgraph.
 */
import nlp from 'compromise';
import { corefStage } from '../src/analyze/coref/coref-stage.js';
import { createDoc } from '../src/analyze/document.js';
import { entitiesStage } from '../src/analyze/entities/entities-stage.js';
import { runPipeline } from '../src/analyze/pipeline.js';
import { tokensStage } from '../src/analyze/tokens/tokens-stage.js';
import { loadKnowledgeBase } from '../src/kb/knowledge-base.js';
import type { EntityType } from '../src/analyze/record.js';
import { f3, prf, readJsonl } from './shared-data.js';

type Scored = 'PERSON' | 'ORG' | 'LOC';

interface GoldSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: Scored;
  readonly extent: { readonly start: number; readonly end: number };
}

interface GoldDoc {
  readonly id: string;
  readonly published: string;
  readonly title: string;
  readonly text: string;
  readonly entities: readonly GoldSpan[];
}

interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: Scored;
}

const TYPES: readonly Scored[] = ['PERSON', 'ORG', 'LOC'];

function scoredType(t: EntityType): Scored | null {
  if (t === 'PERSON' || t === 'ORG') return t;
  if (t === 'GPE' || t === 'LOC' || t === 'FAC') return 'LOC';
  return null;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

type Mode = 'exact' | 'exact-untyped' | 'partial';

function matches(p: Span, g: GoldSpan, mode: Mode): boolean {
  if (mode !== 'exact-untyped' && p.type !== g.type) return false;
  if (mode !== 'partial') return p.start === g.start && p.end === g.end;
  const inside = p.start >= g.extent.start && p.end <= g.extent.end;
  const overlaps = p.start < g.end && g.start < p.end;
  return overlaps && (inside || (p.start === g.start && p.end === g.end));
}

/** Scores one document's predictions into per-type counts; returns the unmatched spans. */
function score(pred: readonly Span[], gold: readonly GoldSpan[], mode: Mode, counts: Map<string, Counts>): { fp: Span[]; fn: GoldSpan[] } {
  const used = new Set<number>();
  const fp: Span[] = [];
  for (const p of pred) {
    const i = gold.findIndex((g, k) => !used.has(k) && matches(p, g, mode));
    const key = mode === 'exact-untyped' ? 'ALL' : p.type;
    const c = counts.get(key) ?? zero();
    if (i >= 0) {
      used.add(i);
      c.tp++;
    } else {
      c.fp++;
      fp.push(p);
    }
    counts.set(key, c);
  }
  const fn: GoldSpan[] = [];
  gold.forEach((g, k) => {
    if (used.has(k)) return;
    const key = mode === 'exact-untyped' ? 'ALL' : g.type;
    const c = counts.get(key) ?? zero();
    c.fn++;
    counts.set(key, c);
    fn.push(g);
  });
  return { fp, fn };
}

function compromiseSpans(text: string): Span[] {
  const doc = nlp(text);
  const out: Span[] = [];
  const take = (list: { text: string; offset: { start: number; length: number } }[], type: Scored): void => {
    for (const m of list) {
      let start = m.offset.start;
      let end = start + m.offset.length;
      while (end > start && /[\s.,;:!?'"”’)]/.test(text[end - 1]!)) end--;
      while (start < end && /[\s"“‘(]/.test(text[start]!)) start++;
      if (end > start) out.push({ start, end, text: text.slice(start, end), type });
    }
  };
  take(doc.people().out('offset') as never, 'PERSON');
  take(doc.organizations().out('offset') as never, 'ORG');
  take(doc.places().out('offset') as never, 'LOC');
  return out.sort((a, b) => a.start - b.start);
}

function report(name: string, perMode: Record<Mode, Map<string, Counts>>): number {
  console.log(`-- ${name}`);
  let exactF1 = 0;
  for (const mode of ['exact', 'partial'] as const) {
    const total = zero();
    const lines: string[] = [];
    for (const t of TYPES) {
      const c = perMode[mode].get(t) ?? zero();
      total.tp += c.tp;
      total.fp += c.fp;
      total.fn += c.fn;
      const s = prf(c.tp, c.fp, c.fn);
      lines.push(`   ${t.padEnd(6)} P ${f3(s.p)} R ${f3(s.r)} F1 ${f3(s.f1)}  (tp ${c.tp} fp ${c.fp} fn ${c.fn})`);
    }
    const s = prf(total.tp, total.fp, total.fn);
    if (mode === 'exact') exactF1 = s.f1;
    console.log(`  ${mode.padEnd(8)} P ${f3(s.p)} R ${f3(s.r)} F1 ${f3(s.f1)}  (tp ${total.tp} fp ${total.fp} fn ${total.fn})`);
    for (const l of lines) console.log(l);
  }
  const u = perMode['exact-untyped'].get('ALL') ?? zero();
  const su = prf(u.tp, u.fp, u.fn);
  console.log(`  span only (type ignored) P ${f3(su.p)} R ${f3(su.r)} F1 ${f3(su.f1)}`);
  return exactF1;
}

/** Runs the entity eval; `--errors` prints newsgraph's misses and false alarms per document. */
export async function run(args: readonly string[]): Promise<void> {
  const docs = readJsonl<GoldDoc>('data/entities-times-dev/docs.jsonl');
  const kb = loadKnowledgeBase();
  const pipeline = [tokensStage, entitiesStage(kb), corefStage(kb)];
  const showErrors = args.includes('--errors');
  const ours = { exact: new Map(), 'exact-untyped': new Map(), partial: new Map() } as Record<Mode, Map<string, Counts>>;
  const theirs = { exact: new Map(), 'exact-untyped': new Map(), partial: new Map() } as Record<Mode, Map<string, Counts>>;
  const perCorpus = new Map<string, Counts>();
  for (const d of docs) {
    const record = runPipeline(pipeline, createDoc({ id: d.id, text: d.text, title: d.title, published: d.published }));
    const pred: Span[] = [];
    const seen: { start: number; end: number; label: string }[] = [];
    for (const e of record.entities) {
      for (const m of e.mentions) seen.push({ start: m.start, end: m.end, label: `${e.type}/${m.kind} ${JSON.stringify(m.text)}` });
      const type = scoredType(e.type);
      if (!type) continue;
      for (const m of e.mentions) if (m.kind === 'name' || m.kind === 'alias') pred.push({ start: m.start, end: m.end, text: m.text, type });
    }
    pred.sort((a, b) => a.start - b.start);
    const gold = d.entities.filter((g) => TYPES.includes(g.type));
    const errors = score(pred, gold, 'exact', ours.exact);
    const part = d.id.split('/')[0]!;
    const before = perCorpus.get(part) ?? zero();
    before.tp += pred.length - errors.fp.length;
    before.fp += errors.fp.length;
    before.fn += errors.fn.length;
    perCorpus.set(part, before);
    score(pred, gold, 'exact-untyped', ours['exact-untyped']);
    score(pred, gold, 'partial', ours.partial);
    const cp = compromiseSpans(d.text);
    for (const mode of ['exact', 'exact-untyped', 'partial'] as const) score(cp, gold, mode, theirs[mode]);
    if (showErrors && (errors.fp.length || errors.fn.length)) {
      console.log(`# ${d.id}`);
      for (const s of errors.fn) {
        const got = seen.filter((m) => m.start < s.end && s.start < m.end).map((m) => m.label);
        console.log(`  FN ${s.type.padEnd(6)} ${JSON.stringify(s.text)}  ${JSON.stringify(d.text.slice(Math.max(0, s.start - 30), s.end + 20))}  got: ${got.join('; ') || 'nothing'}`);
      }
      for (const s of errors.fp) console.log(`  FP ${s.type.padEnd(6)} ${JSON.stringify(s.text)}  ${JSON.stringify(d.text.slice(Math.max(0, s.start - 30), s.end + 20))}`);
    }
  }
  console.log(`entities-times-dev: ${docs.length} documents`);
  const a = report('newsgraph', ours);
  for (const [part, c] of perCorpus) {
    const s = prf(c.tp, c.fp, c.fn);
    console.log(`  newsgraph exact on ${part}: P ${f3(s.p)} R ${f3(s.r)} F1 ${f3(s.f1)}`);
  }
  const b = report('compromise', theirs);
  console.log(`gap (exact F1, newsgraph - compromise): ${f3(a - b)}`);
}
