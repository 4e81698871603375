import { openStore } from '../../store/open-store.js';
import type { Store } from '../../store/store.js';
import type { CliIo } from '../cli-io.js';
import type { ParsedArgs } from '../command.js';
import { dbLocation } from './shared-options.js';

/** Opens the store named by the arguments, runs `work` on it and closes it. */
export async function withStore<T>(args: ParsedArgs, io: CliIo, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(dbLocation(args, io.env), { readonly: false });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
