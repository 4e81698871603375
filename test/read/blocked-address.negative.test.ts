import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isBlockedAddress } from '../../src/read/blocked-address.js';

const open: readonly string[] = ['8.8.8.8', '1.1.1.1', '172.32.0.1', '172.15.255.255', '192.169.0.1', '100.128.0.1', '11.0.0.1', '2606:4700:4700::1111', '2001:4860:4860::8888', '::ffff:8.8.8.8'];

for (const address of open) {
  test(`isBlockedAddress: ${address} is a public address`, () => assert.equal(isBlockedAddress(address), false));
}
