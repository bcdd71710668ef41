/**
 * The 自由記述の分類 sheet (the codebook): one theme per row — 設問, テーマ,
 * キーワード — and a 確認 column the add-on fills at every 集計を作成. A row
 * that cannot be used is said with its row; every other row is applied.
 */
import type { CellValue } from '../model/cells';
import { isBlank } from '../model/cells';
import type { SheetPlan } from '../model/sheet-plan';
import { SheetBuilder } from '../model/sheet-plan';
import type { Survey } from '../model/survey';
import { matchKey } from '../model/text';
import { THEMES, THEME_SHEETS } from '../messages';
import { findQuestion } from '../settings/sheet';
import type { Keyword } from './keywords';
import { readKeywords } from './keywords';

export interface Theme {
  /** The free-text question it codes, and its title. */
  readonly fieldId: string;
  readonly question: string;
  /** As first written. */
  readonly name: string;
  /** Names are compared as matchKey does: width, case and spacing aside. */
  readonly key: string;
  readonly keywords: readonly Keyword[];
  /** 1-based rows of the sheet that give it (one, or several merged). */
  readonly rows: readonly number[];
}

export type CodebookProblem =
  | { readonly kind: 'missingQuestion'; readonly row: number }
  | { readonly kind: 'unknownQuestion'; readonly row: number; readonly value: string }
  | { readonly kind: 'notText'; readonly row: number; readonly value: string }
  /** A free-text question the summary does not count (left out in 設定, or its column is gone). */
  | { readonly kind: 'notCounted'; readonly row: number; readonly title: string }
  | { readonly kind: 'emptyTheme'; readonly row: number }
  | { readonly kind: 'reservedTheme'; readonly row: number }
  /** The row is applied with its other keywords. */
  | { readonly kind: 'badPattern'; readonly row: number; readonly keyword: string };

/** Not wrong, but worth knowing beside the row. */
export type CodebookNote =
  | { readonly kind: 'noKeywords'; readonly row: number }
  | { readonly kind: 'repeated'; readonly row: number; readonly firstRow: number };

export interface Codebook {
  /** In sheet order; a theme named twice for one question is one theme. */
  readonly themes: readonly Theme[];
  readonly problems: readonly CodebookProblem[];
  readonly notes: readonly CodebookNote[];
  /** Rows with anything in 設問, テーマ or キーワード. */
  readonly filledRows: number;
  /** 1-based column of 確認: where it is, or the first free column after the header. */
  readonly checkColumn: number;
  /** Rows the sheet holds data in (the header included): 確認 is rewritten over all of them. */
  readonly rows: number;
}

const text = (value: CellValue | undefined): string => (value === undefined || isBlank(value) ? '' : String(value).trim());

/** Where each column is: by its title in the header row, else where the sheet first puts it. */
function columnsOf(header: readonly CellValue[]): { question: number; theme: number; keywords: number; check: number } {
  const keys = header.map((cell) => matchKey(text(cell)));
  const find = (title: string, fallback: number) => {
    const at = keys.indexOf(matchKey(title));
    return at >= 0 ? at : fallback;
  };
  const { question, theme, keywords, check } = THEMES.header;
  const columns = { question: find(question, 0), theme: find(theme, 1), keywords: find(keywords, 2) };
  // Never over a column staff use: 確認 where its title is, else after the last titled column.
  let last = -1;
  keys.forEach((key, index) => { if (key !== '') last = index; });
  return { ...columns, check: find(check, Math.max(last + 1, columns.keywords + 1, 3)) };
}

const RESERVED = matchKey(THEMES.uncoded);

export function readCodebook(values: readonly (readonly CellValue[])[], survey: Survey): Codebook {
  const columns = columnsOf(values[0] ?? []);
  const themes: Array<Theme & { keywords: Keyword[]; rows: number[] }> = [];
  const problems: CodebookProblem[] = [];
  const notes: CodebookNote[] = [];
  let filledRows = 0;
  for (let index = 1; index < values.length; index++) {
    const row = index + 1;
    const cells = values[index];
    const [reference, name, keywordCell] = [text(cells[columns.question]), text(cells[columns.theme]), text(cells[columns.keywords])];
    if (reference === '' && name === '' && keywordCell === '') continue;
    filledRows++;
    if (reference === '') {
      problems.push({ kind: 'missingQuestion', row });
      continue;
    }
    const question = findQuestion(survey, reference);
    if (!question) {
      problems.push({ kind: 'unknownQuestion', row, value: reference });
      continue;
    }
    if (question.kind !== 'text') {
      problems.push({ kind: 'notText', row, value: reference });
      continue;
    }
    if (name === '') {
      problems.push({ kind: 'emptyTheme', row });
      continue;
    }
    const key = matchKey(name);
    if (key === RESERVED) {
      problems.push({ kind: 'reservedTheme', row });
      continue;
    }
    const read = readKeywords(keywordCell);
    for (const keyword of read.bad) problems.push({ kind: 'badPattern', row, keyword });
    if (read.keywords.length === 0 && read.bad.length === 0) notes.push({ kind: 'noKeywords', row });
    const same = themes.find((theme) => theme.fieldId === question.id && theme.key === key);
    if (same) {
      notes.push({ kind: 'repeated', row, firstRow: same.rows[0] });
      same.keywords.push(...read.keywords);
      same.rows.push(row);
    } else {
      themes.push({ fieldId: question.id, question: question.title, name, key, keywords: [...read.keywords], rows: [row] });
    }
  }
  return { themes, problems, notes, filledRows, checkColumn: columns.check + 1, rows: values.length };
}

/** Rows a new sheet offers: enough for a survey's themes without inserting rows first. */
const BLANK_ROWS = 100;

/** The sheet as first written: its header, and empty rows formatted as text (「5-2」 stays 5-2, not a date). */
export function codebookSheet(): SheetPlan {
  const sheet = new SheetBuilder();
  const { question, theme, keywords, check } = THEMES.header;
  sheet.row([question, theme, keywords, check], [], true);
  const formats = ['text', 'text', 'text', null] as const;
  for (let i = 0; i < BLANK_ROWS; i++) sheet.row(['', '', '', ''], [...formats]);
  return sheet.build(THEME_SHEETS.codebook, { frozenRows: 1, columnWidths: [200, 200, 420, 420], wrapColumns: [3, 4] });
}
