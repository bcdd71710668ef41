/**
 * A JSON text split into pieces that each fit one cache value, and joined
 * back only when every piece belongs to the same write: two executions
 * refreshing the cache at once must never leave a reader with half of one
 * and half of the other.
 */

/** UTF-8 length of a string (Apps Script has no TextEncoder). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      // A surrogate pair is one 4-byte character.
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const SEPARATOR = '|';

/**
 * `text` as at most `maxPieces` values of at most `maxBytes` UTF-8 bytes,
 * each prefixed with `stamp` and the piece count; null when it does not fit.
 */
export function splitChunks(text: string, stamp: string, maxBytes: number, maxPieces: number): string[] | null {
  const pieces: string[] = [];
  let start = 0;
  const budget = maxBytes - utf8Length(stamp) - 8;
  while (start < text.length) {
    let end = start;
    let bytes = 0;
    while (end < text.length) {
      const code = text.charCodeAt(end);
      const pair = code >= 0xd800 && code <= 0xdbff;
      const size = code < 0x80 ? 1 : code < 0x800 ? 2 : pair ? 4 : 3;
      if (bytes + size > budget) break;
      bytes += size;
      end += pair ? 2 : 1;
    }
    pieces.push(text.slice(start, end));
    start = end;
    if (pieces.length > maxPieces) return null;
  }
  if (pieces.length === 0) pieces.push('');
  if (pieces.length > maxPieces) return null;
  return pieces.map((piece) => `${stamp}${SEPARATOR}${pieces.length}${SEPARATOR}${piece}`);
}

/** The text the pieces were split from, or null when one is missing or from another write. */
export function joinChunks(pieces: readonly (string | null | undefined)[]): string | null {
  const first = pieces[0];
  if (typeof first !== 'string') return null;
  const head = /^([^|]*)\|(\d+)\|/.exec(first);
  if (!head) return null;
  const [, stamp, countText] = head;
  const count = Number(countText);
  const prefix = `${stamp}${SEPARATOR}${count}${SEPARATOR}`;
  let text = '';
  for (let i = 0; i < count; i++) {
    const piece = pieces[i];
    if (typeof piece !== 'string' || !piece.startsWith(prefix)) return null;
    text += piece.slice(prefix.length);
  }
  return text;
}
