import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRateLimiter } from '../../src/server/rate-limiter.js';

interface Step {
  /** Milliseconds since the start. */
  readonly at: number;
  readonly client: string;
  /** True when allowed, else the seconds to wait. */
  readonly expect: true | number;
}

const cases: readonly { name: string; burst: number; perSecond: number; maxClients?: number; steps: readonly Step[] }[] = [
  {
    name: 'a burst is allowed, the next request waits',
    burst: 2,
    perSecond: 1,
    steps: [
      { at: 0, client: 'a', expect: true },
      { at: 0, client: 'a', expect: true },
      { at: 0, client: 'a', expect: 1 },
    ],
  },
  {
    name: 'tokens come back with time, never above the burst',
    burst: 2,
    perSecond: 1,
    steps: [
      { at: 0, client: 'a', expect: true },
      { at: 0, client: 'a', expect: true },
      { at: 500, client: 'a', expect: 1 },
      { at: 1000, client: 'a', expect: true },
      { at: 60_000, client: 'a', expect: true },
      { at: 60_000, client: 'a', expect: true },
      { at: 60_000, client: 'a', expect: 1 },
    ],
  },
  {
    name: 'clients have buckets of their own',
    burst: 1,
    perSecond: 1,
    steps: [
      { at: 0, client: 'a', expect: true },
      { at: 0, client: 'a', expect: 1 },
      { at: 0, client: 'b', expect: true },
    ],
  },
  {
    name: 'a slow refill says how long to wait',
    burst: 1,
    perSecond: 0.1,
    steps: [
      { at: 0, client: 'a', expect: true },
      { at: 2000, client: 'a', expect: 8 },
    ],
  },
  {
    name: 'past the client cap, full buckets are forgotten first',
    burst: 1,
    perSecond: 1,
    maxClients: 2,
    steps: [
      { at: 0, client: 'a', expect: true },
      { at: 5000, client: 'b', expect: true },
      { at: 5000, client: 'c', expect: true },
      { at: 5000, client: 'b', expect: 1 },
    ],
  },
  {
    name: 'past the client cap with no full bucket, the oldest client is forgotten',
    burst: 1,
    perSecond: 0.001,
    maxClients: 2,
    steps: [
      { at: 0, client: 'a', expect: true },
      { at: 0, client: 'b', expect: true },
      { at: 0, client: 'c', expect: true },
      { at: 0, client: 'b', expect: 1000 },
      { at: 0, client: 'a', expect: true },
    ],
  },
];

for (const c of cases) {
  test(`rate limiter: ${c.name}`, () => {
    let now = 0;
    const limiter = createRateLimiter({ burst: c.burst, perSecond: c.perSecond, maxClients: c.maxClients, now: () => now });
    for (const step of c.steps) {
      now = step.at;
      const decision = limiter.take(step.client);
      assert.deepEqual(decision, step.expect === true ? { allowed: true } : { allowed: false, retryAfterSeconds: step.expect }, `${step.client} at ${step.at}`);
    }
  });
}
