/**
 * Text normalisation for matching what people typed against what the form
 * says: full-width/half-width, spacing, and the leading ①/⑤-1) numbers.
 */

/** NFKC folds full-width letters and digits, ① to 1, and the ideographic space to a space. */
export function normalize(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/** A key that ignores width, case and all spacing: for titles, names and addresses. */
export function matchKey(text: string): string {
  // Printable ASCII without spaces or capitals is its own key (an address, a number): no copies made.
  if (ALREADY_A_KEY.test(text)) return text;
  return text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

const ALREADY_A_KEY = /^[\x21-\x40\x5b-\x7e]*$/;

const MARKER = /^\s*(\d+(?:\s*[-‐‑–—−ー]\s*\d+)*)\s*(?:[).:、．。]|\s|$)/;

/**
 * The number a title starts with, as staff refer to questions: "⑤-1) …" → "5-1",
 * "② 職種" → "2", "②" → "2". Null when the title has none.
 */
export function titleMarker(title: string): string | null {
  const match = MARKER.exec(title.normalize('NFKC'));
  return match ? match[1].replace(/\s+/g, '').replace(/[‐‑–—−ー]/g, '-') : null;
}

/**
 * How a sentence names a question: its number as the title writes it
 * ("⑤-1) …" → "⑤-1"), or the whole title in 「」 when it has none.
 */
export function questionLabel(title: string): string {
  if (titleMarker(title) === null) return `「${title}」`;
  return /^\s*(.+?)\s*(?:[).:、．。）]|\s|$)/.exec(title)?.[1] ?? title;
}

/** Any whitespace but a single inner space: what singleLine changes. */
const UNTIDY = /[^\S ]| {2}|^ | $/;

/** Removes characters that would let roster text break a mail header or a CSV line. */
export function singleLine(text: string): string {
  // Most text (every cell of a large roster goes through here) is already tidy: one scan tells, instead of three.
  if (!UNTIDY.test(text)) return text;
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
}
