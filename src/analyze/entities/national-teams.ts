import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import type { Doc } from '../document.js';
import type { Entity } from '../record.js';
import type { TokenView } from './token-view.js';
import { SPORTS_WORD } from './word-classes.js';

/**
 * In a sports report (four different sports words or more), a country that plays — followed by
 * a team verb ("Sweden defeated") or a score ("Belgium 3 – 0 Panama") — is its national team:
 * an ORG that keeps the country link. The UK's home nations (England, Scotland, Wales, Northern
 * Ireland) field their own teams. The token view's word classes must hold the sports words
 * (`SPORTS_WORD`), as the name finder's do.
 */
export function nationalTeams(kb: KnowledgeBase): (doc: Doc, view: TokenView, entities: Entity[]) => Entity[] {
  const sports = new Set(kb.cues.sportsWords);
  const verbs = new Set(kb.cues.teamVerbs);
  return (doc, view, entities) => {
    const seen = new Set<string>();
    const { tokens, lower, classes } = view;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'word') continue;
      const straightened = lower[i]!.includes("'");
      const word = straightened ? t.text.toLowerCase() : lower[i]!;
      if (straightened ? sports.has(word) : (classes[i]! & SPORTS_WORD) !== 0) {
        seen.add(word);
        if (seen.size >= 4) break;
      }
    }
    if (seen.size < 4) return entities;
    return entities.map((e) => {
      if (e.type !== 'GPE' || !(e.kb.id?.startsWith('country/') || e.kb.id?.startsWith('adm/gbr/'))) return e;
      const plays = e.mentions.some((m) => {
        const next = /^(?:'s\s+)?\s*([\p{L}\p{N}]+)/u.exec(doc.text.slice(m.end, m.end + 20))?.[1];
        return !!next && (verbs.has(next.toLowerCase()) || /^\d+$/.test(next));
      });
      return plays ? { ...e, type: 'ORG' } : e;
    });
  };
}
