/** 設定: opens the 設定 sheet (written with the detected defaults the first time) and says what in it is wrong. */
import { SETTINGS, settingProblemText } from '../messages';
import { alert, toast } from '../gas/ui';
import type { Book } from './context';
import { ensureSettingsSheet, loadAnswers, loadSurvey, openBook, ROLES, settingsProblems, whileLocked } from './context';

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
    return { kind: 'ready' as const };
  });
  if (result.kind === 'busy') {
    alert(result.message);
    return;
  }
  book.sheets.activate(ROLES.settings);
  toast(SETTINGS.created);
}
