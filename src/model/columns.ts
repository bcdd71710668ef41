/**
 * Which column holds which field. Titles are matched exactly first, then
 * ignoring width and spacing, then by their leading number (②, ⑤-1)); a
 * question renamed after answers came in is found by where its column sits
 * between its neighbours, provided the column's answers fit the question.
 */
import type { CellValue } from './cells';
import { isBlank } from './cells';
import type { Field } from './survey';
import { matchKey, titleMarker } from './text';

export interface ColumnMatch {
  /** Field id → its 0-based column indexes: usually one; several when columns share a title. */
  readonly columns: ReadonlyMap<string, readonly number[]>;
  /** Columns that belong to no field (staff notes, deleted questions), by 0-based index. */
  readonly unmatched: readonly number[];
  /** Fields with no column (no answers yet, or a question added later). */
  readonly missing: readonly Field[];
}

export interface MatchOptions {
  /** Columns that are not answers (timestamp, e-mail, 整理番号 …): never matched. */
  readonly reserved?: ReadonlySet<number>;
  /** Body rows, to check that a renamed column's answers fit the question. */
  readonly rows?: readonly (readonly CellValue[])[];
  /** Match a renamed question by position (response sheets keep form order). */
  readonly byPosition?: boolean;
}

export function matchColumns(headers: readonly string[], fields: readonly Field[], options: MatchOptions = {}): ColumnMatch {
  const reserved = options.reserved ?? new Set<number>();
  const claims = new Map<string, number[]>();
  const taken = new Set<number>();
  const claim = (field: Field, column: number) => {
    const list = claims.get(field.id) ?? [];
    list.push(column);
    claims.set(field.id, list);
    taken.add(column);
  };
  const candidates = () => headers.map((_, index) => index).filter((index) => !taken.has(index) && !reserved.has(index) && headers[index].trim() !== '');

  const passes: Array<(header: string, field: Field) => boolean> = [
    (header, field) => header === field.title,
    (header, field) => matchKey(header) === matchKey(field.title),
  ];
  // A field may be claimed twice: two columns for one question is something
  // the caller must see (the web sheet merges them, an import stops).
  for (const pass of passes) {
    for (const column of candidates()) {
      const field = fields.find((candidate) => pass(headers[column], candidate));
      if (field) claim(field, column);
    }
  }
  matchByMarker(headers, candidates(), fields, claim);
  if (options.byPosition) matchByPosition(headers.length, candidates(), fields, claims, options.rows ?? [], claim);

  return {
    columns: claims,
    unmatched: headers.map((_, index) => index).filter((index) => !taken.has(index) && !reserved.has(index)),
    missing: fields.filter((field) => !claims.has(field.id)),
  };
}

/** "②" or "② しょくしゅ" finds "② 職種" when exactly one field carries that number. */
function matchByMarker(headers: readonly string[], columns: number[], fields: readonly Field[], claim: (field: Field, column: number) => void) {
  const byMarker = new Map<string, Field[]>();
  for (const field of fields) {
    if (field.question.kind === 'grid') continue;
    const marker = titleMarker(field.title);
    if (marker) byMarker.set(marker, [...(byMarker.get(marker) ?? []), field]);
  }
  for (const column of columns) {
    const marker = titleMarker(headers[column]);
    const found = marker ? byMarker.get(marker) : undefined;
    if (found && found.length === 1) claim(found[0], column);
  }
}

function matchByPosition(
  width: number, free: number[], fields: readonly Field[], claims: Map<string, number[]>,
  rows: readonly (readonly CellValue[])[], claim: (field: Field, column: number) => void,
) {
  const freeSet = new Set(free);
  const columnOf = (field: Field) => {
    const list = claims.get(field.id);
    return list && list.length === 1 ? list[0] : undefined;
  };
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i];
    if (claims.has(field.id)) continue;
    let before = -1;
    for (let j = i - 1; j >= 0; j--) {
      const column = columnOf(fields[j]);
      if (column !== undefined) { before = column; break; }
    }
    let after = width;
    let gapFields = 1;
    for (let j = i + 1; j < fields.length; j++) {
      const column = columnOf(fields[j]);
      if (column !== undefined) { after = column; break; }
      gapFields++;
    }
    for (let j = i - 1; j >= 0 && columnOf(fields[j]) === undefined; j--) gapFields++;
    const between = [...freeSet].filter((column) => column > before && column < after);
    if (between.length === 1 && gapFields === 1 && fits(field, rows, between[0])) {
      claim(field, between[0]);
      freeSet.delete(between[0]);
    }
  }
}

/** Every answer in the column is one of the field's options (or a scale value). */
function fits(field: Field, rows: readonly (readonly CellValue[])[], column: number): boolean {
  if (field.kind === 'text') return true;
  for (const row of rows) {
    const value = row[column];
    if (isBlank(value)) continue;
    if (field.kind === 'scale') {
      if (typeof value !== 'number' || value < field.low || value > field.high) return false;
    } else if (!field.hasOther) {
      const text = String(value);
      const known = field.multiple ? text.split(', ').every((part) => field.options.includes(part)) || field.options.includes(text) : field.options.includes(text);
      if (!known) return false;
    }
  }
  return true;
}
