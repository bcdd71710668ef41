/**
 * A survey model guessed from the response sheet when the form cannot be
 * opened (deleted, or not shared with whoever runs the summary): each column
 * becomes a question, choice-like when its answers repeat.
 */
import type { CellValue } from './cells';
import { isBlank } from './cells';
import type { Question, Survey } from './survey';

/** More distinct answers than this and a column is read as free text. */
const MAX_OPTIONS = 20;

export function guessSurvey(values: readonly (readonly CellValue[])[], answerColumns: readonly number[], title: string): Survey {
  const headers = values[0] ?? [];
  const questions: Question[] = answerColumns.map((column, index) => {
    const cells = values.slice(1).map((row) => row[column]).filter((cell) => !isBlank(cell)).map((cell) => String(cell));
    const id = `column-${index + 1}`;
    const base = { id, title: String(headers[column]), required: false, section: 0 };
    const multiple = cells.some((cell) => cell.includes(', '));
    const options = [...new Set(multiple ? cells.flatMap((cell) => cell.split(', ')) : cells)];
    const repeats = options.length > 0 && options.length <= MAX_OPTIONS && options.length < cells.length;
    if (repeats) return { ...base, kind: 'choice', type: multiple ? 'CHECKBOX' : 'RADIO', options, hasOther: false };
    return { ...base, kind: 'text', paragraph: cells.some((cell) => cell.includes('\n')) };
  });
  return { title, description: '', sections: [{ title, description: '' }], questions, collectsEmail: false, publishedUrl: '', fromForm: false };
}
