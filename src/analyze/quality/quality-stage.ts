import type { Doc } from '../document.js';
import type { Stage } from '../pipeline.js';

/** Placeholder until the quality stage lands: adds nothing. */
export const qualityStage: Stage = {
  name: 'quality',
  run(doc: Doc): Doc {
    return doc;
  },
};
