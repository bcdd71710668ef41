/** 設定: opens the 設定 sheet (written with the detected defaults the first time) and says what in it is wrong. */
import { SETTINGS, settingProblemText } from '../messages';
import { alert, toast } from '../gas/ui';
import { ensureSettingsSheet, loadSettings, loadSurvey, openBook, ROLES, whileLocked } from './context';

export function openSettings(): void {
  const book = openBook();
  const loaded = loadSurvey(book);
  if (!loaded.ok) {
    alert(loaded.message);
    return;
  }
  const { survey } = loaded.value;
  const created = !book.sheets.has(ROLES.settings);
  const result = whileLocked(() => {
    ensureSettingsSheet(book, survey);
    return { kind: 'ready' as const };
  });
  if (result.kind === 'busy') {
    alert(result.message);
    return;
  }
  book.sheets.activate(ROLES.settings);
  const problems = created ? [] : loadSettings(book, survey).problems.map(settingProblemText);
  if (problems.length > 0) alert(problems.join('\n'));
  else toast(created ? SETTINGS.created : SETTINGS.opened);
}
