/**
 * Wall-clock arithmetic in a time zone, without touching the process's own
 * zone: Apps Script evaluates dates in the script's zone (appsscript.json),
 * the test machine may be anywhere.
 */

const DAY_MS = 86_400_000;

export interface WallTime {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
  /** 0 = Sunday. */
  readonly weekday: number;
}

/** Wall-clock milliseconds (as if the zone were UTC) split into fields. */
export function wallFields(wallMs: number): WallTime {
  const date = new Date(wallMs);
  return {
    year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(),
    hour: date.getUTCHours(), minute: date.getUTCMinutes(), second: date.getUTCSeconds(),
    millisecond: date.getUTCMilliseconds(), weekday: date.getUTCDay(),
  };
}

export class Zone {
  private static readonly cache = new Map<string, Zone>();
  private readonly parts: Intl.DateTimeFormat | null;
  private readonly offsets = new Map<number, number>();

  /** Throws RangeError for an id Intl does not know; see Zone.forJava for Java's lenient lookup. */
  static of(id: string): Zone {
    let zone = Zone.cache.get(id);
    if (!zone) {
      zone = new Zone(id, null);
      Zone.cache.set(id, zone);
    }
    return zone;
  }

  /**
   * Java's TimeZone.getTimeZone: IANA ids, custom ids such as "GMT+9" or
   * "GMT+09:00", and — as Java does — GMT for anything it does not know.
   * Utilities.formatDate resolves its zone argument this way.
   */
  static forJava(id: string): Zone {
    const custom = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(id);
    if (custom) {
      const minutes = (Number(custom[2]) * 60 + Number(custom[3] ?? 0)) * (custom[1] === '-' ? -1 : 1);
      return new Zone(`GMT${custom[1]}${custom[2].padStart(2, '0')}:${(custom[3] ?? '00')}`, minutes);
    }
    try {
      return Zone.of(id);
    } catch {
      return Zone.of('UTC');
    }
  }

  private constructor(readonly id: string, private readonly fixedMinutes: number | null) {
    this.parts = fixedMinutes === null
      ? new Intl.DateTimeFormat('en-US', {
        timeZone: id, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
        hour: 'numeric', minute: 'numeric', second: 'numeric',
      })
      : null;
  }

  /** Wall clock minus UTC, in milliseconds, at the instant `ms`. */
  offset(ms: number): number {
    if (this.parts === null) return (this.fixedMinutes ?? 0) * 60_000;
    // Zones change offset on quarter hours at the finest; Intl is slow enough to be worth remembering.
    const bucket = Math.floor(ms / 900_000);
    let offset = this.offsets.get(bucket);
    if (offset === undefined) {
      offset = this.measure(bucket * 900_000);
      if (this.offsets.size > 100_000) this.offsets.clear();
      this.offsets.set(bucket, offset);
    }
    return offset;
  }

  private measure(ms: number): number {
    const parts = this.parts as Intl.DateTimeFormat;
    const whole = Math.floor(ms / 1000) * 1000;
    const fields: Record<string, number> = {};
    for (const part of parts.formatToParts(whole)) if (part.type !== 'literal') fields[part.type] = Number(part.value);
    const wall = Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second);
    return wall - whole;
  }

  /** The wall clock at the instant `ms`, as milliseconds since 1970-01-01 00:00 of that wall clock. */
  wallMs(ms: number): number {
    return ms + this.offset(ms);
  }

  wall(ms: number): WallTime {
    return wallFields(this.wallMs(ms));
  }

  /** The instant a wall-clock time stands for (the earlier one when the clock repeats). */
  instant(wallMs: number): number {
    let ms = wallMs - this.offset(wallMs);
    const second = this.offset(ms);
    if (second !== wallMs - ms) ms = wallMs - second;
    return ms;
  }

  /** "JST", as Java's `z` prints it; Intl's English short names are "GMT+9" for most zones. */
  shortName(ms: number): string {
    if (this.parts === null) return this.id;
    const japanese = this.zoneName(ms, 'ja-JP', 'short');
    if (/^[A-Z]{2,5}$/.test(japanese)) return japanese;
    const english = this.zoneName(ms, 'en-US', 'short');
    return /^[A-Z]{2,5}$/.test(english) ? english : gmtOffset(this.offset(ms), true);
  }

  /** "Japan Standard Time", as Date#toString prints it. */
  longName(ms: number): string {
    if (this.parts === null) return this.id;
    return this.zoneName(ms, 'en-US', 'long');
  }

  private zoneName(ms: number, locale: string, style: 'short' | 'long'): string {
    const format = new Intl.DateTimeFormat(locale, { timeZone: this.id, timeZoneName: style });
    return format.formatToParts(ms).find((part) => part.type === 'timeZoneName')?.value ?? this.id;
  }
}

/** "+0900" (colon false) or "GMT+09:00" (colon true). */
export function gmtOffset(offsetMs: number, colon: boolean): string {
  const sign = offsetMs < 0 ? '-' : '+';
  const minutes = Math.abs(Math.round(offsetMs / 60_000));
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return colon ? `GMT${sign}${hh}:${mm}` : `${sign}${hh}${mm}`;
}

/** Sheets' serial day numbers: days since 1899-12-30 on the spreadsheet's wall clock. */
const SERIAL_EPOCH_WALL_MS = Date.UTC(1899, 11, 30);

export function serialFromInstant(ms: number, zone: Zone): number {
  return (zone.wallMs(ms) - SERIAL_EPOCH_WALL_MS) / DAY_MS;
}

export function wallMsFromSerial(serial: number): number {
  return Math.round(serial * DAY_MS) + SERIAL_EPOCH_WALL_MS;
}

export function instantFromSerial(serial: number, zone: Zone): number {
  return zone.instant(wallMsFromSerial(serial));
}
