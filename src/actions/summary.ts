/** 集計を作成: the answers, web and paper alike, into the summary sheets and their charts, テーマ集計 and 前回との比較. */
import type { Comparison, ComparisonJson } from '../compare/compare';
import { compareRounds, comparisonJson, pairSettings } from '../compare/compare';
import { comparisonSheet, noComparisonSheet } from '../compare/sheet';
import type { SheetPlan } from '../model/sheet-plan';
import { plannedColumns, plannedRows } from '../model/sheet-plan';
import { COMPARE, REMINDER_TEXT, settingProblemText, SUMMARY } from '../messages';
import { responseFigures } from '../reminders/matching';
import type { Settings } from '../settings/settings';
import type { SummaryJson } from '../summary/json';
import { summaryJson } from '../summary/json';
import type { SummarySheetKey } from '../summary/sheets';
import { summarySheets } from '../summary/sheets';
import type { Summary } from '../summary/summarize';
import { summarize } from '../summary/summarize';
import { themeOutputs } from '../themes';
import type { PlannedSize } from '../gas/workbook';
import { alert, toast } from '../gas/ui';
import { capacityProblem } from './capacity';
import type { Book, Everything } from './context';
import { ensureSettingsSheet, loadEverything, openBook, ROLES, whileLocked } from './context';
import { loadPrevious } from './previous-import';
import { ensureCodebookSheet, loadThemeSources, THEMES_SUMMARY_ROLE } from './themes';

/** summary.json, with `comparison` when a previous round is imported. */
export type SummaryResult = SummaryJson & { readonly comparison?: ComparisonJson };

/** The summary written: its figures, its sheets, and what staff should be told. */
export interface Written {
  readonly summary: Summary;
  readonly settings: Settings;
  readonly sheets: ReadonlyArray<{ readonly key: SummarySheetKey; readonly plan: SheetPlan }>;
  /** What staff must act on (said in a dialog). */
  readonly warnings: readonly string[];
  /** What is only worth knowing (said with the result). */
  readonly info: readonly string[];
  /** The figures as summary.json has them: themes, and the comparison when a previous round is imported. */
  readonly json: SummaryResult;
  /** 前回との比較 as written, when a previous round is imported and read. */
  readonly comparison: { readonly comparison: Comparison; readonly sheet: SheetPlan } | null;
  /** How many sheets were written (テーマ集計 and 前回との比較 too, when there are). */
  readonly written: number;
}

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
 * Reads every answer once, computes the summary and writes its sheets (only
 * those: the response sheet, 郵送回答 and 名簿 are never written here).
 * 集計を作成 does this, and so does 報告スライドを作成, whose charts are
 * pictures of the sheets' charts.
 */
export function writeSummary(book: Book): { ok: true; value: Written } | { ok: false; message: string } {
  // The form is read afresh: a question renamed a moment ago shows at once.
  const loaded = loadEverything(book, true);
  if (!loaded.ok) return loaded;
  const all = loaded.value;
  const { answers, settings, roster } = all;
  const summary = summarizeRound(all);
  // The free-text coding: 自由記述 is read before it is rewritten, for the themes staff typed in it.
  const themes = themeOutputs({ summary, respondents: [...answers.web, ...answers.paper], timeZone: book.timeZone, ...loadThemeSources(book) });
  const json = summaryJson(summary, themes.json);
  const compared = comparisonPlan(all, json);
  const summaryPlans = summarySheets(summary, book.timeZone, themes.textColumns);
  const sheets = [
    ...summaryPlans.map(({ key, plan }) => ({ role: ROLES.summary(key), plan })),
    ...(themes.sheet ? [{ role: THEMES_SUMMARY_ROLE, plan: themes.sheet }] : []),
    ...(compared.plan ? [{ role: ROLES.summary('compare'), plan: compared.plan }] : []),
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
  const { comparison } = compared;
  return {
    ok: true,
    value: {
      summary, settings: settings.settings, sheets: summaryPlans, written: sheets.length,
      comparison: comparison && compared.plan ? { comparison, sheet: compared.plan } : null,
      json: comparison ? { ...json, comparison: comparisonJson(comparison) } : json,
      warnings: [
        ...answers.notes,
        ...answers.missingColumns.map((column) => SUMMARY.missingColumn(column.field.title, column.paperAnswers)),
        ...(answers.missingColumns.length > 0 ? [SUMMARY.missingColumnsHelp] : []),
        ...settings.problems.map(settingProblemText),
        ...(roster && !roster.result.ok ? [REMINDER_TEXT.missingColumns(roster.result.missing)] : []),
        ...(summary.roster?.duplicates ?? []).map(SUMMARY.rosterDuplicate),
        ...themes.warnings,
        ...(compared.warning ? [compared.warning] : []),
        ...(comparison?.matching.problems ?? []).map(COMPARE.pairProblem),
        ...(comparison?.matching.ambiguous ?? []).map(COMPARE.ambiguous),
      ],
      info: [
        ...(answers.ignoredColumns.length > 0 ? [SUMMARY.ignoredColumns(answers.ignoredColumns)] : []),
        // Answers to a question its branch did not lead to (possible on paper) are counted: said, so no figure moves unseen.
        ...[...summary.choices, ...summary.texts].flatMap(({ field, reach }) => (reach && reach.answeredNotAsked > 0 ? [SUMMARY.answeredAnyway(field.title, reach.answeredNotAsked)] : [])),
        ...themes.info,
        ...(comparison ? [COMPARE.written(comparison.questions.length)] : []),
      ],
    },
  };
}

/**
 * Menu handler. Returns the figures as summary.json has them (Google ignores
 * a menu handler's return value; the local run and the tests read it).
 */
export function generateSummary(): SummaryResult | null {
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
