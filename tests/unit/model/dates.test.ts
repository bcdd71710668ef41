import { dayOf, formatDateTime } from '../../../src/model/dates';

const formats = new Map<string, Intl.DateTimeFormat>();

/** The day as Intl shows it in the zone: what dayOf must always agree with. */
function shownDay(ms: number, timeZone: string): string {
  const format = formats.get(timeZone) ?? new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  formats.set(timeZone, format);
  const parts = format.formatToParts(new Date(ms));
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

const MINUTE = 60_000;

describe('dayOf', () => {
  it.each([
    // Clocks change on the hour, on the half hour, by half an hour, at local midnight, and by an offset in seconds;
    // Tehran went back from 00:00 to 23:00 at half past a UTC hour, so that half hour belongs to the day before.
    ['Asia/Tehran', '2022-09-21T19:30:00Z'],
    ['Asia/Tehran', '2022-03-21T20:30:00Z'],
    ['America/New_York', '2024-03-10T07:00:00Z'],
    ['America/New_York', '2024-11-03T06:00:00Z'],
    ['Australia/Lord_Howe', '2024-04-06T15:00:00Z'],
    ['America/St_Johns', '2024-03-10T05:30:00Z'],
    ['Pacific/Chatham', '2024-04-06T14:00:00Z'],
    ['America/Santiago', '2024-04-07T03:00:00Z'],
    ['Africa/Monrovia', '1972-01-07T00:44:30Z'],
  ])('gives the day shown in %s around the change at %s, minute by minute', (timeZone, change) => {
    const at = Date.parse(change);
    for (let ms = at - 26 * 60 * MINUTE; ms <= at + 26 * 60 * MINUTE; ms += 7 * MINUTE + 1_000) {
      expect([new Date(ms).toISOString(), dayOf(new Date(ms), timeZone)]).toEqual([new Date(ms).toISOString(), shownDay(ms, timeZone)]);
    }
  });

  it('agrees with the zone across a whole year, in zones with odd offsets', () => {
    for (const timeZone of ['Asia/Tokyo', 'Asia/Kolkata', 'Asia/Kathmandu', 'Europe/London', 'Pacific/Kiritimati']) {
      for (let ms = Date.parse('2023-01-01T00:00:00Z'); ms < Date.parse('2024-01-01T00:00:00Z'); ms += 97 * MINUTE + 13_000) {
        expect(dayOf(new Date(ms), timeZone)).toBe(shownDay(ms, timeZone));
      }
    }
  });

  it('writes years before 1000 as it always has', () => {
    const early = new Date(Date.UTC(999, 11, 31, 12));
    expect(dayOf(early, 'Asia/Tokyo')).toBe(shownDay(early.getTime(), 'Asia/Tokyo'));
  });
});

describe('formatDateTime', () => {
  const byIntl = (date: Date, timeZone: string) => {
    const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    }).formatToParts(date).map((part) => [part.type, part.value]));
    return `${parts.year}/${parts.month}/${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
  };

  it('writes a web answer\'s timestamp as the sheet shows it in Tokyo, seconds cut not rounded', () => {
    expect(formatDateTime(new Date('2023-12-01T00:30:05.999Z'), 'Asia/Tokyo')).toBe('2023/12/01 09:30:05');
  });

  it('agrees with the zone\'s own calendar at every instant, across a change of summer time and a half-hour zone', () => {
    // Around New York's change on 2024-03-10 (02:00 → 03:00) and 2024-11-03, every 7 minutes and 13 seconds.
    for (const [start, zone] of [['2024-03-10T05:00:00Z', 'America/New_York'], ['2024-11-03T04:00:00Z', 'America/New_York'], ['2024-04-06T14:00:00Z', 'Australia/Adelaide']] as const) {
      for (let step = 0; step < 60; step++) {
        const date = new Date(Date.parse(start) + step * 433_000 + 250);
        expect(formatDateTime(date, zone)).toBe(byIntl(date, zone));
      }
    }
  });
});
