import type { Doc } from '../document.js';
import type { EventActor, Mention, NewsEvent, TextSpan } from '../record.js';

/** Why an event was coded: the pattern, the trigger words and the actor mentions it was built from. */
export interface EventExplanation {
  readonly event: NewsEvent;
  readonly rule: string | null;
  readonly trigger: TextSpan;
  readonly source: Mention | null;
  readonly target: Mention | null;
  /** One line for a terminal. */
  readonly summary: string;
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

const describe = (m: Mention | null, a: EventActor | null): string =>
  a ? `'${m?.text ?? a.name}' (${a.actor ?? 'no code'})` : 'none';

/**
 * Explains event `eventIndex` of an analysed Doc for `newsgraph explain`: the rule that coded it,
 * the trigger span, the source and target mentions in its sentence, and a one-line summary.
 * Throws a RangeError when there is no such event.
 */
export function explainEvent(doc: Doc, eventIndex: number): EventExplanation {
  const event = doc.events[eventIndex];
  if (!event) throw new RangeError(`no event ${eventIndex}: the document has ${doc.events.length}`);
  const trigger = event.trigger ?? { start: event.sentence.start, end: event.sentence.start, text: '' };
  const source = mentionOf(doc, event.source, event, trigger.start);
  const target = mentionOf(doc, event.target, event, trigger.end);
  const date = event.date ? `${event.date.value ?? event.date.text ?? '?'} from the ${event.dateSource ?? 'text'}` : 'undated';
  const summary =
    `CAMEO ${event.code} (${event.label}; PLOVER ${event.plover ?? 'none'}) by pattern '${event.rule ?? '?'}' ` +
    `on '${trigger.text}'; source ${describe(source, event.source)}, target ${describe(target, event.target)}; ` +
    `${event.modality}${event.claim !== null ? ` (claim ${event.claim})` : ''}; ${date}`;
  return { event, rule: event.rule ?? null, trigger, source, target, summary };
}
