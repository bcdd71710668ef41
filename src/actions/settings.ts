/** 設定: opens the 設定 sheet (written with the detected defaults the first time) and says what in it is wrong. */
import { SETTINGS, settingProblemText } from '../messages';
import { alert, toast } from '../gas/ui';
import { ensureSettingsSheet, loadEverything, openBook, ROLES, whileLocked } from './context';

export function openSettings(): void {
  const book = openBook();
  const loaded = loadEverything(book);
  if (!loaded.ok) {
    alert(loaded.message);
    return;
  }
  const created = !book.owned.has(ROLES.settings);
  const result = whileLocked(() => ({ kind: 'ready' as const, sheet: ensureSettingsSheet(book, loaded.all.answers.survey) }));
  if (result.kind === 'busy') {
    alert(result.message);
    return;
  }
  result.sheet.activate();
  const problems = loaded.all.settings.problems.map(settingProblemText);
  if (problems.length > 0) alert(problems.join('\n'));
  else toast(created ? SETTINGS.created : SETTINGS.opened);
}
