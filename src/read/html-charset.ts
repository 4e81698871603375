const HEAD_BYTES = 4096;

/** The charset a page declares in its first bytes (`<meta charset>` or `http-equiv` Content-Type), or in a Content-Type header; null when none. */
export function declaredCharset(bytes: Uint8Array, contentType: string | null = null): string | null {
  const fromHeader = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  if (fromHeader) return fromHeader.toLowerCase();
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, HEAD_BYTES)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return m?.[1]?.toLowerCase() ?? null;
}
