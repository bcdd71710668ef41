/**
 * Help to build the codebook: the words and phrases that come up most often
 * in the answers no theme has caught yet, with the number of answers each is
 * in. Japanese has no spaces: answers are cut into words by segmenter.ts.
 */
import { normalize } from '../model/text';
import { segment } from './segmenter';

export interface WordCount {
  readonly word: string;
  /** Answers it is in (once per answer, however often it is repeated). */
  readonly answers: number;
}

export interface WordList {
  readonly words: readonly WordCount[];
  /** Answers read: the first MAX_ANSWERS of them at most. */
  readonly read: number;
}

/**
 * Enough answers to rank the common words. Cutting words is the dearest part
 * of the coding (about 0.3 ms an answer in Node, more in Apps Script): past
 * this, more answers cost time and change little.
 */
export const MAX_ANSWERS = 500;
export const MAX_WORDS = 15;

const KANJI = '\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヵヶ';
const KATAKANA = '\u30a1-\u30fa\u30fc';
/** Nouns and their compounds: kanji, katakana, letters and digits only (医療的ケア児, pt). */
const NOMINAL = new RegExp(`^[${KANJI}${KATAKANA}a-z0-9]+$`);
/** A word that says something: it has kanji, katakana or letters (hiragana alone is grammar: の, ことが). */
const CONTENT = new RegExp(`[${KANJI}${KATAKANA}a-z]`);

/**
 * Words in most answers of any survey, too common to tell themes apart; the
 * question's own words are left out too (a question about 支援 gets 支援 in
 * every answer).
 */
const STOP = new Set([
  '支援', '思い', '思う', '思っ', '思え', '感じ', '感じる', '感じた', '考え', '考える', '出来', '出来る', '出来た', '出来ない',
  '行い', '行う', '行っ', '必要', '場合', '様々', '色々', '今後', '現在', '実際', '特に', '一緒', 'よう', '以上', '以外',
]);

function words(text: string): string[] {
  return segment(normalize(text).toLowerCase());
}

/** The candidates one answer holds: content words, and runs of nominal words joined (多 + 職種 → 多職種). */
function candidates(text: string): Set<string> {
  const found = new Set<string>();
  let run: string[] = [];
  const add = (word: string) => {
    if (word.length >= 2 && !STOP.has(word)) found.add(word);
  };
  const flush = () => {
    if (run.length > 1) add(run.join(''));
    run = [];
  };
  for (const word of words(text)) {
    if (NOMINAL.test(word)) run.push(word);
    else flush();
    if (CONTENT.test(word)) add(word);
  }
  flush();
  return found;
}

/**
 * The most frequent candidates over `texts` (one count per answer), those in
 * two answers at least. A word always seen inside a longer one (職種 only in
 * 多職種) is left to the longer one; the question's own words are left out.
 */
export function frequentWords(texts: readonly string[], question: string): WordList {
  const read = texts.slice(0, MAX_ANSWERS);
  const counts = new Map<string, number>();
  // The same answer (「特になし」) is cut once.
  const cut = new Map<string, Set<string>>();
  for (const text of read) {
    const found = cut.get(text) ?? candidates(text);
    cut.set(text, found);
    for (const word of found) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const asked = normalize(question).toLowerCase();
  const frequent = new Map([...counts].filter(([word, count]) => count >= 2 && !asked.includes(word)));
  // Each word's shorter parts with as many answers are covered by it: a few substrings a word, not every pair.
  const covered = new Set<string>();
  frequent.forEach((count, word) => {
    for (let start = 0; start < word.length; start++) {
      for (let end = start + 2; end <= word.length; end++) {
        const part = word.slice(start, end);
        if (part !== word && frequent.get(part) === count) covered.add(part);
      }
    }
  });
  const kept = [...frequent].filter(([word]) => !covered.has(word));
  kept.sort(([a, x], [b, y]) => y - x || b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return { words: kept.slice(0, MAX_WORDS).map(([word, answers]) => ({ word, answers })), read: read.length };
}
