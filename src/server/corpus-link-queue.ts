import { createCorpusLinker } from '../corpus/corpus-linker.js';
import type { Store } from '../store/store.js';

/**
 * Links the store's unlinked articles to their stories and copies (see `createCorpusLinker`), one
 * pass at a time: a call made while a pass runs waits for it and then runs its own, so every
 * article stored before the call is linked when it resolves. A pass with nothing to link is one read.
 */
export function corpusLinkQueue(store: Store): () => Promise<void> {
  const linker = createCorpusLinker(store);
  let last: Promise<unknown> = Promise.resolve();
  return () => {
    const pass = last.then(
      () => linker.link(),
      () => linker.link(),
    );
    last = pass;
    return pass.then(() => undefined);
  };
}
