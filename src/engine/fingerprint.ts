/**
 * A short digest of any plain data (FNV-1a over its JSON), to tell cheaply whether the input
 * records changed since the last recalculation.
 *
 * @example
 * fingerprint({ a: 1 }) === fingerprint({ a: 1 }) //=> true
 */
export function fingerprint(data: unknown): string {
  const text = JSON.stringify(data) ?? "";
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${hash.toString(36)}.${text.length.toString(36)}`;
}
