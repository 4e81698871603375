/** An article id as lists print it: the first 12 digits of a content hash (a unique prefix for `show`), any other id whole. */
export function shortId(id: string): string {
  return /^[0-9a-f]{16,}$/i.test(id) ? id.slice(0, 12) : id;
}
