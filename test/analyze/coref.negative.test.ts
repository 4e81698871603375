import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledgeBase } from '../../src/kb/knowledge-base.js';
import { corefStage } from '../../src/analyze/coref/coref-stage.js';
import { createDoc } from '../../src/analyze/document.js';
import { entitiesStage } from '../../src/analyze/entities/entities-stage.js';
import { runPipeline } from '../../src/analyze/pipeline.js';
import { tokensStage } from '../../src/analyze/tokens/tokens-stage.js';

const kb = loadKnowledgeBase();
const pipeline = [tokensStage, entitiesStage(kb), corefStage(kb)];
const run = (text: string) => runPipeline(pipeline, createDoc({ text, published: '2024-10-11' })).entities;

const CASES: readonly { readonly rule: string; readonly text: string; readonly check: (e: ReturnType<typeof run>) => void }[] = [
  {
    rule: 'no antecedent: the pronoun stays unresolved',
    text: 'He said the weather in Cairo was mild.',
    check: (e) => assert.equal(e.flatMap((x) => x.mentions).filter((m) => m.kind === 'pronoun').length, 0),
  },
  {
    rule: 'a person far back (more than two sentences) is not taken',
    text: 'Sergei Lavrov spoke. The hall was full. Rain fell outside. Snow followed. He left.',
    check: (e) => assert.equal(e.flatMap((x) => x.mentions).filter((m) => m.kind === 'pronoun').length, 0),
  },
  {
    rule: 'a capital as a place is not the government',
    text: 'Thousands marched through Moscow on Sunday.',
    check: (e) => assert.notEqual(e.find((x) => x.name === 'Moscow')?.sector, 'GOV'),
  },
  {
    rule: 'he never joins a person with a female given name',
    text: 'Mary Tanaka spoke first. He disagreed.',
    check: (e) => assert.equal(e.find((x) => x.name === 'Mary Tanaka')?.mentions.some((m) => m.kind === 'pronoun'), false),
  },
  {
    rule: 'he never joins a country',
    text: 'Iran tested a missile. He was not there.',
    check: (e) => assert.equal(e.find((x) => x.name === 'Iran')?.mentions.some((m) => m.kind === 'pronoun'), false),
  },
];

for (const c of CASES) test(`coref negative: ${c.rule}`, () => c.check(run(c.text)));
