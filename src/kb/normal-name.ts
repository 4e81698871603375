/**
 * The key a person's name is looked up by: lower case, without accents or apostrophes, with dots,
 * hyphens and runs of spaces as one space ("Bashar al-Assad", "BASHAR AL ASSAD" → "bashar al assad";
 * "F.W. de Klerk", "F. W. de Klerk" → "f w de klerk").
 */
export function normalName(text: string): string {
  if (/^[A-Za-z]+(?: [A-Za-z]+)*$/.test(text)) return text.toLowerCase();
  return (/[^\x00-\x7f]/.test(text) ? text.normalize('NFD').replace(/\p{M}/gu, '') : text)
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[.\-‐‑\s]+/g, ' ')
    .trim();
}
