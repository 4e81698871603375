import iconv from 'iconv-lite';
import { ReadError } from './read-error.js';

const SNIFF_BYTES = 8192;
const MAX_CONTROL_SHARE = 0.1;
/** Labels that browsers read as Windows-1252, as the readers do. */
const LATIN1 = /^(?:iso-?8859-1|latin-?1|l1|us-ascii|ascii|cp819)$/i;

/** True when the bytes look like a binary file: a NUL byte or many control characters near the start. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return n > 0 && control / n > MAX_CONTROL_SHARE;
}

function hasPrefix(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * Decodes a whole input to a string: UTF-16 LE/BE by their BOM, else UTF-8 (BOM stripped) when the
 * bytes are valid UTF-8, else `fallback` (a charset the input declared, when iconv-lite knows it;
 * Latin-1 and ASCII labels read as Windows-1252, as browsers do), else Windows-1252. Nothing else in the text changes.
 * @throws ReadError `binary` for binary content, `empty` for nothing but white space.
 */
export function decodeBytes(bytes: Uint8Array, input: string, fallback: string | null = null): string {
  const text = decodeOnly(bytes, fallback);
  if (text === null) throw new ReadError('binary', input, 'binary content (NUL or control bytes); expected text, HTML, a feed or JSON Lines');
  if (text.trim() === '') throw new ReadError('empty', input, `empty input (${bytes.length} bytes, no text); expected an article`);
  return text;
}

/** The decoding step alone: null for binary content. */
function decodeOnly(bytes: Uint8Array, fallback: string | null = null): string | null {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (hasPrefix(bytes, [0xff, 0xfe])) return iconv.decode(buf.subarray(2), 'utf-16le');
  if (hasPrefix(bytes, [0xfe, 0xff])) return iconv.decode(buf.subarray(2), 'utf-16be');
  if (looksBinary(bytes)) return null;
  const body = hasPrefix(bytes, [0xef, 0xbb, 0xbf]) ? buf.subarray(3) : buf;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    const declared = fallback && iconv.encodingExists(fallback) && !LATIN1.test(fallback) && !/^utf-?8$/i.test(fallback) ? fallback : null;
    const charset = declared ?? 'windows-1252';
    return iconv.decode(body, charset);
  }
}
