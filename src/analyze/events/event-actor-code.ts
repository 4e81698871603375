import { actorCode } from '../../kb/actor-code.js';
import type { Entity } from '../record.js';

/**
 * The CAMEO-style actor code of an entity acting in an event: the knowledge base's code for it,
 * with the sector the event's words give ('Israeli soldiers' -> ISRMIL) added when that code is a
 * bare country. Null when the entity has no code.
 */
export function eventActorCode(entity: Entity, headSector: string | null): string | null {
  const code = actorCode(entity);
  if (code && headSector && code === entity.kb.country) return `${code}${headSector}`;
  return code;
}
