import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import type { Doc } from '../document.js';
import type { Stage } from '../pipeline.js';
import { NameFinder } from './find-names.js';
import { nationalTeams } from './national-teams.js';
import { resolveEntities } from './resolve-entities.js';
import { tokenView } from './token-view.js';

/**
 * The entities stage: finds names (knowledge-base look-up over the tokens, titled people,
 * typed capitalised chains), links them to the knowledge base at the article's date and groups
 * them into entities with their mentions; in sports reports, countries that play are teams.
 */
export function entitiesStage(kb: KnowledgeBase): Stage {
  const finder = new NameFinder(kb);
  const teams = nationalTeams(kb);
  return {
    name: 'entities',
    run: (doc: Doc): Doc => {
      const view = tokenView(doc.tokens, finder.words);
      return { ...doc, entities: teams(doc, view, resolveEntities(finder.find(doc, view), doc.text, kb.byName)) };
    },
  };
}
