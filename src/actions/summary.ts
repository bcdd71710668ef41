/** 集計を作成: the answers, web and paper alike, into the summary sheets and their charts, and 前回との比較. */
import type { Comparison, ComparisonJson } from '../compare/compare';
import { compareRounds, comparisonJson, pairSettings } from '../compare/compare';
import { comparisonSheet, noComparisonSheet } from '../compare/sheet';
import type { SheetPlan } from '../model/sheet-plan';
import { plannedColumns, plannedRows } from '../model/sheet-plan';
import { COMPARE, REMINDER_TEXT, settingProblemText, SUMMARY } from '../messages';
import { responseFigures } from '../reminders/matching';
import type { SummaryJson } from '../summary/json';
import { summaryJson } from '../summary/json';
import { summarySheets } from '../summary/sheets';
import type { Summary } from '../summary/summarize';
import { summarize } from '../summary/summarize';
import type { PlannedSize } from '../gas/workbook';
import { alert, toast } from '../gas/ui';
import { capacityProblem } from './capacity';
import type { Everything } from './context';
import { ensureSettingsSheet, loadEverything, openBook, ROLES, whileLocked } from './context';
import { loadPrevious } from './previous-import';

/** summary.json, with `comparison` when a previous round is imported. */
export type SummaryResult = SummaryJson & { readonly comparison?: ComparisonJson };

/** Every figure of the round as it stands: the summary 集計を作成 writes and 集計データを書き出す saves. */
export function summarizeRound({ book, answers, settings, roster, match }: Everything): Summary {
  return summarize({
    survey: answers.survey, respondents: [...answers.web, ...answers.paper], settings: settings.settings.summary, timeZone: book.timeZone,
    missingColumns: answers.missingColumns, ignoredColumns: answers.ignoredColumns,
    roster: roster?.result.ok && match ? responseFigures(roster.result.roster, match) : null,
  });
}

/**
 * 前回との比較 when a previous round is imported; when it cannot be read,
 * or is gone while the sheet stays, the sheet says so instead of showing
 * figures that no longer hold.
 */
function comparisonPlan(all: Everything, json: SummaryJson): { plan: SheetPlan | null; comparison: Comparison | null; warning: string | null } {
  const previous = loadPrevious(all.book);
  if (previous.kind === 'broken') return { plan: noComparisonSheet(COMPARE.storeBroken), comparison: null, warning: COMPARE.storeBroken };
  if (previous.kind === 'none') {
    return { plan: all.book.sheets.has(ROLES.summary('compare')) ? noComparisonSheet(COMPARE.notImported) : null, comparison: null, warning: null };
  }
  const { survey } = all.answers;
  const comparison = compareRounds(json, previous.round, pairSettings(all.settings.settings.comparison.pairs, survey));
  return { plan: comparisonSheet(comparison), comparison, warning: null };
}

/**
 * Menu handler. Returns the figures as summary.json has them (Google ignores
 * a menu handler's return value; the local run and the tests read it).
 */
export function generateSummary(): SummaryResult | null {
  toast(SUMMARY.running);
  const book = openBook();
  // The form is read afresh: a question renamed a moment ago shows at once.
  const loaded = loadEverything(book, true);
  if (!loaded.ok) {
    alert(loaded.message);
    return null;
  }
  const { answers, settings, roster } = loaded.value;
  const summary = summarizeRound(loaded.value);
  const json = summaryJson(summary);
  const compared = comparisonPlan(loaded.value, json);
  const sheets: Array<{ key: string; plan: SheetPlan }> = [...summarySheets(summary, book.timeZone), ...(compared.plan ? [{ key: 'compare', plan: compared.plan }] : [])];
  const sizes: Record<string, PlannedSize> = {};
  for (const { key, plan } of sheets) sizes[ROLES.summary(key)] = { name: plan.name, mode: 'replace', rows: plannedRows(plan), columns: plannedColumns(plan) };
  const written = whileLocked(() => {
    const full = capacityProblem(book, sizes);
    if (full) return { kind: 'full' as const, message: full };
    ensureSettingsSheet(book, answers);
    // Only the summary's own sheets: the response sheet, 郵送回答 and 名簿 are never written here.
    for (const { key, plan } of sheets) book.sheets.writeTable(ROLES.summary(key), plan);
    return { kind: 'written' as const };
  });
  if (written.kind !== 'written') {
    alert(written.message);
    return null;
  }
  const { comparison } = compared;
  // Whatever staff must act on is said in a dialog; the rest in the toast.
  const warnings = [
    ...answers.notes,
    ...answers.missingColumns.map((column) => SUMMARY.missingColumn(column.field.title, column.paperAnswers)),
    ...(answers.missingColumns.length > 0 ? [SUMMARY.missingColumnsHelp] : []),
    ...settings.problems.map(settingProblemText),
    ...(roster && !roster.result.ok ? [REMINDER_TEXT.missingColumns(roster.result.missing)] : []),
    ...(summary.roster?.duplicates ?? []).map(SUMMARY.rosterDuplicate),
    ...(compared.warning ? [compared.warning] : []),
    ...(comparison?.matching.problems ?? []).map(COMPARE.pairProblem),
    ...(comparison?.matching.ambiguous ?? []).map(COMPARE.ambiguous),
  ];
  const done = summary.respondents === 0 ? SUMMARY.noAnswers : SUMMARY.done(summary.respondents, sheets.length);
  const info = [
    ...(answers.ignoredColumns.length > 0 ? [SUMMARY.ignoredColumns(answers.ignoredColumns)] : []),
    // Answers to a question its branch did not lead to (possible on paper) are counted: said, so no figure moves unseen.
    ...[...summary.choices, ...summary.texts].flatMap(({ field, reach }) => (reach && reach.answeredNotAsked > 0 ? [SUMMARY.answeredAnyway(field.title, reach.answeredNotAsked)] : [])),
    ...(comparison ? [COMPARE.written(comparison.questions.length)] : []),
  ];
  if (warnings.length > 0) alert([done, '', ...warnings, ...info].join('\n'));
  else toast([done, ...info].join('\n'));
  return comparison ? { ...json, comparison: comparisonJson(comparison) } : json;
}
