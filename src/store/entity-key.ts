/**
 * The key of an entity across the corpus: `kb:<knowledge-base id>` when it is linked, else
 * `name:<TYPE>:<lower-cased name>`, so that the entities of many records with one key are one.
 */
export function entityKey(kbId: string | null, type: string | null, name: string | null): string {
  return kbId !== null && kbId !== '' ? `kb:${kbId}` : `name:${type ?? ''}:${(name ?? '').toLowerCase()}`;
}

/** What entity name searches look in: the name and the knowledge-base id, lower-cased, apart. */
export function entitySearchText(name: string | null, kbId: string | null): string {
  return `${name ?? ''}\n${kbId ?? ''}`.toLowerCase();
}
