/**
 * Themes staff typed by hand in the 自由記述 sheet's テーマ column, read back
 * before 集計を作成 rewrites the sheet. Each is found by the question's block
 * (its title row) and the 回答者 cell of its row — never by the row's place,
 * which moves as answers arrive or are sorted.
 */
import type { CellValue } from '../model/cells';
import { isBlank } from '../model/cells';
import type { TextField } from '../model/survey';
import { matchKey, titleMarker } from '../model/text';
import { SUMMARY, THEMES } from '../messages';

/** What staff typed in a テーマ cell, and the answer it stood beside. */
export interface Typed {
  readonly themes: string;
  readonly answer: string;
}

export interface HandCoding {
  /** Field id → respondent key → the theme names as typed (the cell, trimmed). */
  readonly byField: ReadonlyMap<string, ReadonlyMap<string, Typed>>;
  /** Blocks with typed themes whose question is not among the free-text questions any more. */
  readonly orphans: ReadonlyArray<{ readonly title: string; readonly count: number }>;
}

export const NO_HAND_CODING: HandCoding = { byField: new Map(), orphans: [] };

const text = (value: CellValue | undefined): string => (value === undefined || isBlank(value) ? '' : String(value).trim());

/** The question a block's title names: its title as it is, typed loosely, or by its number once renamed. */
function fieldByTitle(fields: readonly TextField[], title: string): TextField | null {
  const exact = fields.find((field) => field.title === title);
  if (exact) return exact;
  const key = matchKey(title);
  const loose = fields.find((field) => matchKey(field.title) === key);
  if (loose) return loose;
  const marker = titleMarker(title);
  const numbered = marker === null ? [] : fields.filter((field) => titleMarker(field.title) === marker);
  return numbered.length === 1 ? numbered[0] : null;
}

export function readHandCoding(values: readonly (readonly CellValue[])[], fields: readonly TextField[]): HandCoding {
  const byField = new Map<string, Map<string, Typed>>();
  const orphans: Array<{ title: string; count: number }> = [];
  for (let r = 1; r < values.length; r++) {
    const header = values[r].map((cell) => text(cell));
    // A block's header: No. | 回答 | … with a テーマ and a 回答者 column (the その他 lists have neither).
    if (header[0] !== SUMMARY.number || header[1] !== SUMMARY.answer) continue;
    const themeColumn = header.indexOf(THEMES.handColumn);
    const keyColumn = header.indexOf(THEMES.keyColumn);
    if (themeColumn < 0 || keyColumn < 0) continue;
    const title = text(values[r - 1][0]);
    const typed = new Map<string, Typed>();
    for (r++; r < values.length; r++) {
      const row = values[r];
      if (row.every((cell) => isBlank(cell))) break;
      const [themes, key] = [text(row[themeColumn]), text(row[keyColumn])];
      if (themes !== '' && key !== '') typed.set(key, { themes, answer: sameLines(String(row[1] ?? '')) });
    }
    if (typed.size === 0) continue;
    const field = fieldByTitle(fields, title);
    if (!field) {
      orphans.push({ title, count: typed.size });
      continue;
    }
    const known = byField.get(field.id) ?? new Map<string, Typed>();
    typed.forEach((theme, key) => known.set(key, theme));
    byField.set(field.id, known);
  }
  return { byField, orphans };
}

/** A text with its line breaks as \n, as an answer and its copy in a cell are compared. */
export function sameLines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** The names in a テーマ cell: separated by 、 , or line breaks. */
export function handNames(cell: string): string[] {
  return cell.split(/[、,，\r\n]/).map((name) => name.trim()).filter((name) => name !== '');
}
