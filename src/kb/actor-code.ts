import type { Entity } from '../analyze/record.js';

/**
 * The CAMEO-style actor code of an entity: its own code when the knowledge base gives one
 * (IGOUNO, IGOWSTNAT), else its country's ISO3 followed by its sector ("RUSGOV", "YEMREB"),
 * the country alone ("IRN"), or a bare sector for bodies without a country; null when neither is known.
 */
export function actorCode(entity: Entity): string | null {
  if (entity.actor) return entity.actor;
  const country = entity.kb.country;
  const sector = entity.sector ?? null;
  if (country) return sector ? `${country}${sector}` : country;
  return sector;
}
