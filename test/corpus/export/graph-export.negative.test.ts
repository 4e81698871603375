import assert from 'node:assert/strict';
import { test } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { graphGexf } from '../../../src/corpus/export/graph-gexf.js';
import { graphGraphml } from '../../../src/corpus/export/graph-graphml.js';
import { xmlEscape } from '../../../src/corpus/export/xml-escape.js';
import type { ActorGraph } from '../../../src/store/store.js';

const EMPTY: ActorGraph = { nodes: [], edges: [] };

test('graph exports (negative): an empty graph is still a valid document with no nodes or edges', () => {
  for (const xml of [graphGexf(EMPTY), graphGraphml(EMPTY)]) {
    assert.equal(XMLValidator.validate(xml), true);
    assert.doesNotMatch(xml, /<node |<edge /);
  }
  assert.match(graphGexf(EMPTY), /<nodes>\s*<\/nodes>\s*<edges>\s*<\/edges>/);
  assert.match(graphGraphml(EMPTY), /<graph id="actors" edgedefault="directed">\s*<\/graph>/);
});

const HOSTILE: ActorGraph = {
  nodes: [
    { id: 'A&B"<x>', events: 1 },
    { id: 'C\u0001D\uFFFF', events: 1 },
  ],
  edges: [{ source: 'A&B"<x>', target: 'C\u0001D\uFFFF', events: 1, goldstein: 0, quadClasses: [1, 0, 0, 0] }],
};

test('graph exports (negative): ids with markup and characters XML forbids stay well-formed and round-trip', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
  for (const xml of [graphGexf(HOSTILE, { label: (id) => `label </node> ${id}`, description: ']]> & <!-- -->' }), graphGraphml(HOSTILE, { label: (id) => `label </node> ${id}` })]) {
    assert.equal(XMLValidator.validate(xml), true, xml);
    assert.doesNotMatch(xml, /[\u0001\uFFFF]/);
    assert.ok(xml.includes('source="A&amp;B&quot;&lt;x&gt;" target="CD"'));
    assert.ok(parser.parse(xml));
  }
});

test('xml escape (negative): lone surrogates and control characters are dropped, pairs kept', () => {
  assert.equal(xmlEscape('a\uD800b\uDC00c\u0000d\u001Fe\u000Bf'), 'abcdef');
  assert.equal(xmlEscape('\uD83D\uDE00'), '\uD83D\uDE00');
  assert.equal(xmlEscape(''), '');
});
