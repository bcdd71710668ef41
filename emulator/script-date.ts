/**
 * The `Date` the add-on sees. Two things differ from Node's:
 * - `new Date()` and `Date.now()` read the emulator's clock, so a test can set
 *   "today";
 * - local-time methods (getHours, setDate, toString, new Date(y, m, d),
 *   Date.parse of a zone-less string…) work in the script's time zone, as
 *   they do in Apps Script, whatever zone the test machine is in.
 * The class extends the host's Date and its instances are host Dates, so a
 * Date crosses between the vm context and Node intact and `instanceof Date`
 * holds on both sides (the context's `Date` accepts every host Date).
 * Intl formatters created without a timeZone still use the machine's zone.
 */
import { Zone, gmtOffset, wallFields } from './zone';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Strings Date.parse reads in a fixed zone: an explicit offset or name, or a date-only ISO form (UTC by the spec). */
function hasOwnZone(text: string): boolean {
  const trimmed = text.trim();
  return /^[+-]?\d{4,6}(-\d{2}(-\d{2})?)?$/.test(trimmed)
    || /\d(Z|[+-]\d{2}:?\d{2})$/i.test(trimmed)
    || /\b(GMT|UTC|UT)\b|[+-]\d{4}\s*(\([^)]*\))?$/i.test(trimmed);
}

export function createScriptDate(zone: Zone, now: () => number): { readonly Class: DateConstructor; readonly global: DateConstructor } {
  const parse = (text: string): number => {
    const host = Date.parse(text);
    if (Number.isNaN(host) || hasOwnZone(text)) return host;
    // Node read it on the machine's wall clock: move it onto the script's.
    const local = new Date(host);
    const wall = Date.UTC(local.getFullYear(), local.getMonth(), local.getDate(), local.getHours(),
      local.getMinutes(), local.getSeconds(), local.getMilliseconds());
    return zone.instant(wall);
  };

  const timeOf = (args: readonly unknown[]): number => {
    if (args.length === 0) return now();
    if (args.length === 1) {
      const [value] = args;
      if (value instanceof Date) return value.getTime();
      if (typeof value === 'string') return parse(value);
      return Number(value);
    }
    const [year, month, day = 1, hour = 0, minute = 0, second = 0, ms = 0] = args.map(Number);
    const wall = Date.UTC(year, month, day, hour, minute, second, ms);
    return Number.isNaN(wall) ? NaN : zone.instant(wall);
  };

  class ScriptDate extends Date {
    constructor(...args: unknown[]) {
      super(timeOf(args));
    }

    static override now(): number {
      return now();
    }

    static override parse(text: string): number {
      return parse(String(text));
    }

    private wallTime() {
      return wallFields(zone.wallMs(this.getTime()));
    }

    private setWall(change: (fields: number[]) => void, fromNaN = false): number {
      let time = this.getTime();
      if (Number.isNaN(time)) {
        if (!fromNaN) return NaN;
        time = zone.instant(0);
      }
      const w = wallFields(zone.wallMs(time));
      const fields = [w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond];
      change(fields);
      const wall = Date.UTC(fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], fields[6]);
      return this.setTime(Number.isNaN(wall) ? NaN : zone.instant(wall));
    }

    override getFullYear(): number { return this.getTime() === this.getTime() ? this.wallTime().year : NaN; }
    override getMonth(): number { return this.getTime() === this.getTime() ? this.wallTime().month - 1 : NaN; }
    override getDate(): number { return this.getTime() === this.getTime() ? this.wallTime().day : NaN; }
    override getDay(): number { return this.getTime() === this.getTime() ? this.wallTime().weekday : NaN; }
    override getHours(): number { return this.getTime() === this.getTime() ? this.wallTime().hour : NaN; }
    override getMinutes(): number { return this.getTime() === this.getTime() ? this.wallTime().minute : NaN; }
    override getSeconds(): number { return this.getTime() === this.getTime() ? this.wallTime().second : NaN; }
    override getMilliseconds(): number { return this.getTime() === this.getTime() ? this.wallTime().millisecond : NaN; }
    override getTimezoneOffset(): number {
      return this.getTime() === this.getTime() ? -Math.round(zone.offset(this.getTime()) / 60_000) : NaN;
    }

    override setFullYear(year: number, month?: number, date?: number): number {
      const extra = arguments.length;
      return this.setWall((f) => { f[0] = Number(year); if (extra > 1) f[1] = Number(month); if (extra > 2) f[2] = Number(date); }, true);
    }
    override setMonth(month: number, date?: number): number {
      const extra = arguments.length;
      return this.setWall((f) => { f[1] = Number(month); if (extra > 1) f[2] = Number(date); });
    }
    override setDate(date: number): number {
      return this.setWall((f) => { f[2] = Number(date); });
    }
    override setHours(hours: number, min?: number, sec?: number, ms?: number): number {
      const extra = arguments.length;
      return this.setWall((f) => {
        f[3] = Number(hours);
        if (extra > 1) f[4] = Number(min);
        if (extra > 2) f[5] = Number(sec);
        if (extra > 3) f[6] = Number(ms);
      });
    }
    override setMinutes(min: number, sec?: number, ms?: number): number {
      const extra = arguments.length;
      return this.setWall((f) => { f[4] = Number(min); if (extra > 1) f[5] = Number(sec); if (extra > 2) f[6] = Number(ms); });
    }
    override setSeconds(sec: number, ms?: number): number {
      const extra = arguments.length;
      return this.setWall((f) => { f[5] = Number(sec); if (extra > 1) f[6] = Number(ms); });
    }
    override setMilliseconds(ms: number): number {
      return this.setWall((f) => { f[6] = Number(ms); });
    }

    override toDateString(): string {
      if (Number.isNaN(this.getTime())) return 'Invalid Date';
      const w = this.wallTime();
      return `${WEEKDAYS[w.weekday]} ${MONTHS[w.month - 1]} ${String(w.day).padStart(2, '0')} ${String(w.year).padStart(4, '0')}`;
    }
    override toTimeString(): string {
      if (Number.isNaN(this.getTime())) return 'Invalid Date';
      const w = this.wallTime();
      const time = [w.hour, w.minute, w.second].map((n) => String(n).padStart(2, '0')).join(':');
      return `${time} GMT${gmtOffset(zone.offset(this.getTime()), false)} (${zone.longName(this.getTime())})`;
    }
    override toString(): string {
      if (Number.isNaN(this.getTime())) return 'Invalid Date';
      return `${this.toDateString()} ${this.toTimeString()}`;
    }
    override toLocaleString(locales?: string | string[], options?: Intl.DateTimeFormatOptions): string {
      return super.toLocaleString(locales, { timeZone: zone.id, ...options });
    }
    override toLocaleDateString(locales?: string | string[], options?: Intl.DateTimeFormatOptions): string {
      return super.toLocaleDateString(locales, { timeZone: zone.id, ...options });
    }
    override toLocaleTimeString(locales?: string | string[], options?: Intl.DateTimeFormatOptions): string {
      return super.toLocaleTimeString(locales, { timeZone: zone.id, ...options });
    }
  }

  // Called without `new`, Date returns the current time as a string; and every
  // host Date (from Node or from the services) counts as a Date in the context.
  const global = new Proxy(ScriptDate, {
    apply: () => new ScriptDate().toString(),
    get: (target, property, receiver) => (property === Symbol.hasInstance
      ? (value: unknown) => value instanceof Date
      : Reflect.get(target, property, receiver)),
  }) as unknown as DateConstructor;
  return { Class: ScriptDate as unknown as DateConstructor, global };
}
