import { toRecord } from '../src/analyze/analyzer.js';
import { createDoc } from '../src/analyze/document.js';
import type { AnalysisRecord } from '../src/analyze/record.js';
import { createCorpusLinker } from '../src/corpus/corpus-linker.js';
import { StoryClusterer } from '../src/corpus/story-clusterer.js';
import { openStore } from '../src/store/open-store.js';
import { f3, readJsonl } from './shared-data.js';

interface Row {
  readonly id: string;
  readonly cluster: string;
  readonly published: string;
  readonly title: string;
  readonly text: string;
  readonly source?: string | null;
  readonly url?: string | null;
}

/** A record with the article's metadata and text only: the story path needs nothing else. */
function record(r: Row): AnalysisRecord {
  return toRecord(createDoc(r), {});
}

/** The store path as ingest runs it: copy detection and story assignment over an in-memory store, in date order. */
async function viaStore(rows: readonly Row[]): Promise<{ stories: Map<string, string>; copies: { id: string; copyOf: string }[] }> {
  const store = await openStore(':memory:');
  try {
    await store.putRecords(rows.map(record));
    await createCorpusLinker(store).link();
    const articles = await store.corpusArticles();
    return {
      stories: new Map(articles.map((a) => [a.id, String(a.story)])),
      copies: articles.flatMap((a) => (a.copyOf === null ? [] : [{ id: a.id, copyOf: a.copyOf }])),
    };
  } finally {
    await store.close();
  }
}

/** B-cubed precision, recall and F1 of a clustering against gold clusters. */
export function bcubed(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): { p: number; r: number; f1: number } {
  const members = (m: ReadonlyMap<string, string>): Map<string, string[]> => {
    const out = new Map<string, string[]>();
    for (const [id, c] of m) out.set(c, [...(out.get(c) ?? []), id]);
    return out;
  };
  const pm = members(predicted);
  const gm = members(gold);
  let p = 0;
  let r = 0;
  for (const [id, c] of predicted) {
    const mine = pm.get(c)!;
    const truth = new Set(gm.get(gold.get(id)!)!);
    const both = mine.filter((x) => truth.has(x)).length;
    p += both / mine.length;
    r += both / truth.size;
  }
  p /= predicted.size;
  r /= predicted.size;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

function titleWords(title: string): Set<string> {
  return new Set(title.toLowerCase().match(/\p{L}{3,}/gu) ?? []);
}

/** The baseline: an article joins the earlier story whose first title shares the most words (Jaccard ≥ 0.25). */
function titleJaccard(rows: readonly Row[]): Map<string, string> {
  const stories: { id: string; words: Set<string> }[] = [];
  const out = new Map<string, string>();
  for (const r of rows) {
    const w = titleWords(r.title);
    let best: { id: string; score: number } | null = null;
    for (const s of stories) {
      const inter = [...w].filter((x) => s.words.has(x)).length;
      const score = inter / (w.size + s.words.size - inter || 1);
      if (!best || score > best.score) best = { id: s.id, score };
    }
    if (best && best.score >= 0.25) out.set(r.id, best.id);
    else {
      stories.push({ id: r.id, words: w });
      out.set(r.id, r.id);
    }
  }
  return out;
}

/** `npm run eval -- stories`: B-cubed scores of story clustering on story-clusters-dev, and the title baseline. */
export async function run(_args: readonly string[]): Promise<void> {
  const rows = readJsonl<Row>('data/story-clusters-dev/articles.jsonl').sort((a, b) => a.published.localeCompare(b.published));
  const gold = new Map(rows.map((r) => [r.id, r.cluster]));
  const clusterer = new StoryClusterer();
  const predicted = new Map(rows.map((r) => [r.id, String(clusterer.add(r))]));
  const ours = bcubed(predicted, gold);
  const base = bcubed(titleJaccard(rows), gold);
  const stored = await viaStore(rows);
  const linked = bcubed(stored.stories, gold);
  const sameStory = stored.copies.filter((c) => gold.get(c.id) === gold.get(c.copyOf)).length;
  console.log(`articles ${rows.length}, gold stories ${new Set(gold.values()).size}, predicted stories ${new Set(predicted.values()).size}`);
  console.log(`newsgraph       B-cubed P ${f3(ours.p)} R ${f3(ours.r)} F1 ${f3(ours.f1)}`);
  console.log(`title Jaccard   B-cubed P ${f3(base.p)} R ${f3(base.r)} F1 ${f3(base.f1)}`);
  console.log(`store (copies)  B-cubed P ${f3(linked.p)} R ${f3(linked.r)} F1 ${f3(linked.f1)}`);
  console.log(`copies linked ${stored.copies.length}, of them within one gold story ${sameStory}`);
}
