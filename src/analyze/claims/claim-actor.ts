import type { Entity } from '../record.js';

const STATE_TYPES: ReadonlySet<string> = new Set(['GPE', 'NORP']);
const STATE_BODY = /^gov\//;

/**
 * The actor an entity stands for in claims: a state, its places, people and bodies stand for the
 * state (GPE, NORP and government bodies give their country code: "Moscow", "Russian", "the
 * Kremlin" → RUS); other entities give their knowledge-base id, else their lower-cased name with
 * underscores for spaces ("north_korean_army").
 */
export function claimActor(entity: Entity): string {
  const country = entity.kb.country;
  if (country && (STATE_TYPES.has(entity.type) || STATE_BODY.test(entity.kb.id ?? ''))) return country;
  return entity.kb.id ?? entity.name.toLowerCase().replace(/\s+/gu, '_');
}
