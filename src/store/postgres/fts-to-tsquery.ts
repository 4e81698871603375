import { StoreError } from '../store-error.js';

const QUERY_HELP =
  'expected an FTS5 query: words, "quoted phrases", AND / OR / NOT, prefix*, title: or text: (quote words with punctuation, e.g. "al-Assad")';

/** The weight label each searchable column's words carry in the text vector. */
export const COLUMN_WEIGHTS: Readonly<Record<string, string>> = { title: 'A', text: 'B' };

const TOKEN = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;
const BAREWORD = /^[A-Za-z0-9_\u001A\u0080-\u{10FFFF}]+/u;
const KEYWORDS = new Set(['AND', 'OR', 'NOT']);

type Lexeme =
  | { readonly kind: 'word' | 'string'; readonly text: string }
  | { readonly kind: 'keyword'; readonly text: 'AND' | 'OR' | 'NOT' }
  | { readonly kind: '(' | ')' | ':' | '+' | '*' };

function fail(query: string, why: string): never {
  throw new StoreError('bad-query', `${QUERY_HELP}; got ${JSON.stringify(query)} (${why})`);
}

function lex(query: string): Lexeme[] {
  const out: Lexeme[] = [];
  let i = 0;
  while (i < query.length) {
    const c = query[i]!;
    if (/\s/.test(c)) {
      i += 1;
    } else if (c === '(' || c === ')' || c === ':' || c === '+' || c === '*') {
      out.push({ kind: c });
      i += 1;
    } else if (c === '"') {
      let text = '';
      let j = i + 1;
      for (;;) {
        if (j >= query.length) fail(query, 'unterminated string');
        if (query[j] === '"') {
          if (query[j + 1] !== '"') break;
          j += 1;
        }
        text += query[j];
        j += 1;
      }
      out.push({ kind: 'string', text });
      i = j + 1;
    } else {
      const word = BAREWORD.exec(query.slice(i))?.[0];
      if (word === undefined) fail(query, `syntax error near "${c}"`);
      if (word === 'NEAR' && query[i + word.length] === '(') fail(query, 'NEAR groups are not supported by the PostgreSQL store');
      out.push(KEYWORDS.has(word) ? { kind: 'keyword', text: word as 'AND' | 'OR' | 'NOT' } : { kind: 'word', text: word });
      i += word.length;
    }
  }
  return out;
}

function and(left: string | null, right: string | null): string | null {
  return left === null ? right : right === null ? left : `(${left} & ${right})`;
}

function or(left: string | null, right: string | null): string | null {
  return left === null ? right : right === null ? left : `(${left} | ${right})`;
}

/** A phrase as `to_tsquery` text: its words in a row, the last one a prefix when asked; null when it has no words. */
function phrase(text: string, prefix: boolean, weight: string): string | null {
  const words = text.match(TOKEN) ?? [];
  if (words.length === 0) return null;
  return words
    .map((w, i) => {
      const marks = `${i === words.length - 1 && prefix ? '*' : ''}${weight}`;
      return marks === '' ? `'${w}'` : `'${w}':${marks}`;
    })
    .join(' <-> ');
}

/**
 * Compiles a query of the store's FTS5 syntax (the SQLite store's language) to `to_tsquery` text, so both
 * stores take the same queries: barewords and "quoted phrases" (a run of words), `phrase*` prefixes,
 * `a + b` phrase joins, implicit or explicit `AND`, `OR`, binary `NOT`, parentheses, and `title:` /
 * `text:` column filters (as weight labels). With `plain`, every whitespace-separated word is a phrase
 * and all must occur. Null when the query holds no word at all. `bad-query` for invalid syntax.
 */
export function toTsQuery(query: string, plain: boolean): string | null {
  if (plain) return query.split(/\s+/).reduce<string | null>((acc, word) => and(acc, phrase(word, false, '')), null);
  const lexemes = lex(query);
  let at = 0;
  const peek = (): Lexeme | undefined => lexemes[at];
  const isKeyword = (word: string): boolean => {
    const l = peek();
    return l?.kind === 'keyword' && l.text === word;
  };
  const startsPrimary = (): boolean => {
    const kind = peek()?.kind;
    return kind === 'word' || kind === 'string' || kind === '(';
  };

  function primary(weight: string): string | null {
    const l = peek();
    if (l === undefined) fail(query, 'the query ends where a word was expected');
    if (l.kind === 'word' && lexemes[at + 1]?.kind === ':') {
      const column = l.text.toLowerCase();
      const label = COLUMN_WEIGHTS[column];
      if (label === undefined) fail(query, `no such column: ${l.text}`);
      at += 2;
      return primary(label);
    }
    if (l.kind === '(') {
      at += 1;
      const inner = orExpr(weight);
      if (peek()?.kind !== ')') fail(query, 'expected a closing parenthesis');
      at += 1;
      return inner;
    }
    if (l.kind !== 'word' && l.kind !== 'string') fail(query, `syntax error near ${l.kind === 'keyword' ? l.text : `"${l.kind}"`}`);
    let text = '';
    let prefix: boolean;
    for (;;) {
      const part = peek();
      if (part?.kind !== 'word' && part?.kind !== 'string') fail(query, 'expected a word after "+"');
      text += ` ${part.text}`;
      at += 1;
      prefix = peek()?.kind === '*';
      if (prefix) at += 1;
      if (peek()?.kind !== '+') break;
      at += 1;
    }
    return phrase(text, prefix, weight);
  }

  function notExpr(weight: string): string | null {
    let left = primary(weight);
    while (isKeyword('NOT')) {
      at += 1;
      const right = primary(weight);
      left = left === null || right === null ? left : `(${left} & !${right})`;
    }
    return left;
  }

  function andExpr(weight: string): string | null {
    let left = notExpr(weight);
    for (;;) {
      if (isKeyword('AND')) at += 1;
      else if (!startsPrimary()) return left;
      left = and(left, notExpr(weight));
    }
  }

  function orExpr(weight: string): string | null {
    let left = andExpr(weight);
    while (isKeyword('OR')) {
      at += 1;
      left = or(left, andExpr(weight));
    }
    return left;
  }

  if (lexemes.length === 0) return null;
  const compiled = orExpr('');
  if (at < lexemes.length) fail(query, `syntax error near ${JSON.stringify(query.slice(0, 40))}`);
  return compiled;
}
