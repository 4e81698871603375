import { sql, type Expression, type RawBuilder } from 'kysely';

/** A LIKE pattern (used with `escape '\'`) for the strings that contain `word`: its `%`, `_` and `\` escaped. */
export function containsPattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, '\\$&')}%`;
}

/** `value like '%word%'` with the word's wildcards escaped: true when the text contains the word (as written). */
export function contains(value: Expression<string | null>, word: string): RawBuilder<boolean> {
  return sql<boolean>`${value} like ${containsPattern(word)} escape '\\'`;
}
