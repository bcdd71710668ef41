import { Emulator } from '../../emulator';

function sheetOf(emulator = new Emulator({ now: new Date('2023-12-07T01:00:00Z') })) {
  return { emulator, sheet: emulator.globals.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0] };
}

describe('what setValues stores, as Sheets reads typed input (ja_JP)', () => {
  test("a string starting with '=' becomes a formula that is not evaluated", () => {
    const { sheet } = sheetOf();
    sheet.getRange('A1:C1').setValues([['=SUM(B2:B9)', '=== 見出し ===', '=']]);
    expect(sheet.getRange('A1:C1').getFormulas()).toEqual([['=SUM(B2:B9)', '=== 見出し ===', '']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['#NAME?', '#ERROR!', '=']]);
    expect(sheet.getRange('A1').getFormula()).toBe('=SUM(B2:B9)');
  });

  test('a leading apostrophe is eaten and the rest kept as text', () => {
    const { sheet } = sheetOf();
    sheet.getRange('A1:C1').setValues([["'007", "'=1+1", "'abc"]]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['007', '=1+1', 'abc']]);
    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([['007', '=1+1', 'abc']]);
    expect(sheet.getRange('A1:C1').getFormulas()).toEqual([['', '', '']]);
  });

  test('numeric strings become numbers, with the format Sheets picks', () => {
    const { sheet } = sheetOf();
    sheet.getRange('A1:F1').setValues([['123', '1,234', '12%', '-5', '007', '1.50']]);
    expect(sheet.getRange('A1:F1').getValues()).toEqual([[123, 1234, 0.12, -5, 7, 1.5]]);
    expect(sheet.getRange('A1:F1').getDisplayValues()).toEqual([['123', '1,234', '12%', '-5', '7', '1.5']]);
    expect(sheet.getRange('B1:C1').getNumberFormats()).toEqual([['#,##0', '0%']]);
  });

  test('date and time strings become dates; booleans become booleans; other text stays text', () => {
    const { sheet } = sheetOf();
    sheet.getRange('A1:F1').setValues([['2023/12/07', '2023-12-07', '2023/12/01 9:14:29', 'TRUE', 'false', '090-1234-5678']]);
    const [[slash, dash, stamp, yes, no, phone]] = sheet.getRange('A1:F1').getValues();
    expect(slash).toBeInstanceOf(Date);
    expect((slash as Date).toISOString()).toBe('2023-12-06T15:00:00.000Z');
    expect((dash as Date).getTime()).toBe((slash as Date).getTime());
    expect((stamp as Date).toISOString()).toBe('2023-12-01T00:14:29.000Z');
    expect([yes, no, phone]).toEqual([true, false, '090-1234-5678']);
    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([['2023/12/07', '2023-12-07', '2023/12/01 9:14:29']]);
  });

  test('short forms Sheets also reads as dates or money: "1/2", "5-1", "¥1,000"', () => {
    const { sheet } = sheetOf();
    sheet.getRange('A1:C1').setValues([['1/2', '5-1', '¥1,000']]);
    const [[january, may, yen]] = sheet.getRange('A1:C1').getValues();
    expect((january as Date).toISOString()).toBe('2023-01-01T15:00:00.000Z');
    expect((may as Date).toISOString()).toBe('2023-04-30T15:00:00.000Z');
    expect(yen).toBe(1000);
    expect(sheet.getRange('C1').getDisplayValue()).toBe('¥1,000');
  });

  test("a cell formatted '@' keeps every string as typed", () => {
    const { sheet } = sheetOf();
    const range = sheet.getRange('A1:C1');
    range.setNumberFormat('@');
    range.setValues([['007', '2023/12/07', '=1+1']]);
    expect(range.getValues()).toEqual([['007', '2023/12/07', '=1+1']]);
    expect(range.getFormulas()).toEqual([['', '', '']]);
  });

  test('Date objects stay dates (host-realm Dates) and numbers stay numbers', () => {
    const { sheet } = sheetOf();
    const instant = new Date('2023-12-20T03:04:05Z');
    sheet.getRange('A1:C1').setValues([[instant, 42, null]]);
    const [[date, number, empty]] = sheet.getRange('A1:C1').getValues();
    expect(date instanceof Date && date.getTime()).toBe(instant.getTime());
    expect([number, empty]).toEqual([42, '']);
    expect(sheet.getRange('A1').getDisplayValue()).toBe('2023/12/20 12:04:05');
  });

  test('empty cells read as empty strings', () => {
    const { sheet } = sheetOf();
    expect(sheet.getRange('A1:B2').getValues()).toEqual([['', ''], ['', '']]);
    expect(sheet.getRange('A1:B2').getDisplayValues()).toEqual([['', ''], ['', '']]);
  });
});

describe('getDisplayValues renders through the number format', () => {
  test.each([
    [0.725, '0.0%', '72.5%'],
    [0.65, '0%', '65%'],
    [1234567, '#,##0', '1,234,567'],
    [1234.5, '#,##0.00', '1,234.50'],
    [3, '0"人"', '3人'],
    [-2.5, '0.0;(0.0)', '(2.5)'],
    [2.345, '0.00', '2.35'],
    [1 / 3, '0.###############', '0.3333333333'],
    [12, '@', '12'],
  ])('%p with %p shows %p', (value, format, shown) => {
    const { sheet } = sheetOf();
    const cell = sheet.getRange('A1');
    cell.setValue(value);
    cell.setNumberFormat(format);
    expect(cell.getDisplayValue()).toBe(shown);
  });

  test('date formats, in the spreadsheet time zone', () => {
    const { sheet } = sheetOf();
    const cell = sheet.getRange('A1');
    cell.setValue(new Date('2023-12-01T00:14:29Z'));
    cell.setNumberFormat('yyyy/MM/dd');
    expect(cell.getDisplayValue()).toBe('2023/12/01');
    cell.setNumberFormat('yyyy/MM/dd H:mm:ss');
    expect(cell.getDisplayValue()).toBe('2023/12/01 9:14:29');
    cell.setNumberFormat('m/d (ddd)');
    expect(cell.getDisplayValue()).toBe('12/1 (金)');
    expect(cell.getValue()).toBeInstanceOf(Date);
  });

  test('a number under a date format reads back as a Date', () => {
    const { sheet } = sheetOf();
    const cell = sheet.getRange('A1');
    cell.setValue(45267);
    cell.setNumberFormat('yyyy/MM/dd');
    expect((cell.getValue() as Date).toISOString()).toBe('2023-12-06T15:00:00.000Z');
  });
});
