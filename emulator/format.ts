/**
 * Sheets number formats: what getDisplayValues shows for a stored value, and
 * whether a format makes getValues hand back a Date. The spreadsheet locale
 * is ja_JP (month and weekday names in Japanese). Supported: General, '@',
 * digit patterns (0 # ? , . % E+00, quoted and escaped literals, sections
 * separated by ';', [colour] tags ignored) and date/time patterns (y, m, d,
 * h, s, am/pm, [h] elapsed hours), tokens case-insensitive as in Sheets.
 */
import { wallFields, wallMsFromSerial } from './zone';

/** What Apps Script's getNumberFormat() reports for a cell whose format was never set. */
export const DEFAULT_NUMBER_FORMAT = '0.###############';

export type Stored = string | number | boolean;

const WEEKDAYS_SHORT = ['日', '月', '火', '水', '木', '金', '土'];

export function isUnsetFormat(format: string | undefined): boolean {
  return format === undefined || format === '' || /^general$/i.test(format) || format === DEFAULT_NUMBER_FORMAT;
}

/** Splits on ';' outside quotes and escapes. */
function sections(format: string): string[] {
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      const stop = end < 0 ? format.length : end + 1;
      current += format.slice(i, stop);
      i = stop - 1;
    } else if (ch === '\\') {
      current += format.slice(i, i + 2);
      i++;
    } else if (ch === ';') {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}

/** The format with literals removed: what decides its kind. */
function skeleton(section: string): string {
  return section
    .replace(/"[^"]*"?/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '')
    .replace(/[_*]./g, '');
}

/** A sheet has a few formats and millions of cells: each format is classified once. */
const dateFormats = new Map<string, boolean>();

export function isDateFormat(format: string | undefined): boolean {
  if (isUnsetFormat(format) || format === undefined) return false;
  let date = dateFormats.get(format);
  if (date === undefined) {
    const first = skeleton(sections(format)[0]);
    date = /[ydhms]/i.test(first.replace(/am\/pm|a\/p/gi, '')) && !/[0#?@]/.test(first.replace(/\.0+/, ''));
    dateFormats.set(format, date);
  }
  return date;
}

const textFormats = new Map<string, boolean>();

export function isTextFormat(format: string | undefined): boolean {
  if (format === undefined) return false;
  let text = textFormats.get(format);
  if (text === undefined) {
    text = skeleton(format).trim() === '@';
    textFormats.set(format, text);
  }
  return text;
}

/** Sheets' automatic rendering: integers in full, other numbers to 10 significant digits. */
function formatGeneral(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const magnitude = Math.abs(value);
  if (Number.isInteger(value) && magnitude < 1e15) return String(value);
  if (magnitude >= 1e15 || (magnitude > 0 && magnitude < 1e-9)) return scientific(value, 2);
  const text = String(Number(value.toPrecision(10)));
  return text.includes('e') ? scientific(value, 2) : text;
}

function scientific(value: number, decimals: number): string {
  const [mantissa, exponent] = value.toExponential(decimals).split('e');
  const power = Number(exponent);
  return `${mantissa}E${power < 0 ? '-' : '+'}${String(Math.abs(power)).padStart(2, '0')}`;
}

/** Rounds half away from zero on the decimal representation, as a spreadsheet does. */
function roundTo(value: number, decimals: number): number {
  const shifted = Number(`${Math.abs(value)}e${decimals}`);
  const rounded = Number(`${Math.round(shifted)}e-${decimals}`);
  return value < 0 ? -rounded : rounded;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

interface NumberPattern {
  readonly prefix: string;
  readonly suffix: string;
  readonly integerZeros: number;
  readonly grouping: boolean;
  readonly minDecimals: number;
  readonly maxDecimals: number;
  readonly percent: number;
  readonly scale: number;
  readonly exponent: { readonly sign: boolean; readonly digits: number } | null;
  readonly hasDigits: boolean;
}

function parseNumberPattern(section: string): NumberPattern {
  let prefix = '';
  let suffix = '';
  let body = '';
  let seenDigit = false;
  let percent = 0;
  let exponent: NumberPattern['exponent'] = null;
  const literal = (text: string) => {
    if (seenDigit) suffix += text;
    else prefix += text;
  };
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      literal(section.slice(i + 1, stop));
      i = stop;
    } else if (ch === '\\') {
      literal(section[i + 1] ?? '');
      i++;
    } else if (ch === '[') {
      i = section.indexOf(']', i);
      if (i < 0) break;
    } else if (ch === '_') {
      literal(' ');
      i++;
    } else if (ch === '*') {
      i++;
    } else if ('0#?'.includes(ch) || (ch === ',' && seenDigit && suffix === '') || (ch === '.' && suffix === '')) {
      if ('0#?'.includes(ch)) seenDigit = true;
      body += ch;
    } else if ((ch === 'E' || ch === 'e') && /^[+-]/.test(section.slice(i + 1)) && seenDigit) {
      const digits = /^[+-]([0#]+)/.exec(section.slice(i + 1));
      exponent = { sign: section[i + 1] === '+', digits: digits ? digits[1].length : 1 };
      i += 1 + (digits ? digits[1].length : 0);
    } else {
      if (ch === '%') percent++;
      literal(ch);
    }
  }
  const scaleCommas = /,+$/.exec(body.replace(/\.[^.]*$/, ''))?.[0].length ?? 0;
  const trimmed = body.replace(/,+(?=\.|$)/, '');
  const [integerPart, decimalPart = ''] = trimmed.split('.');
  return {
    prefix, suffix,
    integerZeros: (integerPart.match(/0/g) ?? []).length,
    grouping: integerPart.includes(','),
    minDecimals: (decimalPart.match(/0/g) ?? []).length,
    maxDecimals: (decimalPart.match(/[0#?]/g) ?? []).length,
    percent, scale: scaleCommas, exponent, hasDigits: seenDigit,
  };
}

function renderNumber(value: number, section: string, negativeSign: boolean): string {
  const pattern = parseNumberPattern(section);
  if (!pattern.hasDigits) return pattern.prefix + pattern.suffix;
  let x = Math.abs(value) * 100 ** pattern.percent / 1000 ** pattern.scale;
  let body: string;
  if (pattern.exponent) {
    const [mantissa, exp] = x.toExponential(pattern.maxDecimals).split('e');
    const power = Number(exp);
    const sign = power < 0 ? '-' : pattern.exponent.sign ? '+' : '';
    body = `${mantissa}E${sign}${String(Math.abs(power)).padStart(pattern.exponent.digits, '0')}`;
  } else {
    x = roundTo(x, pattern.maxDecimals);
    const fixed = x.toFixed(pattern.maxDecimals);
    let [integer, decimals = ''] = fixed.split('.');
    while (decimals.length > pattern.minDecimals && decimals.endsWith('0')) decimals = decimals.slice(0, -1);
    if (integer === '0' && pattern.integerZeros === 0) integer = '';
    integer = integer.padStart(pattern.integerZeros, '0');
    if (pattern.grouping) integer = groupThousands(integer);
    body = decimals ? `${integer}.${decimals}` : integer;
  }
  const sign = negativeSign && value < 0 && Number(body.replace(/[^0-9]/g, '')) !== 0 ? '-' : '';
  return `${sign}${pattern.prefix}${body}${pattern.suffix}`;
}

type DateToken =
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'field'; readonly letter: string; readonly width: number }
  | { readonly kind: 'ampm'; readonly style: 'ampm' | 'ap' }
  | { readonly kind: 'elapsed'; readonly letter: string; readonly width: number }
  | { readonly kind: 'fraction'; readonly digits: number };

function tokenizeDate(section: string): DateToken[] {
  const tokens: DateToken[] = [];
  for (let i = 0; i < section.length;) {
    const rest = section.slice(i);
    const ch = section[i];
    let match: RegExpExecArray | null;
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      tokens.push({ kind: 'literal', text: section.slice(i + 1, stop) });
      i = stop + 1;
    } else if (ch === '\\') {
      tokens.push({ kind: 'literal', text: section[i + 1] ?? '' });
      i += 2;
    } else if ((match = /^\[([hms])\1*\]/i.exec(rest))) {
      tokens.push({ kind: 'elapsed', letter: match[1].toLowerCase(), width: match[0].length - 2 });
      i += match[0].length;
    } else if (ch === '[') {
      const end = section.indexOf(']', i);
      i = end < 0 ? section.length : end + 1;
    } else if ((match = /^(am\/pm|a\/p)/i.exec(rest))) {
      tokens.push({ kind: 'ampm', style: match[1].length > 3 ? 'ampm' : 'ap' });
      i += match[0].length;
    } else if ((match = /^\.(0+)/.exec(rest)) && tokens.some((t) => t.kind === 'field' && t.letter === 's')) {
      tokens.push({ kind: 'fraction', digits: match[1].length });
      i += match[0].length;
    } else if ((match = /^([ymdhs])\1*/i.exec(rest))) {
      tokens.push({ kind: 'field', letter: match[1].toLowerCase(), width: match[0].length });
      i += match[0].length;
    } else {
      tokens.push({ kind: 'literal', text: ch });
      i++;
    }
  }
  return tokens;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function renderDate(serial: number, section: string): string {
  const tokens = tokenizeDate(section);
  const twelveHour = tokens.some((t) => t.kind === 'ampm');
  const fractionDigits = tokens.reduce((max, t) => (t.kind === 'fraction' ? Math.max(max, t.digits) : max), 0);
  // Shown seconds are truncated unless fractions are shown.
  const unit = fractionDigits > 0 ? 10 ** (3 - fractionDigits) : 1000;
  const wallMs = Math.floor(wallMsFromSerial(serial) / unit) * unit;
  const w = wallFields(wallMs);
  const fields = tokens.filter((t) => t.kind === 'field');
  let out = '';
  tokens.forEach((token) => {
    switch (token.kind) {
      case 'literal':
        out += token.text;
        break;
      case 'ampm':
        out += token.style === 'ampm' ? (w.hour < 12 ? 'AM' : 'PM') : (w.hour < 12 ? 'A' : 'P');
        break;
      case 'fraction':
        out += `.${pad(w.millisecond, 3).slice(0, token.digits)}`;
        break;
      case 'elapsed': {
        const totalSeconds = Math.floor((wallMs - wallMsFromSerial(0)) / 1000);
        const value = token.letter === 'h' ? Math.floor(totalSeconds / 3600)
          : token.letter === 'm' ? Math.floor(totalSeconds / 60) : totalSeconds;
        out += pad(value, token.width);
        break;
      }
      case 'field': {
        const { letter, width } = token;
        if (letter === 'y') out += width <= 2 ? pad(w.year % 100, 2) : pad(w.year, 4);
        else if (letter === 'd') {
          if (width === 1) out += String(w.day);
          else if (width === 2) out += pad(w.day, 2);
          else if (width === 3) out += WEEKDAYS_SHORT[w.weekday];
          else out += `${WEEKDAYS_SHORT[w.weekday]}曜日`;
        } else if (letter === 'h') {
          const hour = twelveHour ? ((w.hour + 11) % 12) + 1 : w.hour;
          out += width === 1 ? String(hour) : pad(hour, 2);
        } else if (letter === 's') out += width === 1 ? String(w.second) : pad(w.second, 2);
        else {
          // m is minutes right after an hour or right before a second, else the month.
          const index = fields.indexOf(token);
          const minute = width <= 2 && (fields[index - 1]?.letter === 'h' || fields[index + 1]?.letter === 's');
          if (minute) out += width === 1 ? String(w.minute) : pad(w.minute, 2);
          else if (width === 1) out += String(w.month);
          else if (width === 2) out += pad(w.month, 2);
          else if (width === 5) out += String(w.month);
          else out += `${w.month}月`;
        }
        break;
      }
    }
  });
  return out;
}

/** What getDisplayValue() shows for a stored value under a number format. */
export function renderValue(value: Stored, format: string | undefined): string {
  if (value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') {
    const parts = format === undefined || isUnsetFormat(format) ? [] : sections(format);
    const text = parts[3] ?? (parts.length === 1 && skeleton(parts[0]).includes('@') ? parts[0] : undefined);
    if (text === undefined) return value;
    return text.replace(/"([^"]*)"|\\(.)|@/g, (_all, quoted?: string, escaped?: string) => quoted ?? escaped ?? value);
  }
  if (isUnsetFormat(format) || format === undefined || isTextFormat(format)) return formatGeneral(value);
  const parts = sections(format);
  if (isDateFormat(format)) return renderDate(value, parts[0]);
  if (value < 0 && parts.length > 1) return renderNumber(value, parts[1], false);
  if (value === 0 && parts.length > 2) return renderNumber(value, parts[2], false);
  return renderNumber(value, parts[0], true);
}
