/**
 * Which question of this round is which of the last: the next round is a
 * copy of the form with questions renumbered, reworded, added or dropped.
 * Two questions match when their titles are the same once numbering, width
 * and spacing are set aside, or when their option sets are the same. A
 * title or option set that several questions of a round share matches
 * nothing: that would be a guess. Staff settle those, and any other pair, in
 * 設定 (前回との対応), which comes first. Whatever stays unmatched is listed.
 */

/** A question as the comparison sees it: its title, and its options (null for a free-text question). */
export interface QuestionShape {
  readonly title: string;
  readonly options: readonly string[] | null;
}

/** A row of 設定's 前回との対応: the previous round's question as staff wrote it, and this round's (null: not compared). */
export interface PairSetting {
  readonly row: number;
  readonly previous: string;
  /** This round's question title, as the 設定 sheet resolved it against the form. */
  readonly current: string | null;
}

export type MatchedBy = 'setting' | 'title' | 'options';

export interface QuestionPair {
  readonly current: string;
  readonly previous: string;
  readonly by: MatchedBy;
}

/** Questions a shared title or option set left unmatched, for staff to pair in 設定. */
export interface Ambiguity {
  readonly by: 'title' | 'options';
  readonly current: readonly string[];
  readonly previous: readonly string[];
}

export type PairProblem =
  /** The previous round has no question by that name. */
  | { readonly kind: 'unknownPrevious'; readonly row: number; readonly previous: string }
  /** An earlier row already paired this question. */
  | { readonly kind: 'repeatedPair'; readonly row: number; readonly question: string };

export interface Matching {
  /** In this round's question order. */
  readonly pairs: readonly QuestionPair[];
  /** 今回のみ / 前回のみ, each in its round's order. */
  readonly onlyCurrent: readonly string[];
  readonly onlyPrevious: readonly string[];
  /** Previous questions staff said not to compare (前回との対応 with 今回 left empty). */
  readonly leftOut: readonly string[];
  readonly ambiguous: readonly Ambiguity[];
  readonly problems: readonly PairProblem[];
}

const DASHES = '-‐‑–—−ー－';
/** Circled numbers (①–⑳, ㉑–㊿): numbering even with no space after them, as forms often write 「②職種」. */
const CIRCLED = new RegExp(`^\\s*[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf](?:\\s*[${DASHES}]\\s*[0-9０-９]+)*\\s*[).:、。）．]?`);
/** Other leading numbering, after NFKC: 5-1), (3), Q3., 問3, 3. — followed by a separator or a space. */
const NUMBERING = new RegExp(
  `^\\s*(?:\\(\\s*\\d+(?:\\s*[${DASHES}]\\s*\\d+)*\\s*\\)|(?:q|問|設問)?\\s*\\d+(?:\\s*[${DASHES}]\\s*\\d+)*\\s*(?:[).:、。]|(?=\\s)|$))`,
  'i',
);

/** The leading numbering of a title, if it has one, and the rest (NFKC-folded). */
function splitNumbering(title: string): { readonly numbering: string; readonly rest: string } {
  const circled = CIRCLED.exec(title);
  if (circled) return { numbering: circled[0].normalize('NFKC'), rest: title.slice(circled[0].length).normalize('NFKC') };
  const folded = title.normalize('NFKC');
  const other = NUMBERING.exec(folded);
  return other ? { numbering: other[0], rest: folded.slice(other[0].length) } : { numbering: '', rest: folded };
}

/** A title with its numbering, width, case and spacing set aside: 「⑤-1) 支援の内容」 and 「Q4-1. 支援の内容」 agree. */
export function titleKey(title: string): string {
  return splitNumbering(title).rest.replace(/\s+/g, '').toLowerCase();
}

/** An option's text with width, case and spacing set aside. */
export function optionKey(option: string): string {
  return option.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

function optionSetKey(options: readonly string[] | null): string | null {
  // Two options at least: a set of one says too little to tell questions apart.
  if (!options || options.length < 2) return null;
  return JSON.stringify([...new Set(options.map(optionKey))].sort());
}

/** How many questions of a round have each key. */
function tally(keys: readonly (string | null)[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) if (key !== null && key !== '') counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/** The number a title starts with, whatever its style: 「⑤-1)」, 「Q5-1.」 and 「(5-1)」 all give 5-1. */
function numberOf(title: string): string | null {
  const digits = splitNumbering(title).numbering.match(/\d+/g);
  return digits ? digits.join('-') : null;
}

/** A grid's rows are counted as 「Title [Row]」: the question's own title is the part before the brackets. */
const GRID_ROW = /^(.*) \[[^\]]*\]$/;

/** What staff may name in 設定: every title, and each grid question as a whole. */
function namesOf(questions: readonly QuestionShape[]): string[] {
  const names = new Set<string>();
  for (const question of questions) {
    names.add(question.title);
    const grid = GRID_ROW.exec(question.title);
    if (grid) names.add(grid[1]);
  }
  return [...names];
}

/**
 * A name as staff write it in 設定: the exact title, the title loosely
 * (numbering and spacing aside), or its number alone (②, Q3).
 */
function findName(names: readonly string[], reference: string): string | null {
  const text = reference.trim();
  if (text === '') return null;
  if (names.includes(text)) return text;
  const key = titleKey(text);
  const loose = key === '' ? [] : names.filter((name) => titleKey(name) === key);
  if (loose.length === 1) return loose[0];
  const number = numberOf(text);
  if (number === null) return null;
  const numbered = names.filter((name) => numberOf(name) === number && !GRID_ROW.test(name));
  return numbered.length === 1 ? numbered[0] : null;
}

/** The fields a name stands for: the question itself, or each row of a grid. */
function fieldsNamed(questions: readonly QuestionShape[], name: string): string[] {
  if (questions.some((question) => question.title === name)) return [name];
  return questions.filter((question) => question.title.startsWith(`${name} [`)).map((question) => question.title);
}

export function matchQuestions(current: readonly QuestionShape[], previous: readonly QuestionShape[], settings: readonly PairSetting[]): Matching {
  const pairs = new Map<string, QuestionPair>();
  const pairedPrevious = new Set<string>();
  const leftOut: string[] = [];
  const problems: PairProblem[] = [];

  const previousNames = namesOf(previous);
  for (const setting of settings) {
    const found = findName(previousNames, setting.previous);
    if (found === null) {
      problems.push({ kind: 'unknownPrevious', row: setting.row, previous: setting.previous });
      continue;
    }
    const before = fieldsNamed(previous, found);
    if (before.some((title) => pairedPrevious.has(title))) {
      problems.push({ kind: 'repeatedPair', row: setting.row, question: found });
      continue;
    }
    if (setting.current === null) {
      for (const title of before) {
        pairedPrevious.add(title);
        leftOut.push(title);
      }
      continue;
    }
    const now = fieldsNamed(current, setting.current);
    if (now.some((title) => pairs.has(title))) {
      problems.push({ kind: 'repeatedPair', row: setting.row, question: setting.current });
      continue;
    }
    // A grid pairs row by row, by the rows' names; a question pairs as a whole.
    const rowOf = (title: string, name: string) => title.slice(name.length);
    const fields = now.length === 1 && before.length === 1
      ? [{ current: now[0], previous: before[0] }]
      : now.flatMap((title) => {
        const match = before.find((other) => rowOf(other, found) === rowOf(title, setting.current as string));
        return match ? [{ current: title, previous: match }] : [];
      });
    for (const field of fields) {
      pairedPrevious.add(field.previous);
      pairs.set(field.current, { ...field, by: 'setting' });
    }
  }

  const ambiguous: Ambiguity[] = [];
  const byKey = (by: 'title' | 'options', keyOf: (question: QuestionShape) => string | null) => {
    const currentCounts = tally(current.map(keyOf));
    const previousCounts = tally(previous.map(keyOf));
    const open = (question: QuestionShape, paired: (title: string) => boolean) => !paired(question.title) && keyOf(question) !== null;
    const waiting = previous.filter((question) => open(question, (title) => pairedPrevious.has(title)));
    for (const question of current) {
      if (!open(question, (title) => pairs.has(title))) continue;
      const key = keyOf(question) as string;
      const candidates = waiting.filter((other) => !pairedPrevious.has(other.title) && keyOf(other) === key);
      if (candidates.length === 0) continue;
      if (currentCounts.get(key) === 1 && previousCounts.get(key) === 1) {
        pairs.set(question.title, { current: question.title, previous: candidates[0].title, by });
        pairedPrevious.add(candidates[0].title);
      } else if (!ambiguous.some((entry) => entry.by === by && entry.current.includes(question.title))) {
        ambiguous.push({
          by,
          current: current.filter((other) => keyOf(other) === key && !pairs.has(other.title)).map((other) => other.title),
          previous: candidates.map((other) => other.title),
        });
      }
    }
  };
  byKey('title', (question) => titleKey(question.title) || null);
  byKey('options', (question) => optionSetKey(question.options));

  return {
    pairs: current.flatMap((question) => pairs.get(question.title) ?? []),
    onlyCurrent: current.filter((question) => !pairs.has(question.title)).map((question) => question.title),
    onlyPrevious: previous.filter((question) => !pairedPrevious.has(question.title)).map((question) => question.title),
    leftOut,
    // Only what is still unmatched needs a word.
    ambiguous: ambiguous.filter((entry) => entry.current.some((title) => !pairs.has(title))),
    problems,
  };
}

export interface OptionMatching {
  /** In this round's option order, then the previous round's options it lacks. */
  readonly rows: ReadonlyArray<{ readonly current: string | null; readonly previous: string | null }>;
}

/** Options match by their text, width and spacing aside; each unmatched one keeps a row of its own. */
export function matchOptions(current: readonly string[], previous: readonly string[]): OptionMatching {
  const waiting = new Map<string, string>();
  for (const option of previous) if (!waiting.has(optionKey(option))) waiting.set(optionKey(option), option);
  const used = new Set<string>();
  const rows: Array<{ current: string | null; previous: string | null }> = current.map((option) => {
    const key = optionKey(option);
    const match = used.has(key) ? undefined : waiting.get(key);
    if (match !== undefined) used.add(key);
    return { current: option, previous: match ?? null };
  });
  for (const option of previous) {
    if (!rows.some((row) => row.previous === option)) rows.push({ current: null, previous: option });
  }
  return { rows };
}
