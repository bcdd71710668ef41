import iconv from 'iconv-lite';
import { Emulator } from '../../emulator';

const { Utilities } = new Emulator().globals;

describe('Utilities.formatDate', () => {
  const instant = new Date('2023-12-06T15:30:05.007Z');

  test.each([
    ['Asia/Tokyo', 'yyyy/MM/dd H:mm:ss', '2023/12/07 0:30:05'],
    ['Asia/Tokyo', 'yyyy-MM-dd', '2023-12-07'],
    ['UTC', 'yyyy-MM-dd HH:mm', '2023-12-06 15:30'],
    ['America/New_York', 'yyyy-MM-dd HH:mm', '2023-12-06 10:30'],
    ['Asia/Tokyo', 'EEE, d MMM yyyy', 'Thu, 7 Dec 2023'],
    ['Asia/Tokyo', "M月d日(E) h:mm a", '12月7日(Thu) 12:30 AM'],
    ['Asia/Tokyo', 'yyyyMMdd_HHmmss.SSS', '20231207_003005.007'],
    ['Asia/Tokyo', "z Z XXX 'quoted' ''", "JST +0900 +09:00 quoted '"],
    ['GMT+9', 'HH:mm', '00:30'],
    ['Not/AZone', 'HH:mm', '15:30'],
  ])('in %s, %p gives %p', (zone, pattern, expected) => {
    expect(Utilities.formatDate(instant, zone, pattern)).toBe(expected);
  });

  test('an unknown pattern letter fails as Java does', () => {
    expect(() => Utilities.formatDate(instant, 'UTC', 'yyyy-bb')).toThrow("Illegal pattern character 'b'");
  });
});

describe('Utilities.parseCsv', () => {
  test('quoted fields with delimiters, doubled quotes and line breaks; no empty record after a final newline', () => {
    const csv = 'id,comment\r\n1,"a, b"\r\n2,"say ""hi""\nnext line"\r\n3,\r\n';
    expect(Utilities.parseCsv(csv)).toEqual([['id', 'comment'], ['1', 'a, b'], ['2', 'say "hi"\nnext line'], ['3', '']]);
    expect(Utilities.parseCsv('a\tb\n1\t2', '\t')).toEqual([['a', 'b'], ['1', '2']]);
  });
});

describe('Blob', () => {
  test('decodes Shift_JIS as Java does, and MS932 / Windows-31J as code page 932', () => {
    const text = '整理番号,氏名～①';
    const bytes = Array.from(iconv.encode(text, 'cp932'), (b) => (b > 127 ? b - 256 : b));
    const blob = Utilities.newBlob(bytes, 'text/csv', 'paper.csv');
    expect(blob.getDataAsString('MS932')).toBe(text);
    expect(blob.getDataAsString('Windows-31J')).toBe(text);
    expect(blob.getDataAsString('Shift_JIS')).toBe('整理番号,氏名\u301c\ufffd');
    expect(blob.getName()).toBe('paper.csv');
    expect(blob.getContentType()).toBe('text/csv');
  });

  test('bytes are signed, and UTF-8 is the default (a BOM is kept)', () => {
    const blob = Utilities.newBlob('\ufeffé');
    expect(blob.getBytes()).toEqual([-17, -69, -65, -61, -87]);
    expect(blob.getDataAsString()).toBe('\ufeffé');
    expect(Utilities.base64Decode(Utilities.base64Encode('é'))).toEqual([-61, -87]);
    expect(Utilities.base64Encode([-61, -87])).toBe('w6k=');
  });
});

test('getUuid gives distinct v4 UUIDs; sleep returns at once', () => {
  expect(Utilities.getUuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  expect(Utilities.getUuid()).not.toBe(Utilities.getUuid());
  Utilities.sleep(60_000);
});
