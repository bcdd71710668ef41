import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Emulator } from '../../emulator';

test('addSheet keeps strings as strings unless asked to read them as typed (like a CSV import)', () => {
  const emulator = new Emulator();
  const { Utilities, SpreadsheetApp } = emulator.globals;
  const rows = Utilities.parseCsv(readFileSync(join(__dirname, '../../samples/responses.csv'), 'utf8'));
  emulator.addSheet('フォームの回答 1', rows, { asTyped: true });
  emulator.addSheet('raw', [['2023/12/01 9:14:29', '007']]);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  expect(spreadsheet.getSheets().map((sheet) => sheet.getName())).toEqual(['フォームの回答 1', 'raw']);
  const responses = spreadsheet.getSheetByName('フォームの回答 1');
  expect(responses?.getLastRow()).toBe(71);
  expect(responses?.getRange('A2').getValue()).toEqual(new Date('2023-12-01T00:14:29Z'));
  expect(responses?.getRange('A2').getDisplayValue()).toBe('2023/12/01 9:14:29');
  expect(spreadsheet.getSheetByName('raw')?.getRange('A1:B1').getValues()).toEqual([['2023/12/01 9:14:29', '007']]);
});

test('addSheet refuses a name in use', () => {
  const emulator = new Emulator();
  emulator.addSheet('名簿', []);
  expect(() => emulator.addSheet('名簿', [])).toThrow('A sheet named "名簿" already exists.');
});
