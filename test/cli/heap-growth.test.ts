import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { limitHeapGrowth } from '../../src/cli/heap-growth.js';

const cases: readonly { readonly execArgv: readonly string[]; readonly sets: boolean }[] = [
  { execArgv: [], sets: true },
  { execArgv: ['--import', 'tsx', '--max-old-space-size=256'], sets: true },
  { execArgv: ['--heap-growing-percent=100'], sets: false },
  { execArgv: ['--import', 'tsx', '--heap_growing_percent=20'], sets: false },
];

for (const c of cases) {
  test(`heap growth: node started with [${c.execArgv.join(' ')}] ${c.sets ? 'gets' : 'keeps its own'} heap growing percent`, () => {
    assert.equal(limitHeapGrowth(c.execArgv), c.sets);
  });
}

const module = new URL('../../src/cli/heap-growth.ts', import.meta.url).href;

test('heap growth: with limitHeapGrowth a process that keeps 400,000 objects and churns garbage peaks at a smaller heap', () => {
  const script = `
    import { limitHeapGrowth } from ${JSON.stringify(module)};
    if (process.argv[1] === 'limit') limitHeapGrowth([]);
    const keep = [];
    for (let i = 0; i < 400000; i++) keep.push({ i, s: 'x' + i });
    let peak = 0;
    for (let round = 0; round < 30; round++) {
      let junk = [];
      for (let i = 0; i < 200000; i++) junk.push({ i, s: 'y' + i });
      junk = null;
      peak = Math.max(peak, process.memoryUsage().heapTotal);
    }
    process.stdout.write(String(peak));`;
  const peak = (mode: string): number =>
    Number(execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, mode], { encoding: 'utf8' }));
  const limited = peak('limit');
  const unlimited = peak('default');
  assert.ok(limited < unlimited * 0.8, `peak heap ${limited} bytes with the limit, ${unlimited} without`);
});
