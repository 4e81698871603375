import type { AnalysisRecord } from '../analyze/record.js';
import { createCorpusLinker } from '../corpus/corpus-linker.js';
import type { Store } from '../store/store.js';

/** What a writer has stored so far. */
export interface WriteCounts {
  readonly stored: number;
  readonly replaced: number;
  readonly unchanged: number;
}

/** Writes records to a store in batches, one transaction each, linking every batch into the corpus (copies, stories). */
export interface RecordWriter {
  /** Adds a record; the batch is written once it is full. */
  add(record: AnalysisRecord): Promise<void>;
  /** Writes what is waiting. */
  flush(): Promise<void>;
  counts(): WriteCounts;
}

/**
 * A writer over a store. Writes are serialised (one at a time, in the order added) so several
 * concurrent producers in one process keep the store single-writer.
 */
export function createRecordWriter(store: Store, batchSize: number): RecordWriter {
  const linker = createCorpusLinker(store);
  let batch: AnalysisRecord[] = [];
  let stored = 0;
  let replaced = 0;
  let unchanged = 0;
  let chain: Promise<void> = Promise.resolve();
  const write = async (records: readonly AnalysisRecord[]): Promise<void> => {
    const outcomes = await store.putRecords(records);
    await linker.link();
    for (const o of outcomes) {
      if (o === 'stored') stored++;
      else if (o === 'replaced') replaced++;
      else unchanged++;
    }
  };
  const flush = (): Promise<void> => {
    const records = batch;
    batch = [];
    if (!records.length) return chain;
    const run = chain.then(() => write(records));
    chain = run.catch(() => undefined);
    return run;
  };
  return {
    add(record) {
      batch.push(record);
      return batch.length >= batchSize ? flush() : Promise.resolve();
    },
    flush,
    counts: () => ({ stored, replaced, unchanged }),
  };
}
