import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import type { Doc } from '../document.js';
import type { Stage } from '../pipeline.js';

/** Placeholder until the entities stage lands: adds nothing. */
export function entitiesStage(_kb: KnowledgeBase): Stage {
  return { name: 'entities', run: (doc: Doc): Doc => doc };
}
