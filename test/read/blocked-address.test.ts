import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isBlockedAddress } from '../../src/read/blocked-address.js';

const blocked: readonly string[] = [
  '127.0.0.1', '127.8.9.10', '10.0.0.1', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1',
  '0.0.0.0', '224.0.0.1', '255.255.255.255', '::1', '::', 'fe80::1', 'fd12:3456::1', 'fc00::1', 'ff02::1', '::ffff:127.0.0.1', '::ffff:10.1.1.1',
];

for (const address of blocked) {
  test(`isBlockedAddress: ${address} is blocked`, () => assert.equal(isBlockedAddress(address), true));
}
