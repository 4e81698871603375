import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isLoopbackHost } from '../../src/server/is-loopback-host.js';

const hosts: readonly [host: string, loopback: boolean][] = [
  ['127.0.0.1', true],
  ['127.1.2.3', true],
  ['localhost', true],
  ['LOCALHOST', true],
  ['::1', true],
  ['[::1]', true],
  ['::ffff:127.0.0.1', true],
  ['0.0.0.0', false],
  ['::', false],
  ['192.168.1.10', false],
  ['10.0.0.1', false],
  ['example.org', false],
  ['localhost.example.org', false],
  ['128.0.0.1', false],
];

for (const [host, loopback] of hosts) {
  test(`isLoopbackHost(${host}) is ${loopback}`, () => assert.equal(isLoopbackHost(host), loopback));
}
