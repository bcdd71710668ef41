/** 集計を作成: the answers, web and paper alike, into the summary sheets and their charts. */
import { plannedColumns, plannedRows } from '../model/sheet-plan';
import { REMINDER_TEXT, settingProblemText, SUMMARY } from '../messages';
import { responseFigures } from '../reminders/matching';
import type { SummaryJson } from '../summary/json';
import { summaryJson } from '../summary/json';
import { summarySheets } from '../summary/sheets';
import { summarize } from '../summary/summarize';
import { themeOutputs } from '../themes';
import type { PlannedSize } from '../gas/workbook';
import { alert, toast } from '../gas/ui';
import { capacityProblem } from './capacity';
import { ensureSettingsSheet, loadEverything, openBook, ROLES, whileLocked } from './context';
import { ensureCodebookSheet, loadThemeSources, THEMES_SUMMARY_ROLE } from './themes';

/**
 * Menu handler. Returns the figures as summary.json has them (Google ignores
 * a menu handler's return value; the local run and the tests read it).
 */
export function generateSummary(): SummaryJson | null {
  toast(SUMMARY.running);
  const book = openBook();
  // The form is read afresh: a question renamed a moment ago shows at once.
  const loaded = loadEverything(book, true);
  if (!loaded.ok) {
    alert(loaded.message);
    return null;
  }
  const { answers, settings, roster, match } = loaded.value;
  const respondents = [...answers.web, ...answers.paper];
  const summary = summarize({
    survey: answers.survey, respondents, settings: settings.settings.summary, timeZone: book.timeZone,
    missingColumns: answers.missingColumns, ignoredColumns: answers.ignoredColumns,
    roster: roster?.result.ok && match ? responseFigures(roster.result.roster, match) : null,
  });
  // The free-text coding: 自由記述 is read before it is rewritten, for the themes staff typed in it.
  const themes = themeOutputs({ summary, respondents, timeZone: book.timeZone, ...loadThemeSources(book) });
  const sheets = [
    ...summarySheets(summary, book.timeZone, themes.textColumns).map(({ key, plan }) => ({ role: ROLES.summary(key), plan })),
    ...(themes.sheet ? [{ role: THEMES_SUMMARY_ROLE, plan: themes.sheet }] : []),
  ];
  const sizes: Record<string, PlannedSize> = {};
  for (const { role, plan } of sheets) sizes[role] = { name: plan.name, mode: 'replace', rows: plannedRows(plan), columns: plannedColumns(plan) };
  const written = whileLocked(() => {
    const full = capacityProblem(book, sizes);
    if (full) return { kind: 'full' as const, message: full };
    ensureSettingsSheet(book, answers);
    ensureCodebookSheet(book);
    // Only the summary's own sheets: the response sheet, 郵送回答 and 名簿 are never written here.
    for (const { role, plan } of sheets) book.sheets.writeTable(role, plan);
    // Of the codebook only its 確認 column: the rows staff write stay as they are.
    if (themes.checks) book.sheets.writeRows(ROLES.codebook, 1, themes.checks.column, themes.checks.values);
    return { kind: 'written' as const };
  });
  if (written.kind !== 'written') {
    alert(written.message);
    return null;
  }
  // Whatever staff must act on is said in a dialog; the rest in the toast.
  const warnings = [
    ...answers.notes,
    ...answers.missingColumns.map((column) => SUMMARY.missingColumn(column.field.title, column.paperAnswers)),
    ...(answers.missingColumns.length > 0 ? [SUMMARY.missingColumnsHelp] : []),
    ...settings.problems.map(settingProblemText),
    ...(roster && !roster.result.ok ? [REMINDER_TEXT.missingColumns(roster.result.missing)] : []),
    ...(summary.roster?.duplicates ?? []).map(SUMMARY.rosterDuplicate),
    ...themes.warnings,
  ];
  const done = summary.respondents === 0 ? SUMMARY.noAnswers : SUMMARY.done(summary.respondents, sheets.length);
  const info = [
    ...(answers.ignoredColumns.length > 0 ? [SUMMARY.ignoredColumns(answers.ignoredColumns)] : []),
    // Answers to a question its branch did not lead to (possible on paper) are counted: said, so no figure moves unseen.
    ...[...summary.choices, ...summary.texts].flatMap(({ field, reach }) => (reach && reach.answeredNotAsked > 0 ? [SUMMARY.answeredAnyway(field.title, reach.answeredNotAsked)] : [])),
    ...themes.info,
  ];
  if (warnings.length > 0) alert([done, '', ...warnings, ...info].join('\n'));
  else toast([done, ...info].join('\n'));
  return summaryJson(summary, themes.json);
}
