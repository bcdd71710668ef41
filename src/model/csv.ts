/**
 * CSV as RFC 4180 defines it and as Excel and Sheets write it: quoted fields
 * may hold commas, doubled quotes and line breaks; rows end in CRLF or LF.
 */

export type CsvResult =
  | { readonly ok: true; readonly rows: string[][] }
  /** A quote opened on `line` (1-based) is never closed: the rest of the file would vanish into one cell. */
  | { readonly ok: false; readonly problem: { readonly kind: 'unterminatedQuote'; readonly line: number } };

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;

/**
 * Rows of fields, text kept verbatim (line breaks inside quotes included).
 * A leading BOM is dropped and a final line ending adds no empty row. A quote
 * inside an unquoted field, or text after a closing quote, is kept as written.
 */
export function parseCsv(input: string): CsvResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const rows: string[][] = [];
  const length = text.length;
  let row: string[] = [];
  let at = 0;
  let line = 1;
  if (length === 0) return { ok: true, rows };
  for (;;) {
    let field: string;
    if (text.charCodeAt(at) === QUOTE) {
      const openedOn = line;
      let value = '';
      let from = at + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote < 0) return { ok: false, problem: { kind: 'unterminatedQuote', line: openedOn } };
        value += text.slice(from, quote);
        line += countLineBreaks(text, from, quote);
        if (text.charCodeAt(quote + 1) === QUOTE) {
          value += '"';
          from = quote + 2;
        } else {
          at = quote + 1;
          break;
        }
      }
      // Anything between the closing quote and the next delimiter is kept.
      const end = delimiterFrom(text, at);
      field = value + text.slice(at, end);
      at = end;
    } else {
      const end = delimiterFrom(text, at);
      field = text.slice(at, end);
      at = end;
    }
    row.push(field);
    if (at >= length) {
      rows.push(row);
      break;
    }
    const code = text.charCodeAt(at);
    if (code === COMMA) {
      at++;
      continue;
    }
    // A line break ends the row.
    at += code === CR && text.charCodeAt(at + 1) === LF ? 2 : 1;
    line++;
    rows.push(row);
    row = [];
    if (at >= length) break;
  }
  return { ok: true, rows };
}

/** The index of the next comma, CR or LF at or after `from`, or the text's length. */
function delimiterFrom(text: string, from: number): number {
  for (let at = from; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === COMMA || code === CR || code === LF) return at;
  }
  return text.length;
}

function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code === LF || (code === CR && text.charCodeAt(at + 1) !== LF)) count++;
  }
  return count;
}
