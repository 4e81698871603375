/**
 * The exclusive upper bound of the strings that start with `prefix`, in code-point (binary) order:
 * `s >= prefix and s < prefixBound(prefix)` holds exactly for those strings, and can use an index.
 */
export function prefixBound(prefix: string): string {
  return `${prefix}\u{10FFFF}`;
}
