/**
 * The keywords of a theme, as staff type them in one cell: words separated
 * by 、 , ; (or line breaks), any of which may be a `/regular expression/`.
 * An answer and a word are compared normalised — NFKC, lower case, every
 * space removed — so ＰＴ, pt and P T are one keyword, and a line break in the
 * middle of an answer does not hide a word.
 */
import { matchKey } from '../model/text';

export type Keyword =
  | { readonly kind: 'word'; readonly text: string; readonly key: string }
  /** Tested against the normalised answer, ignoring case. */
  | { readonly kind: 'pattern'; readonly text: string; readonly pattern: RegExp };

export interface ReadKeywords {
  readonly keywords: readonly Keyword[];
  /** Tokens written as /…/ that are no regular expression (or an empty one): said, and left out. */
  readonly bad: readonly string[];
}

/** An answer as keywords are looked for in it. */
export const normalizeAnswer = matchKey;

const SEPARATOR = /[、,，;；\r\n]/;

export function keywordMatches(keyword: Keyword, normalizedAnswer: string): boolean {
  return keyword.kind === 'word' ? normalizedAnswer.includes(keyword.key) : keyword.pattern.test(normalizedAnswer);
}

/**
 * Splits a cell into keywords. A token that starts with / runs to the first
 * / that is not escaped and not inside [...], as a JavaScript literal does, so
 * a pattern may hold the separators (/a{1,3}/, /、/).
 */
export function readKeywords(cell: string): ReadKeywords {
  const keywords: Keyword[] = [];
  const bad: string[] = [];
  let i = 0;
  while (i < cell.length) {
    if (SEPARATOR.test(cell[i]) || /\s/.test(cell[i])) {
      i++;
      continue;
    }
    if (cell[i] === '/') {
      const end = closingSlash(cell, i);
      // After the closing slash only spaces may stand before the next separator.
      let next = end < 0 ? cell.length : end + 1;
      while (next < cell.length && !SEPARATOR.test(cell[next]) && /\s/.test(cell[next])) next++;
      if (end < 0 || (next < cell.length && !SEPARATOR.test(cell[next]))) {
        // Unclosed, or letters after the pattern: the whole token up to the next separator is refused.
        let stop = i;
        while (stop < cell.length && !SEPARATOR.test(cell[stop])) stop++;
        bad.push(cell.slice(i, stop).trim());
        i = stop;
        continue;
      }
      const text = cell.slice(i, end + 1);
      const pattern = compile(cell.slice(i + 1, end));
      if (pattern) keywords.push({ kind: 'pattern', text, pattern });
      else bad.push(text);
      i = next;
      continue;
    }
    let stop = i;
    while (stop < cell.length && !SEPARATOR.test(cell[stop])) stop++;
    const text = cell.slice(i, stop).trim();
    const key = matchKey(text);
    if (key !== '') keywords.push({ kind: 'word', text, key });
    i = stop;
  }
  return { keywords, bad };
}

/** Index of the slash that closes the pattern opened at `start`; -1 when none does. */
function closingSlash(cell: string, start: number): number {
  let inClass = false;
  for (let i = start + 1; i < cell.length; i++) {
    const char = cell[i];
    if (char === '\\') i++;
    else if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    else if (char === '/' && !inClass) return i;
  }
  return -1;
}

/**
 * The pattern, or null when it is none. An empty pattern would match every
 * answer: refused too. 'u' reads the pattern by code points and refuses the
 * sloppy syntax browsers forgive, so what is accepted means one thing.
 */
function compile(source: string): RegExp | null {
  if (source === '') return null;
  try {
    return new RegExp(source, 'iu');
  } catch {
    return null;
  }
}
