import { isIP } from 'node:net';

/**
 * Whether a host to bind to is the loopback interface only: `localhost`, `127.0.0.0/8` or `::1`
 * (also as `::ffff:127.x.y.z`). Anything else, `0.0.0.0` and `::` included, is reachable from elsewhere.
 */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1');
  if (h === 'localhost') return true;
  const v4 = h.replace(/^::ffff:/, '');
  if (isIP(v4) === 4) return v4.startsWith('127.');
  return h === '::1' || h === '0:0:0:0:0:0:0:1';
}
