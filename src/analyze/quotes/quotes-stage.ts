import type { Doc } from '../document.js';
import type { Stage } from '../pipeline.js';

/** Placeholder until the quotes stage lands: adds nothing. */
export const quotesStage: Stage = {
  name: 'quotes',
  run(doc: Doc): Doc {
    return doc;
  },
};
