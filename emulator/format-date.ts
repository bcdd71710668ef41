/**
 * Utilities.formatDate: Java's SimpleDateFormat in the English locale (as
 * Apps Script's server formats it), in the given time zone (Java's lookup:
 * "Asia/Tokyo", "GMT+9", unknown ids fall back to GMT).
 */
import { fail } from './errors';
import { Zone, gmtOffset, wallFields } from './zone';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function dayOfYear(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / 86_400_000 + 1;
}

/** en_US week numbering: weeks start on Sunday; week 1 holds January 1st. */
function weekOfYear(year: number, month: number, day: number): number {
  const weekStart = Date.UTC(year, month - 1, day) - new Date(Date.UTC(year, month - 1, day)).getUTCDay() * 86_400_000;
  if (new Date(weekStart + 6 * 86_400_000).getUTCFullYear() > year) return 1;
  const jan1 = Date.UTC(year, 0, 1);
  const firstWeekStart = jan1 - new Date(jan1).getUTCDay() * 86_400_000;
  return Math.round((weekStart - firstWeekStart) / (7 * 86_400_000)) + 1;
}

export function formatJavaDate(date: Date, zoneId: string, pattern: string): string {
  const zone = Zone.forJava(zoneId);
  const ms = date.getTime();
  const w = wallFields(zone.wallMs(ms));
  const offset = zone.offset(ms);
  let out = '';
  for (let i = 0; i < pattern.length;) {
    const ch = pattern[i];
    if (ch === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      const end = pattern.indexOf("'", i + 1);
      if (end < 0) fail(`Unterminated quote in date format: ${pattern}`);
      out += pattern.slice(i + 1, end).replace(/''/g, "'");
      i = end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n++;
    i += n;
    switch (ch) {
      case 'G': out += w.year > 0 ? 'AD' : 'BC'; break;
      case 'y': case 'Y': out += n === 2 ? pad(w.year % 100, 2) : pad(w.year, n); break;
      case 'M': case 'L':
        out += n >= 4 ? MONTHS[w.month - 1] : n === 3 ? MONTHS[w.month - 1].slice(0, 3) : pad(w.month, n);
        break;
      case 'd': out += pad(w.day, n); break;
      case 'D': out += pad(dayOfYear(w.year, w.month, w.day), n); break;
      case 'w': out += pad(weekOfYear(w.year, w.month, w.day), n); break;
      case 'W': out += pad(Math.floor((w.day - 1 + new Date(Date.UTC(w.year, w.month - 1, 1)).getUTCDay()) / 7) + 1, n); break;
      case 'F': out += pad(Math.floor((w.day - 1) / 7) + 1, n); break;
      case 'E': out += n >= 4 ? DAYS[w.weekday] : DAYS[w.weekday].slice(0, 3); break;
      case 'u': out += pad(w.weekday === 0 ? 7 : w.weekday, n); break;
      case 'a': out += w.hour < 12 ? 'AM' : 'PM'; break;
      case 'H': out += pad(w.hour, n); break;
      case 'k': out += pad(w.hour === 0 ? 24 : w.hour, n); break;
      case 'K': out += pad(w.hour % 12, n); break;
      case 'h': out += pad(w.hour % 12 === 0 ? 12 : w.hour % 12, n); break;
      case 'm': out += pad(w.minute, n); break;
      case 's': out += pad(w.second, n); break;
      case 'S': out += pad(w.millisecond, n); break;
      case 'z': out += n >= 4 ? zone.longName(ms) : zone.shortName(ms); break;
      case 'Z': out += gmtOffset(offset, false); break;
      case 'X': {
        if (offset === 0) out += 'Z';
        else {
          const full = gmtOffset(offset, false);
          out += n === 1 ? full.slice(0, 3) : n === 2 ? full : `${full.slice(0, 3)}:${full.slice(3)}`;
        }
        break;
      }
      default:
        // Java's IllegalArgumentException for a letter SimpleDateFormat does not know.
        fail(`Illegal pattern character '${ch}'`);
    }
  }
  return out;
}
