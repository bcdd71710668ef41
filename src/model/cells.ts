/**
 * Reading one cell as an answer to one field. Two dialects:
 * - `web`: what Google Forms writes into the response sheet — exact option
 *   texts, checkboxes joined by ", " in form order, "Other" text verbatim.
 * - `typed`: what a clerk types from a paper questionnaire — option texts or
 *   their 1-based numbers (any width), separated by , 、 ， or spaces.
 * Options are found by matching the form's option texts, never by splitting
 * on a separator, because an option may itself contain one.
 */
import type { ChoiceField, Field } from './survey';
import { normalize } from './text';

/** What Range.getValues() can hand back. */
export type CellValue = string | number | boolean | Date;

export type FieldAnswer =
  | { readonly kind: 'choice'; readonly selected: readonly number[]; readonly other: string | null }
  | { readonly kind: 'scale'; readonly value: number }
  | { readonly kind: 'text'; readonly text: string };

/** Why a typed cell cannot be accepted; rendered by the message catalogue. */
export type CellProblem =
  | { readonly kind: 'unknownOption'; readonly token: string }
  | { readonly kind: 'numberOutOfRange'; readonly number: number; readonly max: number }
  | { readonly kind: 'severalForSingle'; readonly count: number }
  | { readonly kind: 'scaleOutOfRange'; readonly value: string; readonly low: number; readonly high: number }
  | { readonly kind: 'duplicateOption'; readonly option: string }
  /** Longer than a cell holds, or a value the add-on already had to cut (see fitCell). */
  | { readonly kind: 'tooLong'; readonly length: number; readonly max: number };

export type CellResult =
  | { readonly ok: true; readonly answer: FieldAnswer | null }
  | { readonly ok: false; readonly problem: CellProblem };

/** Google's limit of characters in one cell. */
export const CELL_TEXT_LIMIT = 50_000;

/** Ends a text the add-on cut to fit a cell; letters no answer is likely to end with. */
const CUT_MARK = '…［セルに入りきらないため以下省略］';

/**
 * A text that fits a cell: unchanged when it does, else cut with a visible
 * mark (and the mark makes it recognisable as cut, see wasCut).
 */
export function fitCell(text: string, limit = CELL_TEXT_LIMIT): string {
  if (text.length <= limit) return text;
  return text.slice(0, limit - CUT_MARK.length) + CUT_MARK;
}

export function wasCut(text: string): boolean {
  return text.endsWith(CUT_MARK);
}

export function isBlank(value: CellValue | null | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** The cell as text; dates are rendered by the caller's formatter (they depend on the time zone). */
export function cellText(value: CellValue, formatDate: (date: Date) => string): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return formatDate(value);
  return String(value);
}

type Token =
  | { readonly kind: 'option'; readonly index: number }
  | { readonly kind: 'number'; readonly value: number; readonly raw: string }
  | { readonly kind: 'text'; readonly text: string };

interface Dialect {
  /** Length of the separator starting at `at`, 0 if none. */
  separatorAt(text: string, at: number): number;
  readonly numbers: boolean;
  prepare(text: string): string;
}

const WEB: Dialect = {
  separatorAt: (text, at) => (text.startsWith(', ', at) ? 2 : 0),
  numbers: false,
  prepare: (text) => text.trim(),
};

const TYPED_SEPARATOR = /^[,、，\s]+/;
const TYPED: Dialect = {
  separatorAt: (text, at) => TYPED_SEPARATOR.exec(text.slice(at, at + 8))?.[0].length ?? 0,
  numbers: true,
  prepare: normalize,
};

/** Option texts in the dialect's form, longest first so that "A, B" wins over "A". */
function optionIndex(options: readonly string[], dialect: Dialect): Array<{ text: string; index: number }> {
  return options
    .map((option, index) => ({ text: dialect.prepare(option), index }))
    .filter((entry) => entry.text !== '')
    .sort((a, b) => b.text.length - a.text.length);
}

const indexCache = new WeakMap<readonly string[], Map<Dialect, Array<{ text: string; index: number }>>>();

function cachedOptionIndex(options: readonly string[], dialect: Dialect): Array<{ text: string; index: number }> {
  let byDialect = indexCache.get(options);
  if (!byDialect) {
    byDialect = new Map();
    indexCache.set(options, byDialect);
  }
  let entries = byDialect.get(dialect);
  if (!entries) {
    entries = optionIndex(options, dialect);
    byDialect.set(dialect, entries);
  }
  return entries;
}

function tokenize(raw: string, options: readonly string[], dialect: Dialect): Token[] {
  const text = dialect.prepare(raw);
  const entries = cachedOptionIndex(options, dialect);
  const tokens: Token[] = [];
  const boundary = (at: number) => at === text.length || dialect.separatorAt(text, at) > 0;
  let pendingStart = -1;
  let pendingEnd = -1;
  const flush = () => {
    if (pendingStart >= 0) tokens.push({ kind: 'text', text: text.slice(pendingStart, pendingEnd).trim() });
    pendingStart = -1;
  };
  let at = 0;
  while (at < text.length) {
    const separator = dialect.separatorAt(text, at);
    if (separator > 0) {
      at += separator;
      continue;
    }
    const option = entries.find((entry) => text.startsWith(entry.text, at) && boundary(at + entry.text.length));
    if (option) {
      flush();
      tokens.push({ kind: 'option', index: option.index });
      at += option.text.length;
      continue;
    }
    if (dialect.numbers) {
      const digits = /^\d+/.exec(text.slice(at))?.[0];
      if (digits && boundary(at + digits.length)) {
        flush();
        tokens.push({ kind: 'number', value: Number(digits), raw: digits });
        at += digits.length;
        continue;
      }
    }
    // Not an option here: the text runs to the next separator and joins any
    // text just before it, so an "Other" answer may contain separators.
    let end = at + 1;
    while (end < text.length && dialect.separatorAt(text, end) === 0) end++;
    if (pendingStart < 0) pendingStart = at;
    pendingEnd = end;
    at = end;
  }
  flush();
  return tokens;
}

/** A web cell: never fails. Text matching no option is kept as an "Other" answer. */
export function parseWebCell(field: Field, value: CellValue, formatDate: (date: Date) => string): FieldAnswer | null {
  if (isBlank(value)) return null;
  switch (field.kind) {
    case 'text':
      return { kind: 'text', text: cellText(value, formatDate) };
    case 'scale': {
      const number = typeof value === 'number' ? value : Number(normalize(cellText(value, formatDate)));
      if (Number.isInteger(number) && number >= field.low && number <= field.high) return { kind: 'scale', value: number };
      return { kind: 'text', text: cellText(value, formatDate) };
    }
    case 'choice':
      return webChoice(field, cellText(value, formatDate));
  }
}

/** Option text → index, for options that contain no ", " (those need the tokenizer). */
const plainOptions = new WeakMap<readonly string[], Map<string, number> | null>();

/**
 * What Forms writes for ticked options alone — their texts joined by ", " in
 * form order — read by splitting, which is far cheaper than matching. Null
 * when the cell holds anything else (Other text, an option containing ", "),
 * for the tokenizer to read.
 */
function plainCheckboxes(options: readonly string[], text: string): number[] | null {
  let index = plainOptions.get(options);
  if (index === undefined) {
    index = options.some((option) => option.includes(', ')) ? null : new Map(options.map((option, position) => [option, position]));
    plainOptions.set(options, index);
  }
  if (index === null) return null;
  const parts = text.split(', ');
  const selected: number[] = new Array(parts.length);
  for (let i = 0; i < parts.length; i++) {
    const position = index.get(parts[i]);
    // Forms writes options in form order, each once: anything else goes the careful way.
    if (position === undefined || (i > 0 && position <= selected[i - 1])) return null;
    selected[i] = position;
  }
  return selected;
}

function webChoice(field: ChoiceField, text: string): FieldAnswer {
  if (!field.multiple) {
    const trimmed = text.trim();
    const exact = field.options.indexOf(trimmed);
    if (exact >= 0) return { kind: 'choice', selected: [exact], other: null };
    const key = normalize(trimmed);
    const loose = field.options.findIndex((option) => normalize(option) === key);
    return loose >= 0 ? { kind: 'choice', selected: [loose], other: null } : { kind: 'choice', selected: [], other: trimmed };
  }
  const plain = plainCheckboxes(field.options, text);
  if (plain) return { kind: 'choice', selected: plain, other: null };
  const selected = new Set<number>();
  const others: string[] = [];
  for (const token of tokenize(text, field.options, WEB)) {
    if (token.kind === 'option') selected.add(token.index);
    else if (token.kind === 'text' && token.text !== '') others.push(token.text);
  }
  return { kind: 'choice', selected: [...selected].sort((a, b) => a - b), other: others.length ? others.join(', ') : null };
}

/**
 * A typed (paper) cell, validated. Blank is a valid "no answer": paper
 * questionnaires have blanks even where the form requires an answer.
 * "Other" text is accepted only for fields that have an "Other" option and
 * only when written as `その他:…` (or `その他（…）`), so a typo never turns
 * silently into an Other answer. The Other option itself is ticked by its
 * number (the last in form order, as printed on paper) or by `その他`; without
 * written text its answer reads `その他`, so the stored cell is never blank.
 */
export function parseTypedCell(field: Field, value: CellValue, formatDate: (date: Date) => string): CellResult {
  if (isBlank(value)) return { ok: true, answer: null };
  const raw = cellText(value, formatDate);
  if (raw.length > CELL_TEXT_LIMIT || wasCut(raw)) return { ok: false, problem: { kind: 'tooLong', length: raw.length, max: CELL_TEXT_LIMIT } };
  switch (field.kind) {
    case 'text':
      return { ok: true, answer: { kind: 'text', text: raw } };
    case 'scale': {
      const text = normalize(raw);
      const number = /^\d+$/.test(text) ? Number(text) : NaN;
      if (number >= field.low && number <= field.high) return { ok: true, answer: { kind: 'scale', value: number } };
      return { ok: false, problem: { kind: 'scaleOutOfRange', value: text, low: field.low, high: field.high } };
    }
    case 'choice':
      return typedChoice(field, raw);
  }
}

const OTHER_PREFIX = /^その他\s*(?:[:：]\s*([\s\S]*)|[（(]([\s\S]*)[）)])$/;
/** How paper questionnaires name the Other option; also the stored text of an Other ticked without words. */
export const OTHER_LABEL = 'その他';

const typedOptionsCache = new WeakMap<ChoiceField, readonly string[]>();

/** The options a clerk can name or number: the form's, then Other when the field has one. */
function typedOptions(field: ChoiceField): readonly string[] {
  if (!field.hasOther) return field.options;
  let options = typedOptionsCache.get(field);
  if (!options) {
    options = [...field.options, OTHER_LABEL];
    typedOptionsCache.set(field, options);
  }
  return options;
}

function typedChoice(field: ChoiceField, raw: string): CellResult {
  const otherMatch = field.hasOther ? OTHER_PREFIX.exec(normalizeOtherPrefix(raw)) : null;
  let other: string | null = null;
  let rest = raw;
  if (otherMatch) {
    other = (otherMatch[1] ?? otherMatch[2] ?? '').trim();
    rest = '';
  } else if (field.hasOther) {
    // "1, 3, その他: …" — the Other part is last, as on the paper form.
    const at = raw.search(/その他\s*[:：（(]/);
    if (at > 0) {
      const tail = OTHER_PREFIX.exec(normalizeOtherPrefix(raw.slice(at)));
      if (tail) {
        other = (tail[1] ?? tail[2] ?? '').trim();
        rest = raw.slice(0, at);
      }
    }
  }
  const options = typedOptions(field);
  const selected: number[] = [];
  let otherTicked = false;
  for (const token of tokenize(rest, options, TYPED)) {
    let index: number;
    if (token.kind === 'option') index = token.index;
    else if (token.kind === 'number') {
      const max = options.length;
      if (token.value < 1 || token.value > max) return { ok: false, problem: { kind: 'numberOutOfRange', number: token.value, max } };
      index = token.value - 1;
    } else return { ok: false, problem: { kind: 'unknownOption', token: token.text } };
    if (selected.includes(index) || (otherTicked && index === field.options.length)) {
      return { ok: false, problem: { kind: 'duplicateOption', option: options[index] } };
    }
    if (index === field.options.length) otherTicked = true;
    else selected.push(index);
  }
  if ((otherTicked && other === null) || other === '') other = OTHER_LABEL;
  const count = selected.length + (other !== null ? 1 : 0);
  if (!field.multiple && count > 1) return { ok: false, problem: { kind: 'severalForSingle', count } };
  if (count === 0) return { ok: true, answer: null };
  return { ok: true, answer: { kind: 'choice', selected: selected.sort((a, b) => a - b), other } };
}

function normalizeOtherPrefix(text: string): string {
  return text.trim().replace(/^その他\s*[:：]/, 'その他:');
}

/**
 * The cell a field's answer is written as, in the web dialect, so that paper
 * answers stored in the sheet read back exactly like web answers.
 */
export function formatAnswer(field: Field, answer: FieldAnswer | null): string | number {
  if (!answer) return '';
  switch (answer.kind) {
    case 'text':
      return answer.text;
    case 'scale':
      return answer.value;
    case 'choice': {
      if (field.kind !== 'choice') return '';
      const parts = answer.selected.map((index) => field.options[index]);
      if (answer.other !== null) parts.push(answer.other);
      return parts.join(', ');
    }
  }
}
