import type { Doc } from '../document.js';
import type { Stage } from '../pipeline.js';

/** Placeholder until the claims stage lands: adds nothing. */
export const claimsStage: Stage = {
  name: 'claims',
  run(doc: Doc): Doc {
    return doc;
  },
};
