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

export function dayOf(date: Date, timeZone: string): Day {
  const { year, month, day } = partsOf(date, timeZone);
  return `${year}-${month}-${day}`;
}

/** `yyyy/MM/dd`, as Japanese sheets show dates. */
export function formatDay(day: Day): string {
  return day.replace(/-/g, '/');
}

export function formatDateTime(date: Date, timeZone: string): string {
  const { year, month, day, hour, minute, second } = partsOf(date, timeZone);
  return `${year}/${month}/${day} ${hour}:${minute}:${second}`;
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

export function daysBetween(from: Day, to: Day): number {
  const toUtc = (day: Day) => {
    const [year, month, date] = day.split('-').map(Number);
    return Date.UTC(year, month - 1, date);
  };
  return Math.round((toUtc(to) - toUtc(from)) / 86_400_000);
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
