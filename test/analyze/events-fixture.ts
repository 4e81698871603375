import { createDoc, type Doc } from '../../src/analyze/document.js';
import { eventsStage } from '../../src/analyze/events/events-stage.js';
import type { Claim, Entity, EntityType, Mention, Stance, TimeExpression } from '../../src/analyze/record.js';
import { tokensStage } from '../../src/analyze/tokens/tokens-stage.js';

/** A hand-made entity: every whole-word occurrence of `text` is one of its mentions. */
export interface EntitySpec {
  readonly text: string;
  readonly type: EntityType;
  readonly country: string | null;
  readonly sector?: string;
}

/** What a test document holds besides its text. */
export interface DocSpec {
  readonly entities?: readonly EntitySpec[];
  readonly times?: readonly { readonly text: string; readonly value: string }[];
  readonly claims?: readonly { readonly text: string; readonly stance: Stance }[];
  readonly published?: string;
}

function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    const before = text[i - 1] ?? ' ';
    const after = text[i + needle.length] ?? ' ';
    if (!/\p{L}/u.test(before) && !/\p{L}/u.test(after)) out.push(i);
  }
  return out;
}

/**
 * A Doc through the real tokens stage with hand-made entities, times and claims layers, so the
 * events stage is tested on its own logic whatever the other stages do.
 */
export function buildDoc(text: string, spec: DocSpec = {}): Doc {
  const base = tokensStage.run(createDoc({ text, published: spec.published ?? '2024-10-11' }));
  const entities: Entity[] = (spec.entities ?? []).map((e, k) => {
    const mentions: Mention[] = occurrences(text, e.text).map((start) => ({
      start,
      end: start + e.text.length,
      text: e.text,
      kind: 'name',
    }));
    return {
      id: `e${k + 1}`,
      name: e.text,
      type: e.type,
      kb: { id: null, country: e.country, role: null },
      mentions,
      sector: e.sector ?? null,
    };
  });
  const times: TimeExpression[] = (spec.times ?? []).map((t) => {
    const start = text.indexOf(t.text);
    return { start, end: start + t.text.length, text: t.text, value: t.value, range: null };
  });
  const claims: Claim[] = (spec.claims ?? []).map((c) => {
    const start = text.indexOf(c.text);
    return {
      start,
      end: start + c.text.length,
      text: c.text,
      source: { entity: null, name: 'officials' },
      via: null,
      cue: 'said',
      stance: c.stance,
    };
  });
  return { ...base, entities, times, claims };
}

const stage = eventsStage();

/** Runs the events stage on a built Doc. */
export function codeEvents(text: string, spec: DocSpec = {}): Doc {
  return stage.run(buildDoc(text, spec));
}

/** Common entities of the tests, by name. */
export const E = {
  iran: { text: 'Iran', type: 'GPE', country: 'IRN' },
  russia: { text: 'Russia', type: 'GPE', country: 'RUS' },
  israel: { text: 'Israel', type: 'GPE', country: 'ISR' },
  ukraine: { text: 'Ukraine', type: 'GPE', country: 'UKR' },
  moscow: { text: 'Moscow', type: 'GPE', country: 'RUS', sector: 'GOV' },
  tehran: { text: 'Tehran', type: 'GPE', country: 'IRN', sector: 'GOV' },
  kyiv: { text: 'Kyiv', type: 'GPE', country: 'UKR', sector: 'GOV' },
  russian: { text: 'Russian', type: 'NORP', country: 'RUS' },
  iranian: { text: 'Iranian', type: 'NORP', country: 'IRN' },
} as const satisfies Record<string, EntitySpec>;
