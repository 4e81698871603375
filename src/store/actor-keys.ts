/** CAMEO actor codes are built of three-letter parts: `IRN` + `GOV`. */
export const ACTOR_PART = 3;

/**
 * The keys an actor code is found under: each prefix made of whole three-letter parts, and the code
 * itself (`IRNGOVMIL` → `IRN`, `IRNGOV`, `IRNGOVMIL`). A filter on a prefix of whole parts looks up
 * one key instead of scanning codes.
 */
export function actorKeys(code: string): string[] {
  const keys: string[] = [];
  for (let n = ACTOR_PART; n < code.length; n += ACTOR_PART) keys.push(code.slice(0, n));
  if (code !== '') keys.push(code);
  return keys;
}
