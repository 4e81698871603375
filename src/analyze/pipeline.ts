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
  for (const stage of pipeline) d = stage.run(d);
  return d;
}
