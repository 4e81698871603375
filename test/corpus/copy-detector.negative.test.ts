import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CopyDetector, type CopyInput } from '../../src/corpus/copy-detector.js';
import { ELECTION_REPORT, PORT_OTHER_REPORT, PORT_REPORT } from './fixtures/copy-texts.js';

const SHARED_QUOTE = 'The minister said the talks had been "frank and useful" and would continue next month in the capital.';

const cases: readonly { name: string; earlier: CopyInput; later: CopyInput }[] = [
  {
    name: 'two reports of one event',
    earlier: { id: 'a', text: PORT_REPORT, published: '2026-03-03' },
    later: { id: 'b', text: PORT_OTHER_REPORT, published: '2026-03-03' },
  },
  {
    name: 'unrelated reports',
    earlier: { id: 'a', text: PORT_REPORT, published: '2026-03-03' },
    later: { id: 'b', text: ELECTION_REPORT, published: '2026-03-03' },
  },
  {
    name: 'reports sharing one quoted sentence',
    earlier: { id: 'a', text: `${PORT_REPORT} ${SHARED_QUOTE}`, published: '2026-03-03' },
    later: { id: 'b', text: `${ELECTION_REPORT} ${SHARED_QUOTE}`, published: '2026-03-03' },
  },
  {
    name: 'short texts that differ by a word',
    earlier: { id: 'a', text: 'Talks resume on Monday.', published: null },
    later: { id: 'b', text: 'Talks resume on Tuesday.', published: null },
  },
  {
    name: 'two identical lines of boilerplate (texts too short to be articles)',
    earlier: { id: 'a', text: 'Sign up for our newsletter to get the day’s top stories in your inbox every morning.', published: null },
    later: { id: 'b', text: 'Sign up for our newsletter to get the day’s top stories in your inbox every morning.', published: null },
  },
  {
    name: 'an empty text after another empty-looking text of punctuation',
    earlier: { id: 'a', text: '— … —', published: null },
    later: { id: 'b', text: '', published: null },
  },
];

for (const c of cases) {
  test(`copies (negative): ${c.name} are not copies`, () => {
    const d = new CopyDetector();
    d.add(c.earlier);
    const r = d.add(c.later);
    assert.equal(r.matched, null);
    assert.deepEqual(r.links, [{ id: 'b', copyOf: null, similarity: null }]);
  });
}

test('copies (negative): an article stored again under its own id does not copy itself', () => {
  const d = new CopyDetector();
  d.add({ id: 'a', text: PORT_REPORT, published: null });
  assert.equal(d.add({ id: 'a', text: PORT_REPORT, published: null }).matched, null);
});
