import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledgeBase } from '../../src/kb/knowledge-base.js';
import { corefStage } from '../../src/analyze/coref/coref-stage.js';
import { createDoc } from '../../src/analyze/document.js';
import { entitiesStage } from '../../src/analyze/entities/entities-stage.js';
import { runPipeline } from '../../src/analyze/pipeline.js';
import { tokensStage } from '../../src/analyze/tokens/tokens-stage.js';
import type { Entity } from '../../src/analyze/record.js';

const kb = loadKnowledgeBase();
const pipeline = [tokensStage, entitiesStage(kb), corefStage(kb)];
const run = (text: string): readonly Entity[] => runPipeline(pipeline, createDoc({ text, published: '2024-10-11' })).entities;

interface Case {
  readonly rule: string;
  readonly text: string;
  /** Entity name → pronoun texts it must hold. */
  readonly pronouns?: Readonly<Record<string, readonly string[]>>;
  /** Entity name → sector it must have. */
  readonly sectors?: Readonly<Record<string, string>>;
}

const CASES: readonly Case[] = [
  { rule: 'he → the person before', text: 'Sergei Lavrov arrived in Geneva. He met reporters.', pronouns: { 'Sergei Lavrov': ['He'] } },
  { rule: 'his → the nearest person', text: 'Mariam Okonjo-Bello praised Helga Lindqvist for her work.', pronouns: { 'Helga Lindqvist': ['her'] } },
  { rule: 'they → the group before', text: 'The Houthis claimed the attack. They said more would follow.', pronouns: { Houthis: ['They'] } },
  { rule: 'she skips a nearer male person', text: 'Angela Okafor thanked John Mensah. She left early.', pronouns: { 'Angela Okafor': ['She'], 'John Mensah': [] } },
  { rule: 'he skips a nearer female person', text: 'Peter Lindgren introduced Mary Tanaka. He spoke first.', pronouns: { 'Peter Lindgren': ['He'], 'Mary Tanaka': [] } },
  { rule: 'a name of unknown gender takes either', text: 'Reporters met Okello Ssempa. She answered every question.', pronouns: { 'Okello Ssempa': ['She'] } },
  { rule: 'capital as actor is the government', text: 'Moscow said the strikes were a response.', sectors: { Moscow: 'GOV' } },
  { rule: 'seat of government as actor', text: 'The Kremlin warned against escalation.', sectors: { Kremlin: 'GOV' } },
];

for (const c of CASES) {
  test(`coref: ${c.rule}`, () => {
    const found = run(c.text);
    for (const [name, texts] of Object.entries(c.pronouns ?? {})) {
      const e = found.find((x) => x.name === name);
      assert.ok(e, `${name} in ${found.map((x) => x.name).join(', ')}`);
      assert.deepEqual(e.mentions.filter((m) => m.kind === 'pronoun').map((m) => m.text), texts);
    }
    for (const [name, sector] of Object.entries(c.sectors ?? {})) assert.equal(found.find((x) => x.name === name)?.sector, sector);
  });
}
