import { mentionsIn, type AttributionContext } from './attribution-context.js';
import { resolveName, type SpeakerMemory } from './resolve-speaker.js';
import { subjectAfter, subjectBefore } from './speaker-phrase.js';
import { speechVerbAt } from './speech-verb-at.js';

const SUBJECT_WINDOW = 4;

/**
 * The antecedents that "he said" and "she told reporters" resolve against, in text order: every
 * named (non-pronoun) subject of a speech verb, and every person named at the start of a sentence
 * (its subject, a title or two allowed before the name). Computed once per document and shared
 * by the quotes and claims stages.
 */
export function collectSpeakers(ctx: AttributionContext): SpeakerMemory {
  ctx.memo.speakers ??= speakersOf(ctx);
  return ctx.memo.speakers;
}

function speakersOf(ctx: AttributionContext): SpeakerMemory {
  const out: SpeakerMemory = [];
  for (const s of ctx.doc.sentences) {
    const opening = mentionsIn(ctx, s.start, ctx.doc.tokens[Math.min(s.firstToken + SUBJECT_WINDOW, s.endToken - 1)]!.end).find(
      (m) => m.entity.type === 'PERSON' && m.mention.kind !== 'pronoun',
    );
    if (opening) out.push({ entity: opening.entity.id, name: opening.entity.name, type: 'PERSON', at: opening.mention.start });
    for (let v = s.firstToken; v < s.endToken; v++) {
      if (!speechVerbAt(ctx, v)) continue;
      const phrase =
        subjectBefore(ctx, v, s.firstToken) ?? (ctx.lower[v - 1] === ',' || /^["”]$/.test(ctx.lower[v - 1] ?? '') ? subjectAfter(ctx, v + 1, s.endToken) : null);
      if (phrase && !phrase.pronoun) out.push(resolveName(ctx, phrase));
    }
  }
  return out;
}
