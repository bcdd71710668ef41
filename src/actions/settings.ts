/**
 * 設定: opens the 設定 sheet (written with the detected defaults the first
 * time, with the 自由記述の分類 sheet beside it) and says what in it is wrong.
 */
import { SETTINGS, settingProblemText } from '../messages';
import { alert, toast } from '../gas/ui';
import type { Book } from './context';
import { ensureSettingsSheet, loadAnswers, loadSurvey, openBook, ROLES, settingsProblems, whileLocked } from './context';
import { ensureCodebookSheet } from './themes';

export function openSettings(): void {
  const book = openBook();
  if (book.sheets.has(ROLES.settings)) openExisting(book);
  else createAndOpen(book);
}

function openExisting(book: Book): void {
  const loaded = loadSurvey(book);
  if (!loaded.ok) {
    alert(loaded.message);
    return;
  }
  // A workbook set up before the codebook existed gets it now.
  if (!book.sheets.has(ROLES.codebook)) {
    const made = whileLocked(() => ({ kind: 'ready' as const, made: ensureCodebookSheet(book) }));
    if (made.kind === 'busy') {
      alert(made.message);
      return;
    }
  }
  book.sheets.activate(ROLES.settings);
  const problems = settingsProblems(book, loaded.value.survey).map(settingProblemText);
  if (problems.length > 0) alert(problems.join('\n'));
  else toast(SETTINGS.opened);
}

function createAndOpen(book: Book): void {
  // The defaults look at how many answered each question: the answers are read only to write them.
  const loaded = loadAnswers(book);
  if (!loaded.ok) {
    alert(loaded.message);
    return;
  }
  const result = whileLocked(() => {
    ensureSettingsSheet(book, loaded.value);
    ensureCodebookSheet(book);
    return { kind: 'ready' as const };
  });
  if (result.kind === 'busy') {
    alert(result.message);
    return;
  }
  book.sheets.activate(ROLES.settings);
  toast(SETTINGS.created);
}
