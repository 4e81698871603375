import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorCode } from '../../src/kb/actor-code.js';
import type { Entity } from '../../src/analyze/record.js';
import { loadKnowledgeBase } from '../../src/kb/knowledge-base.js';
import { corefStage } from '../../src/analyze/coref/coref-stage.js';
import { createDoc } from '../../src/analyze/document.js';
import { entitiesStage } from '../../src/analyze/entities/entities-stage.js';
import { runPipeline } from '../../src/analyze/pipeline.js';
import { tokensStage } from '../../src/analyze/tokens/tokens-stage.js';

function entity(over: Partial<Entity> & { country?: string | null }): Entity {
  return {
    id: 'e1',
    name: 'x',
    type: 'ORG',
    kb: { id: null, country: over.country ?? null, role: null },
    mentions: [],
    sector: over.sector ?? null,
    actor: over.actor ?? null,
  };
}

const CASES: readonly { readonly rule: string; readonly e: Entity; readonly code: string | null }[] = [
  { rule: 'country and sector', e: entity({ country: 'RUS', sector: 'GOV' }), code: 'RUSGOV' },
  { rule: 'country alone', e: entity({ country: 'IRN' }), code: 'IRN' },
  { rule: 'rebels', e: entity({ country: 'YEM', sector: 'REB' }), code: 'YEMREB' },
  { rule: 'own code of an IGO', e: entity({ sector: 'IGO', actor: 'IGOUNO' }), code: 'IGOUNO' },
  { rule: 'nothing known', e: entity({}), code: null },
  { rule: 'Kosovo under its CAMEO code', e: entity({ country: 'KSV', sector: 'COP' }), code: 'KSVCOP' },
];

for (const c of CASES) {
  test(`actorCode: ${c.rule}`, () => assert.equal(actorCode(c.e), c.code));
}

test('actorCode: on analysed text', () => {
  const kb = loadKnowledgeBase();
  const r = runPipeline([tokensStage, entitiesStage(kb), corefStage(kb)], createDoc({ text: 'The Houthis and NATO responded after Russian President Vladimir Putin spoke.', published: '2024-10-11' }));
  const code = (name: string): string | null => actorCode(r.entities.find((e) => e.name === name)!);
  assert.equal(code('Houthis'), 'YEMREB');
  assert.equal(code('NATO'), 'IGOWSTNAT');
  assert.equal(code('Vladimir Putin'), 'RUSGOV');
});

test('actorCode: the Pope, Kosovo and groups of countries on analysed text', () => {
  const kb = loadKnowledgeBase();
  const r = runPipeline([tokensStage, entitiesStage(kb), corefStage(kb)], createDoc({ text: 'The Pope met Kosovo officials. Western allies and Gulf states sent aid.', published: '2024-10-11' }));
  const code = (name: string): string | null => actorCode(r.entities.find((e) => e.name === name)!);
  assert.equal(code('Pope Francis'), 'VATREL');
  assert.equal(code('Kosovo'), 'KSV');
  assert.equal(code('Western countries'), 'WST');
  assert.equal(code('Gulf states'), 'PGS');
});
