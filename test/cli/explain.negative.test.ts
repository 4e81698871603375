import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from './run-cli.js';

const cases: readonly { name: string; argv: string[]; stdin: string; code: number; stream: 'stdout' | 'stderr'; message: RegExp }[] = [
  { name: 'no event in the text', argv: ['explain', '-'], stdin: 'The weather was mild and the markets were closed.', code: 0, stream: 'stdout', message: /no event was coded/ },
  { name: 'an event number past the end', argv: ['explain', '-', '--event', '40'], stdin: 'Iran supplied drones to Russia.', code: 4, stream: 'stderr', message: /there is no event 40/ },
  { name: 'an event that is not a number', argv: ['explain', '-', '--event', 'first'], stdin: 'x', code: 2, stream: 'stderr', message: /--event expects an event number/ },
  { name: 'two inputs', argv: ['explain', 'a.txt', 'b.txt'], stdin: '', code: 2, stream: 'stderr', message: /exactly one input/ },
];

for (const c of cases) {
  test(`cli explain (negative): ${c.name}`, async () => {
    const r = await runCli(c.argv, { stdin: c.stdin });
    assert.equal(r.code, c.code, r.stderr);
    assert.match(r[c.stream], c.message);
  });
}
