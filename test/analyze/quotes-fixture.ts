import { claimsStage } from '../../src/analyze/claims/claims-stage.js';
import { createDoc, type Doc } from '../../src/analyze/document.js';
import { quotesStage } from '../../src/analyze/quotes/quotes-stage.js';
import type { Entity, EntityType, Mention } from '../../src/analyze/record.js';
import { tokensStage } from '../../src/analyze/tokens/tokens-stage.js';

/** A hand-made entity: its canonical name, type and the surface forms that mention it. */
export interface EntitySpec {
  readonly name: string;
  readonly type: EntityType;
  /** Surface forms; every whole-word occurrence is a mention. Defaults to the name. */
  readonly forms?: readonly string[];
  readonly kbId?: string;
  readonly country?: string;
  readonly sector?: string;
}

function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    if (!/\p{L}/u.test(text[i - 1] ?? ' ') && !/\p{L}/u.test(text[i + needle.length] ?? ' ')) out.push(i);
  }
  return out;
}

/** A Doc through the real tokens stage with a hand-made entities layer, before the quotes stage. */
export function baseDoc(text: string, entities: readonly EntitySpec[] = []): Doc {
  const doc = tokensStage.run(createDoc({ text, published: '2024-10-11' }));
  const layer: Entity[] = entities.map((e, k) => {
    const mentions: Mention[] = [];
    for (const form of e.forms ?? [e.name]) {
      for (const start of occurrences(text, form)) {
        if (mentions.some((m) => m.start < start + form.length && start < m.end)) continue;
        mentions.push({ start, end: start + form.length, text: form, kind: form === e.name ? 'name' : 'alias' });
      }
    }
    mentions.sort((a, b) => a.start - b.start);
    return {
      id: `e${k + 1}`,
      name: e.name,
      type: e.type,
      kb: { id: e.kbId ?? null, country: e.country ?? null, role: null },
      mentions,
      sector: e.sector ?? null,
    };
  });
  return { ...doc, entities: layer };
}

/** A Doc after the quotes stage. */
export function quotesOf(text: string, entities: readonly EntitySpec[] = []): Doc {
  return quotesStage.run(baseDoc(text, entities));
}

/** A Doc after the quotes and claims stages. */
export function claimsOf(text: string, entities: readonly EntitySpec[] = []): Doc {
  return claimsStage.run(quotesOf(text, entities));
}
