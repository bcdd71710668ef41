/**
 * 前回の結果を取り込む: the previous round's figures (集計データ, or the local
 * run's summary.json) into a hidden sheet the add-on owns, checked before
 * anything is written: a file of another kind, or of another survey (no
 * choice question matches), changes nothing.
 */
import { pairSettings, shapesOf, surveyShapes } from '../compare/compare';
import { matchQuestions } from '../compare/match';
import { readRound } from '../compare/round';
import { readStore, storeRows } from '../compare/store';
import { countAnswered } from '../model/respondents';
import { COMPARE, COMPARE_SHEETS, DIALOGS, PREVIOUS_IMPORT, roundProblemText } from '../messages';
import type { SummaryJson } from '../summary/json';
import { showDialog } from '../gas/ui';
import type { PreviousImportResult, PreviousMatch, PreviousStatus } from './api';
import { roomProblem } from './capacity';
import type { Book } from './context';
import { loadSettings, loadSurvey, openBook, orThrow, ROLES, whileLocked } from './context';

export function openPreviousImport(): void {
  showDialog('previous-import', DIALOGS.previousImport, 600, 640);
}

export type StoredPrevious =
  | { readonly kind: 'none' }
  | { readonly kind: 'broken' }
  | { readonly kind: 'stored'; readonly fileName: string; readonly round: SummaryJson };

/** The previous round the workbook holds: one read of the hidden sheet, when there is one. */
export function loadPrevious(book: Book): StoredPrevious {
  if (!book.sheets.has(ROLES.previous)) return { kind: 'none' };
  const values = book.sheets.read(ROLES.previous);
  if (!values) return { kind: 'none' };
  const stored = readStore(values);
  const read = stored ? readRound(stored.text) : null;
  return stored && read?.ok ? { kind: 'stored', fileName: stored.fileName, round: read.round } : { kind: 'broken' };
}

/**
 * How a previous round's questions meet this form's, as 前回との比較 will
 * pair them: the form (its cached copy) and 設定 (questions left out, staff's
 * pairs) are read; a choice question matched is the evidence of one survey.
 */
function matchWithForm(book: Book, round: SummaryJson): { readonly match: PreviousMatch; readonly choices: number } {
  const { survey } = orThrow(loadSurvey(book));
  // The defaults need no answers here: only the questions left out and staff's pairs are used.
  const { settings } = loadSettings(book, survey, countAnswered([]));
  const matching = matchQuestions(surveyShapes(survey, settings.summary.excludedIds), shapesOf(round), pairSettings(settings.comparison.pairs, survey));
  const isChoice = (title: string) => round.questions[title].type !== 'TEXT' && round.questions[title].type !== 'PARAGRAPH';
  return {
    match: {
      matched: matching.pairs.length,
      onlyCurrent: matching.onlyCurrent,
      onlyPrevious: [...matching.onlyPrevious, ...matching.leftOut],
      problems: [...matching.problems.map(COMPARE.pairProblem), ...matching.ambiguous.map(COMPARE.ambiguous)],
    },
    choices: matching.pairs.filter((pair) => isChoice(pair.previous)).length,
  };
}

/** The dialog's first call: what the workbook holds and how it meets the form (which it reads into the cache). */
export function previousStatus(): PreviousStatus {
  const book = openBook();
  const previous = loadPrevious(book);
  switch (previous.kind) {
    case 'none':
      // The import that follows finds the form in the cache.
      orThrow(loadSurvey(book));
      return { kind: 'none' };
    case 'broken': return { kind: 'broken', message: COMPARE.storeBroken };
    case 'stored': {
      const { round } = previous;
      return {
        kind: 'stored', fileName: previous.fileName, title: round.title,
        period: COMPARE.periodOf(round.firstAnswer, round.lastAnswer), respondents: round.respondents, ...matchWithForm(book, round).match,
      };
    }
  }
}

export function previousImportFile(text: string, fileName: string): PreviousImportResult {
  const name = String(fileName);
  const read = readRound(String(text));
  if (!read.ok) return { kind: 'stopped', message: PREVIOUS_IMPORT.stopped, problems: [roundProblemText(read.problem)] };
  const { round } = read;
  return whileLocked((): PreviousImportResult => {
    const book = openBook();
    const { choices, match } = matchWithForm(book, round);
    if (choices === 0) return { kind: 'stopped', message: PREVIOUS_IMPORT.stopped, problems: [PREVIOUS_IMPORT.differentSurvey(round.title)] };
    const rows = storeRows(String(text), name);
    const replacing = book.sheets.has(ROLES.previous);
    if (!replacing) {
      const full = roomProblem(book, { [ROLES.previous]: { name: COMPARE_SHEETS.store, mode: 'grow', rows: rows.length, columns: 1 } });
      if (full) return { kind: 'stopped', message: PREVIOUS_IMPORT.stopped, problems: [full] };
    }
    book.sheets.writeStore(ROLES.previous, COMPARE_SHEETS.store, rows);
    return {
      kind: 'imported',
      message: [PREVIOUS_IMPORT.imported(name, round.title), ...(replacing ? [PREVIOUS_IMPORT.replaced] : [])].join(''),
      ...match,
    };
  });
}
