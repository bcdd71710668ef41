/** 集計を作成: the answers, web and paper alike, into the summary sheets and their charts. */
import { plannedColumns, plannedRows } from '../model/sheet-plan';
import { REMINDER_TEXT, settingProblemText, SUMMARY } from '../messages';
import { responseFigures } from '../reminders/matching';
import type { Settings } from '../settings/settings';
import type { SummaryJson } from '../summary/json';
import { summaryJson } from '../summary/json';
import type { SummarySheetKey } from '../summary/sheets';
import { summarySheets } from '../summary/sheets';
import type { Summary } from '../summary/summarize';
import { summarize } from '../summary/summarize';
import type { SheetPlan } from '../model/sheet-plan';
import { themeOutputs } from '../themes';
import type { PlannedSize } from '../gas/workbook';
import { alert, toast } from '../gas/ui';
import { capacityProblem } from './capacity';
import type { Book } from './context';
import { ensureSettingsSheet, loadEverything, openBook, ROLES, whileLocked } from './context';
import { ensureCodebookSheet, loadThemeSources, THEMES_SUMMARY_ROLE } from './themes';

/** The summary written: its figures, its sheets, and what staff should be told. */
export interface Written {
  readonly summary: Summary;
  readonly settings: Settings;
  readonly sheets: ReadonlyArray<{ readonly key: SummarySheetKey; readonly plan: SheetPlan }>;
  /** What staff must act on (said in a dialog). */
  readonly warnings: readonly string[];
  /** What is only worth knowing (said with the result). */
  readonly info: readonly string[];
  /** The figures as summary.json has them, themes included. */
  readonly json: SummaryJson;
  /** How many sheets were written (テーマ集計 too, when there is a codebook). */
  readonly written: number;
}

/**
 * Reads every answer once, computes the summary and writes its sheets (only
 * those: the response sheet, 郵送回答 and 名簿 are never written here).
 * 集計を作成 does this, and so does 報告スライドを作成, whose charts are
 * pictures of the sheets' charts.
 */
export function writeSummary(book: Book): { ok: true; value: Written } | { ok: false; message: string } {
  // The form is read afresh: a question renamed a moment ago shows at once.
  const loaded = loadEverything(book, true);
  if (!loaded.ok) return loaded;
  const { answers, settings, roster, match } = loaded.value;
  const respondents = [...answers.web, ...answers.paper];
  const summary = summarize({
    survey: answers.survey, respondents, settings: settings.settings.summary, timeZone: book.timeZone,
    missingColumns: answers.missingColumns, ignoredColumns: answers.ignoredColumns,
    roster: roster?.result.ok && match ? responseFigures(roster.result.roster, match) : null,
  });
  // The free-text coding: 自由記述 is read before it is rewritten, for the themes staff typed in it.
  const themes = themeOutputs({ summary, respondents, timeZone: book.timeZone, ...loadThemeSources(book) });
  const summaryPlans = summarySheets(summary, book.timeZone, themes.textColumns);
  const sheets = [
    ...summaryPlans.map(({ key, plan }) => ({ role: ROLES.summary(key), plan })),
    ...(themes.sheet ? [{ role: THEMES_SUMMARY_ROLE, plan: themes.sheet }] : []),
  ];
  const sizes: Record<string, PlannedSize> = {};
  for (const { role, plan } of sheets) sizes[role] = { name: plan.name, mode: 'replace', rows: plannedRows(plan), columns: plannedColumns(plan) };
  const written = whileLocked(() => {
    const full = capacityProblem(book, sizes);
    if (full) return { kind: 'full' as const, message: full };
    ensureSettingsSheet(book, answers);
    ensureCodebookSheet(book);
    for (const { role, plan } of sheets) book.sheets.writeTable(role, plan);
    // Of the codebook only its 確認 column: the rows staff write stay as they are.
    if (themes.checks) book.sheets.writeRows(ROLES.codebook, 1, themes.checks.column, themes.checks.values);
    return { kind: 'written' as const };
  });
  if (written.kind !== 'written') return { ok: false, message: written.message };
  return {
    ok: true,
    value: {
      summary, settings: settings.settings, sheets: summaryPlans, json: summaryJson(summary, themes.json), written: sheets.length,
      warnings: [
        ...answers.notes,
        ...answers.missingColumns.map((column) => SUMMARY.missingColumn(column.field.title, column.paperAnswers)),
        ...(answers.missingColumns.length > 0 ? [SUMMARY.missingColumnsHelp] : []),
        ...settings.problems.map(settingProblemText),
        ...(roster && !roster.result.ok ? [REMINDER_TEXT.missingColumns(roster.result.missing)] : []),
        ...(summary.roster?.duplicates ?? []).map(SUMMARY.rosterDuplicate),
        ...themes.warnings,
      ],
      info: [
        ...(answers.ignoredColumns.length > 0 ? [SUMMARY.ignoredColumns(answers.ignoredColumns)] : []),
        // Answers to a question its branch did not lead to (possible on paper) are counted: said, so no figure moves unseen.
        ...[...summary.choices, ...summary.texts].flatMap(({ field, reach }) => (reach && reach.answeredNotAsked > 0 ? [SUMMARY.answeredAnyway(field.title, reach.answeredNotAsked)] : [])),
        ...themes.info,
      ],
    },
  };
}

/**
 * Menu handler. Returns the figures as summary.json has them (Google ignores
 * a menu handler's return value; the local run and the tests read it).
 */
export function generateSummary(): SummaryJson | null {
  toast(SUMMARY.running);
  const written = writeSummary(openBook());
  if (!written.ok) {
    alert(written.message);
    return null;
  }
  const { summary, warnings, info, json } = written.value;
  // Whatever staff must act on is said in a dialog; the rest in the toast.
  const done = summary.respondents === 0 ? SUMMARY.noAnswers : SUMMARY.done(summary.respondents, written.value.written);
  if (warnings.length > 0) alert([done, '', ...warnings, ...info].join('\n'));
  else toast([done, ...info].join('\n'));
  return json;
}
