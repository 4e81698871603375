/** Placeholder knowledge base until the kb module lands. */
export interface KnowledgeBase {
  readonly version: string;
}

/** Loads the bundled knowledge base. */
export function loadKnowledgeBase(): KnowledgeBase {
  return { version: '0' };
}
