import type { EntityType, Modality, Stance } from './api-types.js';

/** The CAMEO quad classes, 1 to 4. */
export const QUAD_CLASS_LABELS: Readonly<Record<1 | 2 | 3 | 4, string>> = {
  1: 'verbal cooperation',
  2: 'material cooperation',
  3: 'verbal conflict',
  4: 'material conflict',
};

/** The modalities an event can have. */
export const MODALITIES: readonly Modality[] = ['asserted', 'reported', 'alleged', 'denied', 'rumored', 'expected', 'negated', 'hypothetical'];

/** The stances a claim can have. */
export const STANCES: readonly Stance[] = ['asserts', 'alleges', 'denies', 'confirms', 'rumor', 'expects', 'opinion'];

/** The key the store gives an entity across the corpus (docs/api.md, "Entity keys"). */
export function entityKey(entity: { readonly type: EntityType; readonly name: string; readonly kb: { readonly id: string | null } }): string {
  return entity.kb.id ? `kb:${entity.kb.id}` : `name:${entity.type}:${entity.name.toLowerCase()}`;
}

/** The country part of an actor code (its first three letters), for dyads between countries. */
export function countryOf(actor: string): string {
  return actor.slice(0, 3);
}
