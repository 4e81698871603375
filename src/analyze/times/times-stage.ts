import type { Doc } from '../document.js';
import type { Stage } from '../pipeline.js';

/** Placeholder until the times stage lands: adds nothing. */
export const timesStage: Stage = {
  name: 'times',
  run(doc: Doc): Doc {
    return doc;
  },
};
