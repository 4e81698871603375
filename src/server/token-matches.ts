import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/**
 * Whether a presented token equals the expected one, compared in constant time: both are hashed to
 * equal-length SHA-256 digests first, so neither the content nor the length leaks through timing.
 */
export function tokenMatches(presented: string, expected: string): boolean {
  return timingSafeEqual(digest(presented), digest(expected));
}
