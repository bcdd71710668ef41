import { Emulator } from '../../emulator';

const TOO_MANY_CELLS = 'This action would increase the number of cells in the workbook above the limit of 10000000 cells.';
const TOO_MUCH_TEXT = 'Your input contains more than the maximum of 50000 characters in a single cell.';

function setup() {
  const emulator = new Emulator({ now: new Date('2023-12-07T01:00:00Z') });
  const spreadsheet = emulator.globals.SpreadsheetApp.getActiveSpreadsheet();
  return { emulator, spreadsheet, sheet: spreadsheet.getSheets()[0] };
}

describe('10,000,000 cells per spreadsheet', () => {
  test('every sheet grid counts, empty cells included; growing past the limit fails and changes nothing', () => {
    const { emulator, spreadsheet, sheet } = setup();
    expect(emulator.workbookCells()).toBe(26_000);
    sheet.insertRowsAfter(1000, 383_000);
    expect(emulator.workbookCells()).toBe(9_984_000);
    expect(() => spreadsheet.insertSheet('集計')).toThrow(TOO_MANY_CELLS);
    expect(spreadsheet.getNumSheets()).toBe(1);
    expect(() => sheet.insertColumnsAfter(26, 1)).toThrow(TOO_MANY_CELLS);
    expect(() => sheet.insertRowsBefore(1, 616)).toThrow(TOO_MANY_CELLS);
    expect(sheet.getMaxRows()).toBe(384_000);
    sheet.insertRowsBefore(1, 615);
    expect(emulator.workbookCells()).toBe(9_999_990);
  });

  test('appendRow cannot grow a full sheet past the limit', () => {
    const { sheet } = setup();
    sheet.insertRowsAfter(1000, 383_615);
    sheet.getRange(sheet.getMaxRows(), 1).setValue('最後');
    expect(() => sheet.appendRow(['次'])).toThrow(TOO_MANY_CELLS);
    expect([sheet.getLastRow(), sheet.getMaxRows()]).toEqual([384_615, 384_615]);
  });

  test('setup cannot build a workbook Google could not hold', () => {
    const { emulator } = setup();
    const wide = Array.from({ length: 3 }, () => Array.from({ length: 10_001 }, () => 'x'));
    expect(() => emulator.addSheet('広すぎる', wide)).toThrow(`Google would refuse this sheet: ${TOO_MANY_CELLS}`);
    emulator.addSheet('名簿', [['整理番号']]);
    expect(emulator.workbookCells()).toBe(26_000);
    expect(() => emulator.replaceSheet('名簿', wide)).toThrow(TOO_MANY_CELLS);
    expect(() => emulator.addSheet('長文', [['x'.repeat(50_001)]])).toThrow(`Google would refuse this sheet: ${TOO_MUCH_TEXT}`);
    expect(emulator.view().sheets.map((sheet) => sheet.name)).toEqual(['名簿']);
  });
});

describe('50,000 characters per cell', () => {
  test('setValue, setValues, setFormula and appendRow refuse a longer input and write nothing', () => {
    const { sheet } = setup();
    const long = 'あ'.repeat(50_001);
    sheet.getRange('A1').setValue('x'.repeat(50_000));
    expect(() => sheet.getRange('A2').setValue(long)).toThrow(TOO_MUCH_TEXT);
    expect(() => sheet.getRange('A2:B2').setValues([['short', long]])).toThrow(TOO_MUCH_TEXT);
    expect(() => sheet.getRange('A2').setFormula(`=LEN("${'x'.repeat(50_000)}")`)).toThrow(TOO_MUCH_TEXT);
    expect(() => sheet.getRange('A2').setValue(`'${'x'.repeat(50_000)}`)).toThrow(TOO_MUCH_TEXT);
    expect(() => sheet.appendRow(['short', long])).toThrow(TOO_MUCH_TEXT);
    expect(sheet.getLastRow()).toBe(1);
    expect(String(sheet.getRange('A1').getValue())).toHaveLength(50_000);
  });
});
