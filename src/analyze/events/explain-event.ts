import type { Doc } from '../document.js';
import type { Entity, EventActor, Mention, NewsEvent, TextSpan } from '../record.js';
import { clauseModality, type EventCoder } from './code-sentence.js';
import { createEventCoder } from './events-stage.js';
import type { VerbPattern } from './verb-patterns.js';

/** Why an event was coded: the pattern, the trigger words, the actor mentions and what set its modality and date. */
export interface EventExplanation {
  readonly event: NewsEvent;
  readonly rule: string | null;
  /** The dictionary pattern the rule names, with the CAMEO code it gives before any shift ('will' → intent). */
  readonly pattern: { readonly id: string; readonly code: string; readonly label: string } | null;
  readonly trigger: TextSpan;
  readonly source: Mention | null;
  readonly target: Mention | null;
  /** What set the modality: a claim, the clause's control words or opener, or nothing (asserted). */
  readonly modalityReason: string;
  /** A few readable lines for a terminal, joined by newlines. */
  readonly summary: string;
}

let sharedCoder: EventCoder | null = null;

function patternById(coder: EventCoder, id: string): VerbPattern | null {
  for (const index of [coder.patterns.verbs, coder.patterns.nouns, coder.patterns.obligations]) {
    for (const list of index.values()) for (const p of list) if (p.id === id) return p;
  }
  return null;
}

function mentionOf(doc: Doc, actor: EventActor | null, event: NewsEvent, near: number): Mention | null {
  if (!actor?.entity) return null;
  const entity = doc.entities.find((e) => e.id === actor.entity);
  let best: Mention | null = null;
  for (const m of entity?.mentions ?? []) {
    if (m.start < event.sentence.start || m.end > event.sentence.end) continue;
    if (!best || Math.abs(m.start - near) < Math.abs(best.start - near)) best = m;
  }
  return best;
}

function describeActor(doc: Doc, m: Mention | null, a: EventActor | null): string {
  if (!a) return 'none';
  const entity: Entity | undefined = doc.entities.find((e) => e.id === a.entity);
  const words = m ? `'${m.text}' [${m.start},${m.end})` : `'${a.name}'`;
  const link = entity
    ? `entity ${entity.id} ${entity.name} (${entity.type}; kb ${entity.kb.id ?? 'none'}, country ${entity.kb.country ?? 'none'}` +
      `${entity.sector ? `, sector ${entity.sector}` : ''})`
    : 'no entity';
  return `${words} → ${link} → actor ${a.actor ?? 'none'}`;
}

function modalityReason(coder: EventCoder, doc: Doc, event: NewsEvent, trigger: TextSpan): string {
  const claim = event.claim !== null ? doc.claims[event.claim] : undefined;
  const index = doc.sentences.findIndex((s) => s.start === event.sentence.start);
  const t = doc.tokens.findIndex((k) => k.start === trigger.start);
  const clause = index >= 0 && t >= 0 ? clauseModality(coder, doc, index, t) : { controls: [], opener: null };
  const shift = event.rule?.includes(':') ? event.rule.slice(event.rule.indexOf(':') + 1) : null;
  const parts: string[] = [];
  if (clause.controls.length) parts.push(`governed by ${clause.controls.map((w) => `'${w}'`).join(', ')}`);
  if (clause.opener === 'if' || clause.opener === 'unless' || clause.opener === 'whether') parts.push(`clause opened by '${clause.opener}'`);
  if (shift) parts.push(`code shifted (${shift})`);
  if (claim) parts.push(`inside claim ${event.claim} ('${claim.cue}', stance ${claim.stance}, by ${claim.source.name})`);
  return parts.length ? parts.join('; ') : 'no governing word or claim';
}

/**
 * Explains event `eventIndex` of an analysed Doc for `newsgraph explain`: the rule and pattern that
 * coded it, the trigger span, the source and target mentions with their entity links and actor
 * codes, what set the modality, the date with its source, and a multi-line `summary`. The events
 * data is loaded once on first use unless a coder is given. Throws a RangeError when there is no such event.
 */
export function explainEvent(doc: Doc, eventIndex: number, coder?: EventCoder): EventExplanation {
  const event = doc.events[eventIndex];
  if (!event) throw new RangeError(`no event ${eventIndex}: the document has ${doc.events.length}`);
  const c = coder ?? (sharedCoder ??= createEventCoder());
  const trigger = event.trigger ?? { start: event.sentence.start, end: event.sentence.start, text: '' };
  const source = mentionOf(doc, event.source, event, trigger.start);
  const target = mentionOf(doc, event.target, event, trigger.end);
  const found = event.rule ? patternById(c, event.rule.split(':')[0]!) : null;
  const pattern = found
    ? { id: found.id, code: found.code, label: c.codebook.codes.get(found.code)?.label ?? '?' }
    : null;
  const reason = modalityReason(c, doc, event, trigger);
  const date = event.date
    ? `${event.date.value ?? '?'}${event.date.text ? ` ('${event.date.text}')` : ''} from the ${event.dateSource ?? 'text'}`
    : 'undated';
  const lines = [
    `event ${eventIndex}: CAMEO ${event.code} ${event.label} → PLOVER ${event.plover ?? 'none'} (quad class ${event.quadClass}, Goldstein ${event.goldstein})`,
    `  trigger  '${trigger.text}' [${trigger.start},${trigger.end})`,
    `  pattern  ${pattern ? `${pattern.id} → CAMEO ${pattern.code} ${pattern.label}` : 'none'}${event.rule && event.rule !== pattern?.id ? ` (rule ${event.rule})` : ''}`,
    `  source   ${describeActor(doc, source, event.source)}`,
    `  target   ${describeActor(doc, target, event.target)}`,
    `  modality ${event.modality}: ${reason}`,
    `  date     ${date}`,
    `  place    ${event.location ? `${event.location.name} (${event.location.country ?? 'no country'})` : 'none'}`,
    `  sentence ${event.evidence}`,
  ];
  return { event, rule: event.rule ?? null, pattern, trigger, source, target, modalityReason: reason, summary: lines.join('\n') };
}
