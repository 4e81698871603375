import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import type { Doc } from '../document.js';
import type { Stage } from '../pipeline.js';
import type { DataVersions, NewsEvent } from '../record.js';
import { loadCameoCodebook } from './cameo-codebook.js';
import { loadClauseWords } from './clause-words.js';
import { HARD_PUNCT } from './clause.js';
import { codeSentence, type EventCoder } from './code-sentence.js';
import { createLemmatizer, inflectedForms, loadVerbForms } from './lemmatizer.js';
import { mentionsBySentence } from './sentence-view.js';
import { createWordInfos } from './sentence-words.js';
import { loadVerbPatterns } from './verb-patterns.js';

/** Loads the events data (codebook, verb patterns, verb forms, clause words) once and builds the coder. */
export function createEventCoder(): EventCoder & { readonly versions: DataVersions } {
  const codebook = loadCameoCodebook();
  const patterns = loadVerbPatterns(codebook);
  const words = loadClauseWords();
  const forms = loadVerbForms();
  const heads = new Set<string>([
    ...patterns.verbs.keys(),
    ...patterns.nouns.keys(),
    ...words.speech,
    ...words.demandSpeech,
    ...words.purposeVerbs,
    ...words.objectControls,
    ...words.lightVerbs,
    ...words.controls.keys(),
  ]);
  const known = new Set<string>([...patterns.lemmas, ...heads]);
  const lemmatize = createLemmatizer(forms, known, heads);
  const indexes = [patterns.verbs, patterns.nouns, patterns.obligations];
  const triggerKeys = new Set(indexes.flatMap((index) => [...index.keys()]));
  const triggerForms = inflectedForms(triggerKeys, forms);
  return {
    codebook,
    patterns,
    words,
    lemmatize,
    triggerForms,
    wordInfos: createWordInfos(lemmatize, {
      triggerForms,
      triggerKeys,
      objectFirsts: patterns.objectFirsts,
      hardPunct: HARD_PUNCT,
      words,
    }),
    verbLemmas: new Set([...patterns.verbs.keys(), ...words.controls.keys(), ...words.speech]),
    versions: {
      'events/cameo-codes': codebook.version,
      'events/verb-patterns': patterns.version,
      'events/verb-forms': forms.version,
      'events/clause-words': words.version,
    },
  };
}

/**
 * The events stage: codes who did what to whom in each sentence (CAMEO code, PLOVER type, source
 * and target actors, date, place, modality) from the verb-pattern dictionary, the entities,
 * times and claims layers. Data files are loaded when the stage is created; `versions` names them.
 */
export function eventsStage(
  _kb?: KnowledgeBase,
  coder: EventCoder & { readonly versions: DataVersions } = createEventCoder(),
): Stage & { readonly versions: DataVersions } {
  return {
    name: 'events',
    versions: coder.versions,
    run(doc: Doc): Doc {
      const events: NewsEvent[] = [];
      const placed = mentionsBySentence(doc);
      for (let s = 0; s < doc.sentences.length; s++) {
        if (placed[s]!.length === 0) continue;
        for (const e of codeSentence(coder, doc, s, placed[s]!)) events.push(e);
      }
      return { ...doc, events };
    },
  };
}
