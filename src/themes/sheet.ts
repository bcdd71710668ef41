/**
 * テーマ集計: per coded question, each theme with its answers, their share of
 * the question's non-empty answers, the same by each 分類 question, up to
 * three example answers and a bar chart; then 未分類. Below, for every
 * free-text question, the words its uncoded answers share: candidates for
 * keywords.
 */
import type { CellValue } from '../model/cells';
import { fitCell } from '../model/cells';
import type { CellFormat, SheetPlan } from '../model/sheet-plan';
import { chartRows, SheetBuilder } from '../model/sheet-plan';
import { chartLayout } from '../summary/sheets/charts';
import { SUMMARY, THEMES, THEME_SHEETS } from '../messages';
import type { Coding } from './coding';
import type { ThemeTable } from './tables';
import { frequentWords } from './words';

/** Example answers quoted per theme, in one cell. */
export const EXAMPLES = 3;
/** An example is a quote, not the answer: a long one is cut, visibly. */
const EXAMPLE_LENGTH = 300;

function tableOf(sheet: SheetBuilder, table: ThemeTable): void {
  const { coding, classifiers } = table;
  const total = coding.answers.length;
  sheet.row([coding.field.title], [], true);
  sheet.row([THEMES.base(total)]);
  const labels = classifiers.flatMap((classifier) => classifier.labels);
  if (classifiers.length > 0) {
    // Over each 分類's options, its title.
    sheet.row(['', '', '', '', ...classifiers.flatMap((classifier) => classifier.labels.map((_, index) => (index === 0 ? THEMES.byClassifier(classifier.title) : '')))], [], true);
  }
  const header = sheet.row([THEMES.header.theme, SUMMARY.count, SUMMARY.share, THEMES.examples(EXAMPLES), ...labels], [], true);
  const formats: (CellFormat | null)[] = ['text', 'integer', 'percent', 'text', ...labels.map(() => 'integer' as const)];
  for (const row of table.rows) {
    const name = row.inCodebook ? row.name : THEMES.notInCodebook(row.name);
    const quotes = row.uncoded ? [] : row.answers.slice(0, EXAMPLES).map((index) => THEMES.quote(fitCell(coding.answers[index].text, EXAMPLE_LENGTH)));
    const cells: CellValue[] = [name, row.answers.length, total > 0 ? row.answers.length / total : '', quotes.join('\n'), ...row.byClassifier.flat()];
    sheet.row(cells, formats);
  }
  const dataRows = sheet.nextRow - header;
  const layout = chartLayout('BAR', table.rows.map((row) => (row.inCodebook ? row.name : THEMES.notInCodebook(row.name))));
  sheet.row([THEMES.answersRow, total, '', '', ...classifiers.flatMap((classifier) => classifier.answers)], formats, true);
  sheet.blank();
  // The chart below its table, the next question below the chart.
  const anchor = sheet.nextRow;
  sheet.chart({
    kind: 'BAR', title: coding.field.title, hAxisTitle: SUMMARY.count, ...layout, marks: 'count',
    data: { row: header, column: 1, numRows: dataRows, numColumns: 2 },
    anchor: { row: anchor, column: 1 },
  });
  while (sheet.nextRow < anchor + chartRows(layout.size)) sheet.blank();
  sheet.blank();
}

function wordsOf(sheet: SheetBuilder, coding: Coding): void {
  sheet.row([THEMES.hintsTitle], [], true);
  sheet.row([THEMES.hintsNote]);
  sheet.blank();
  for (const question of coding.questions) {
    if (question.answers.length === 0) continue;
    sheet.row([question.field.title], [], true);
    const uncoded = question.uncoded.map((index) => question.answers[index].text);
    if (uncoded.length === 0) {
      sheet.row([THEMES.noUncoded]);
      sheet.blank();
      continue;
    }
    const list = frequentWords(uncoded, question.field.title);
    if (list.read < uncoded.length) sheet.row([THEMES.sampled(uncoded.length, list.read)]);
    if (list.words.length === 0) sheet.row([THEMES.noWords(uncoded.length)]);
    else {
      sheet.row([THEMES.word, THEMES.wordAnswers(uncoded.length)], [], true);
      for (const { word, answers } of list.words) sheet.row([word, answers], ['text', 'integer']);
    }
    sheet.blank();
  }
}

export function themesSheet(coding: Coding, tables: readonly ThemeTable[]): SheetPlan {
  const sheet = new SheetBuilder();
  sheet.row([THEMES.sheetNote]);
  sheet.blank();
  if (tables.length === 0) {
    sheet.row([THEMES.noThemes]);
    sheet.blank();
  }
  for (const table of tables) tableOf(sheet, table);
  wordsOf(sheet, coding);
  const widest = tables.reduce((most, table) => Math.max(most, table.classifiers.reduce((sum, classifier) => sum + classifier.labels.length, 0)), 0);
  return sheet.build(THEME_SHEETS.summary, { columnWidths: [240, 70, 70, 480, ...Array<number>(widest).fill(90)], wrapColumns: [4] });
}
