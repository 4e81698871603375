/** Why an input could not be read. */
export type ReadErrorCode =
  | 'not-found'
  | 'empty'
  | 'binary'
  | 'no-articles'
  | 'bad-json'
  | 'no-text'
  | 'bad-feed'
  | 'fetch-failed'
  | 'too-large'
  | 'blocked-address'
  | 'unreadable';

/** An input (or one line of it) that could not be turned into an article; the message is one line. */
export class ReadError extends Error {
  override readonly name = 'ReadError';
  /** The file path, URL or `-` the problem is in. */
  readonly input: string;
  /** The 1-based line of a JSON Lines input, else null. */
  readonly line: number | null;
  readonly code: ReadErrorCode;

  /** `detail` says what was expected and what came; the message prefixes it with the input (and line). */
  constructor(code: ReadErrorCode, input: string, detail: string, line: number | null = null) {
    super(`${line === null ? input : `${input}:${line}`}: ${detail}`);
    this.code = code;
    this.input = input;
    this.line = line;
  }
}
