/**
 * What a cell holds after setValue/setValues, which read strings the way
 * Sheets reads what a user types (the Sheets API's USER_ENTERED, locale
 * ja_JP):
 * - '=…' becomes a formula; a leading apostrophe is eaten and the rest kept
 *   as text (it never shows in getValues or getDisplayValues);
 * - numbers ("123", "-5", "1,234", "1.5e3", "12%") become numbers — "007"
 *   becomes 7; "¥1,000" is 1000 — and dates/times ("2023/12/07", "2023-12-07",
 *   "2023年12月7日", "12/7" and "5-1" in the current year, "9:30",
 *   "2023/12/01 9:14:29") become date serials;
 * - "TRUE"/"FALSE" in any case become booleans;
 * - a cell formatted as plain text ('@') keeps every string as typed.
 * A cell that had no format gets the one Sheets picks for the input
 * ('#,##0', '0%', 'yyyy/MM/dd', 'yyyy/MM/dd H:mm:ss', …); one with a format
 * keeps it. Date objects become serials on the spreadsheet's wall clock.
 * Formulas are not evaluated (see Cell.f).
 */
import { isTextFormat, type Stored } from './format';
import { Zone, serialFromInstant } from './zone';

export interface Entered {
  readonly value: Stored;
  readonly formula?: string;
  /** The format Sheets applies when the cell had none. */
  readonly autoFormat?: string;
}

const DATE_TIME_FORMAT = 'yyyy/MM/dd H:mm:ss';

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

function decimalsOf(text: string): number {
  return /\.(\d+)/.exec(text)?.[1].length ?? 0;
}

function parseNumber(text: string): Entered | null {
  if (NUMBER.test(text)) {
    return { value: Number(text), ...(/e/i.test(text) ? { autoFormat: '0.00E+00' } : {}) };
  }
  if (GROUPED.test(text)) {
    const decimals = decimalsOf(text);
    return { value: Number(text.replace(/,/g, '')), autoFormat: decimals ? `#,##0.${'0'.repeat(decimals)}` : '#,##0' };
  }
  const yen = /^([+-]?)[¥￥]\s?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?$/.exec(text);
  if (yen) {
    const decimals = yen[3] ? yen[3].length - 1 : 0;
    return { value: Number(`${yen[1]}${yen[2].replace(/,/g, '')}${yen[3] ?? ''}`), autoFormat: `"¥"#,##0${decimals ? `.${'0'.repeat(decimals)}` : ''}` };
  }
  const percent = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s?%$/.exec(text);
  if (percent) {
    const decimals = decimalsOf(percent[1]);
    return { value: Number(`${percent[1]}e-2`), autoFormat: decimals ? `0.${'0'.repeat(decimals)}%` : '0%' };
  }
  return null;
}

function validDate(year: number, month: number, day: number): boolean {
  const check = new Date(Date.UTC(year, month - 1, day));
  return check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day;
}

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

function daySerial(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - EPOCH) / DAY_MS;
}

interface TimeOfDay { readonly fraction: number; readonly seconds: boolean }

function parseTime(text: string): TimeOfDay | null {
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (!match) return null;
  const [hour, minute, second] = [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return null;
  return { fraction: (hour * 3600 + minute * 60 + second) / 86_400, seconds: match[3] !== undefined };
}

function parseDate(text: string, currentYear: number): { serial: number; format: string } | null {
  let match = /^(\d{4})([/-])(\d{1,2})\2(\d{1,2})$/.exec(text);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[3]), Number(match[4])];
    if (!validDate(year, month, day)) return null;
    return { serial: daySerial(year, month, day), format: match[2] === '/' ? 'yyyy/MM/dd' : 'yyyy-MM-dd' };
  }
  match = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(text);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (!validDate(year, month, day)) return null;
    return { serial: daySerial(year, month, day), format: 'yyyy"年"M"月"d"日"' };
  }
  match = /^(\d{4})\/(\d{1,2})$/.exec(text);
  if (match) {
    const [year, month] = [Number(match[1]), Number(match[2])];
    if (!validDate(year, month, 1)) return null;
    return { serial: daySerial(year, month, 1), format: 'yyyy/MM' };
  }
  match = /^(\d{1,2})[/-](\d{1,2})$/.exec(text);
  if (match) {
    const [month, day] = [Number(match[1]), Number(match[2])];
    if (!validDate(currentYear, month, day)) return null;
    return { serial: daySerial(currentYear, month, day), format: 'M/d' };
  }
  return null;
}

function parseDateTime(text: string, currentYear: number): Entered | null {
  const time = parseTime(text);
  if (time) return { value: time.fraction, autoFormat: time.seconds ? 'H:mm:ss' : 'H:mm' };
  const split = /^(\S+)\s+(\S+)$/.exec(text);
  if (split) {
    const date = parseDate(split[1], currentYear);
    const clock = parseTime(split[2]);
    if (date && clock) return { value: date.serial + clock.fraction, autoFormat: clock.seconds ? DATE_TIME_FORMAT : 'yyyy/MM/dd H:mm' };
    return null;
  }
  const date = parseDate(text, currentYear);
  return date ? { value: date.serial, autoFormat: date.format } : null;
}

export interface EntryContext {
  readonly zone: Zone;
  /** For dates typed without a year. */
  readonly nowMs: number;
}

/**
 * Text Sheets keeps as typed whatever the cell's format: it starts with a
 * character no number, date, boolean, formula or quote prefix starts with
 * (most Japanese answers and names).
 */
export function isPlainText(text: string): boolean {
  const first = text.charCodeAt(0);
  return first > 0x7f && first !== 0xa5 && first !== 0xffe5 && !/^\s/.test(text);
}

/** Reads a string as Sheets reads a typed entry. */
export function parseTyped(text: string, context: EntryContext): Entered {
  if (isPlainText(text)) return { value: text };
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.startsWith('=') && text.length > 1) return { value: '', formula: text };
  const trimmed = text.trim();
  if (trimmed === '') return { value: text };
  // Every number, date, time and boolean Sheets reads starts with one of these:
  // anything else is text, without trying each reading in turn.
  if (!/^[\d+\-.¥￥tTfF]/.test(trimmed)) return { value: text };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === 'true' };
  return parseNumber(trimmed)
    ?? parseDateTime(trimmed, context.zone.wall(context.nowMs).year)
    ?? { value: text };
}

/** What setValue(value) stores in a cell currently formatted `format`. */
export function enter(value: unknown, format: string | undefined, context: EntryContext): Entered {
  if (value === null || value === undefined) return { value: '' };
  if (value instanceof Date) {
    const time = value.getTime();
    if (Number.isNaN(time)) return { value: '' };
    return { value: serialFromInstant(time, context.zone), autoFormat: DATE_TIME_FORMAT };
  }
  if (typeof value === 'number') return Number.isFinite(value) ? { value } : { value: String(value) };
  if (typeof value === 'boolean') return { value };
  const text = String(value);
  if (isTextFormat(format)) return { value: text };
  return parseTyped(text, context);
}
