import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import type { Doc } from '../document.js';
import type { Stage } from '../pipeline.js';

/** Placeholder until the events stage lands: adds nothing. */
export function eventsStage(_kb: KnowledgeBase): Stage {
  return { name: 'events', run: (doc: Doc): Doc => doc };
}
