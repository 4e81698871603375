import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from './run-cli.js';

const ARTICLE = 'date 2024-03-04 Strike\nRussian forces attacked Kharkiv on Sunday, Ukrainian officials said.\n\nIran supplied drones to Russia last year.';

const cases: readonly { name: string; argv: string[]; code: number; out: RegExp[] }[] = [
  {
    name: 'every event, with trigger, pattern, actors, modality and date source',
    argv: ['explain', '-'],
    code: 0,
    out: [/^Strike: \d+ event\(s\)$/m, /^event 0: CAMEO \d{3,4} /m, /^ {2}trigger {2}'/m, /^ {2}pattern {2}\S+ → CAMEO /m, /^ {2}source {3}'.+' \[\d+,\d+\) → entity e\d+ /m, /^ {2}modality /m, /^ {2}date {5}/m],
  },
  { name: 'one event by number', argv: ['explain', '-', '--event', '0'], code: 0, out: [/^event 0: /m] },
];

for (const c of cases) {
  test(`cli explain: ${c.name}`, async () => {
    const r = await runCli(c.argv, { stdin: ARTICLE });
    assert.equal(r.code, c.code, r.stderr);
    for (const re of c.out) assert.match(r.stdout, re);
  });
}

test('cli explain: event 1 of the drones sentence names Iran as source and Russia as target', async () => {
  const r = await runCli(['explain', '-'], { stdin: ARTICLE });
  const block = r.stdout.split('\n\n').find((b) => /'supplied'/.test(b));
  assert.ok(block, r.stdout);
  assert.match(block, /source {3}'Iran'.* → actor IRN/);
  assert.match(block, /target {3}'Russia'.* → actor RUS/);
});
