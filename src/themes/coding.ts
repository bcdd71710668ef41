/**
 * Every free-text answer given its themes: by the codebook's keywords, unless
 * staff typed its themes by hand, which then decide. Pure: the same answers,
 * codebook and hand coding always give the same themes.
 */
import type { TextField } from '../model/survey';
import { matchKey } from '../model/text';
import { THEMES } from '../messages';
import type { TextTally } from '../summary/tally';
import type { Codebook, CodebookProblem, Theme } from './codebook';
import type { HandCoding, Typed } from './hand';
import { handNames, sameLines } from './hand';
import { keywordMatches, normalizeAnswer } from './keywords';
import type { RespondentKey } from './respondent-keys';

export interface CodedAnswer {
  /** Indexes the respondents summarized. */
  readonly respondent: number;
  readonly text: string;
  /** Who wrote it, stable across runs (respondent-keys.ts). */
  readonly key: string;
  /** Themes its text matches by keyword (indexes into the question's themes). */
  readonly matched: readonly number[];
  /** What staff typed in テーマ, when they did: it decides. */
  readonly hand: string | null;
  /** The themes it is counted under; none: 未分類. */
  readonly themes: readonly number[];
}

export interface CodedTheme {
  readonly name: string;
  /** False for a name staff typed by hand that the codebook does not have: counted, and said. */
  readonly inCodebook: boolean;
  /** Indexes into the question's answers. */
  readonly answers: readonly number[];
}

export interface QuestionCoding {
  readonly field: TextField;
  readonly themes: readonly CodedTheme[];
  /** Its non-empty answers, in the summary's order. */
  readonly answers: readonly CodedAnswer[];
  /** Indexes into answers of those in no theme. */
  readonly uncoded: readonly number[];
  /** Hand-typed themes whose answer is gone (deleted, or emptied): they go with it. */
  readonly dropped: number;
}

export interface Coding {
  /** Every free-text question summarized, in the summary's order. */
  readonly questions: readonly QuestionCoding[];
  /** The codebook's problems, and themes for a question the summary does not count. */
  readonly problems: readonly CodebookProblem[];
  /** Hand-typed names the codebook does not have, per question, with how many answers carry each. */
  readonly unknownNames: ReadonlyArray<{ readonly field: TextField; readonly name: string; readonly count: number }>;
  /** Whether there is any coding at all: codebook rows, or themes typed by hand. */
  readonly active: boolean;
}

const UNCODED = matchKey(THEMES.uncoded);

export interface CodingInput {
  readonly texts: readonly TextTally[];
  readonly codebook: Codebook;
  readonly hand: HandCoding;
  /** Per respondent summarized (respondent-keys.ts). */
  readonly keys: readonly RespondentKey[];
}

export function codeAnswers({ texts, codebook, hand, keys }: CodingInput): Coding {
  const counted = new Set(texts.map((tally) => tally.field.id));
  const problems: CodebookProblem[] = [...codebook.problems];
  for (const theme of codebook.themes) {
    if (!counted.has(theme.fieldId)) for (const row of theme.rows) problems.push({ kind: 'notCounted', row, title: theme.question });
  }
  const unknownNames: Array<{ field: TextField; name: string; count: number }> = [];
  const questions = texts.map((tally) => {
    const coding = codeQuestion(tally, codebook.themes.filter((theme) => theme.fieldId === tally.field.id), hand.byField.get(tally.field.id), keys);
    coding.themes.forEach((theme) => {
      if (!theme.inCodebook) unknownNames.push({ field: tally.field, name: theme.name, count: theme.answers.length });
    });
    return coding;
  });
  const typed = [...hand.byField.values()].some((byKey) => byKey.size > 0) || hand.orphans.length > 0;
  return { questions, problems: problems.sort((a, b) => a.row - b.row), unknownNames, active: codebook.filledRows > 0 || typed };
}

function codeQuestion(tally: TextTally, themes: readonly Theme[], typed: ReadonlyMap<string, Typed> | undefined, keys: readonly RespondentKey[]): QuestionCoding {
  const coded: Array<{ name: string; key: string; inCodebook: boolean; answers: number[] }> =
    themes.map((theme) => ({ name: theme.name, key: theme.key, inCodebook: true, answers: [] }));
  const byKey = new Map(coded.map((theme, index) => [theme.key, index]));
  const themeOf = (name: string): number => {
    const key = matchKey(name);
    const known = byKey.get(key);
    if (known !== undefined) return known;
    coded.push({ name, key, inCodebook: false, answers: [] });
    byKey.set(key, coded.length - 1);
    return coded.length - 1;
  };
  const used = new Set<string>();
  const answers = tally.answers.map(({ respondent, text }, index): CodedAnswer => {
    const { text: key, byPosition } = keys[respondent];
    const normalized = themes.length > 0 ? normalizeAnswer(text) : '';
    const matched: number[] = [];
    themes.forEach((theme, at) => {
      if (theme.keywords.some((keyword) => keywordMatches(keyword, normalized))) matched.push(at);
    });
    const entry = typed?.get(key);
    // Under a key that says a position, the theme is kept only beside the same answer: never moved to another.
    const hand = entry && (!byPosition || entry.answer === sameLines(text)) ? entry.themes : null;
    if (hand !== null) used.add(key);
    // 「未分類」 typed by hand puts an answer in no theme, whatever its keywords say.
    const chosen = hand === null ? matched : [...new Set(handNames(hand).filter((name) => matchKey(name) !== UNCODED).map(themeOf))];
    for (const theme of chosen) coded[theme].answers.push(index);
    return { respondent, text, key, matched, hand, themes: chosen };
  });
  let dropped = 0;
  typed?.forEach((_, key) => { if (!used.has(key)) dropped++; });
  return {
    field: tally.field,
    themes: coded.map(({ name, inCodebook, answers: indexes }) => ({ name, inCodebook, answers: indexes })),
    answers,
    uncoded: answers.flatMap((answer, index) => (answer.themes.length === 0 ? [index] : [])),
    dropped,
  };
}
