/**
 * Calendar dates in the spreadsheet's time zone. Sheets hands dates over as
 * instants; which day an answer arrived on depends on the zone, not on the
 * machine that runs the script.
 */

/** A calendar day as `yyyy-MM-dd`: sortable and comparable as a string. */
export type Day = string;

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

interface Parts { year: string; month: string; day: string; hour: string; minute: string; second: string }

function partsOf(date: Date, timeZone: string): Parts {
  const parts: Record<string, string> = {};
  for (const part of partsFormatter(timeZone).formatToParts(date)) parts[part.type] = part.value;
  return parts as unknown as Parts;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** Wall-clock day number (days since 1970-01-01) → its Day: answers arrive on few days, each is written once. */
const dayStrings = new Map<number, Day>();
/** Instants whose day, in any zone, has a four-digit year: written alike by toISOString and partsOf. */
const FOUR_DIGIT_YEARS = [Date.UTC(1000, 0, 2), Date.UTC(9999, 11, 31)];

/** Zone → UTC hour → the zone's offset throughout that hour, or null when it changes within the hour. */
const hourOffsets = new Map<string, Map<number, number | null>>();

function offsetAt(ms: number, timeZone: string): number {
  const { year, month, day, hour, minute, second } = partsOf(new Date(ms), timeZone);
  return Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second)) - ms;
}

/** The same offset at both ends of the hour means the same offset throughout it. */
function hourOffset(ms: number, timeZone: string): number | null {
  let offsets = hourOffsets.get(timeZone);
  if (!offsets) {
    offsets = new Map();
    hourOffsets.set(timeZone, offsets);
  }
  const hour = Math.floor(ms / HOUR_MS);
  let offset = offsets.get(hour);
  if (offset === undefined) {
    const start = offsetAt(hour * HOUR_MS, timeZone);
    offset = start === offsetAt(hour * HOUR_MS + HOUR_MS - 1000, timeZone) ? start : null;
    offsets.set(hour, offset);
  }
  return offset;
}

/**
 * Formatting each date in its zone is slow, and a summary asks for the day of
 * every answer: the zone's offset is found once per hour instead, and only
 * dates in an hour where the offset changes are formatted one by one.
 */
export function dayOf(date: Date, timeZone: string): Day {
  const ms = date.getTime();
  const offset = ms > FOUR_DIGIT_YEARS[0] && ms < FOUR_DIGIT_YEARS[1] ? hourOffset(ms, timeZone) : null;
  if (offset === null) {
    const { year, month, day } = partsOf(date, timeZone);
    return `${year}-${month}-${day}`;
  }
  const dayIndex = Math.floor((ms + offset) / DAY_MS);
  let day = dayStrings.get(dayIndex);
  if (day === undefined) {
    day = new Date(dayIndex * DAY_MS).toISOString().slice(0, 10);
    dayStrings.set(dayIndex, day);
  }
  return day;
}

/** `yyyy/MM/dd`, as Japanese sheets show dates. */
export function formatDay(day: Day): string {
  return day.replace(/-/g, '/');
}

/** `yyyy/MM/dd HH:mm:ss` in the zone; as dayOf, by the hour's offset (a summary writes one for every web answer). */
export function formatDateTime(date: Date, timeZone: string): string {
  const ms = date.getTime();
  const offset = ms > FOUR_DIGIT_YEARS[0] && ms < FOUR_DIGIT_YEARS[1] ? hourOffset(ms, timeZone) : null;
  if (offset === null) {
    const { year, month, day, hour, minute, second } = partsOf(date, timeZone);
    return `${year}/${month}/${day} ${hour}:${minute}:${second}`;
  }
  // 2023-12-01T09:30:05.123Z, read on the zone's wall clock.
  const wall = new Date(ms + offset).toISOString();
  return `${wall.slice(0, 4)}/${wall.slice(5, 7)}/${wall.slice(8, 10)} ${wall.slice(11, 19)}`;
}

/** Parses `yyyy-MM-dd`, `yyyy/M/d` (any width) into a Day; null if it is not a real date. */
export function parseDay(text: string): Day | null {
  const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text.normalize('NFKC').trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return `${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function addDays(day: Day, days: number): Day {
  const [year, month, date] = day.split('-').map(Number);
  const shifted = new Date(Date.UTC(year, month - 1, date + days));
  return shifted.toISOString().slice(0, 10);
}

/** The instant a wall-clock time in a time zone stands for (for typed dates such as 受付日). */
export function instantOf(day: Day, timeZone: string, hour = 0, minute = 0, second = 0): Date {
  const [year, month, date] = day.split('-').map(Number);
  const guess = Date.UTC(year, month - 1, date, hour, minute, second);
  // The zone's offset at that moment, found by formatting the guess there.
  const parts = partsOf(new Date(guess), timeZone);
  const shown = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return new Date(guess - (shown - guess));
}
