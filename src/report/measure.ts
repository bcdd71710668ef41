/**
 * How much room text takes, estimated without a font: a slide is laid out
 * (and a long table split across slides) before anything is drawn. The
 * estimate errs on the large side, so that text fits the room it was given.
 */

/** CJK ideographs, kana, Hangul and full-width forms: one em wide. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
/** Latin letters, digits and punctuation of a proportional font: at most this many ems. */
const NARROW_EM = 0.6;

/**
 * Line height in ems at single spacing: Noto Sans CJK, which Slides and
 * LibreOffice draw Japanese with, has an ascent and descent of 1.448 em.
 */
export const LINE_HEIGHT = 1.45;

/** Padding inside a table cell or text box (Slides' and PowerPoint's default: 0.1 in across, 0.05 in down). */
export const PAD_X = 7.2;
export const PAD_Y = 3.6;

export function charEms(char: string): number {
  return WIDE.test(char) ? 1 : NARROW_EM;
}

/** The width of one line of text in ems. */
export function ems(text: string): number {
  let width = 0;
  for (const char of text) width += charEms(char);
  return width;
}

/**
 * Lines `text` takes in a column `width` points wide at `size` points.
 * Japanese breaks between any two characters, so lines are filled character
 * by character; every '\n' starts a paragraph.
 */
export function lineCount(text: string, width: number, size: number): number {
  const room = Math.max(width / size, 1);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    lines++;
    for (const char of paragraph) {
      const w = charEms(char);
      if (used + w > room) {
        lines++;
        used = 0;
      }
      used += w;
    }
  }
  return lines;
}

/** The height of `text` set in a box of `width` (padding included) at `size`, padding included. */
export function textHeight(text: string, width: number, size: number): number {
  return lineCount(text, width - 2 * PAD_X, size) * size * LINE_HEIGHT + 2 * PAD_Y;
}

/**
 * Splits text into pieces each taking at most `maxLines` lines in a column
 * `width` points wide: an answer longer than a slide continues on the next.
 */
export function splitLines(text: string, width: number, size: number, maxLines: number): string[] {
  const room = Math.max(width / size, 1);
  const pieces: string[] = [];
  let piece = '';
  let lines = 1;
  let used = 0;
  for (const char of text) {
    const w = char === '\n' ? 0 : charEms(char);
    const wraps = char === '\n' || used + w > room;
    if (wraps && lines === maxLines) {
      pieces.push(piece);
      piece = char === '\n' ? '' : char;
      lines = 1;
      used = w;
      continue;
    }
    if (wraps) {
      lines++;
      used = 0;
    }
    piece += char;
    used += w;
  }
  pieces.push(piece);
  return pieces;
}
