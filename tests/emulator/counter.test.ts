import { Emulator } from '../../emulator';

test('every service call is counted per Class.method, with the cells read and written', () => {
  const emulator = new Emulator();
  const { SpreadsheetApp } = emulator.globals;
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  sheet.getRange(1, 1, 2, 3).setValues([[1, 2, 3], [4, 5, 6]]);
  sheet.appendRow(['a', 'b']);
  sheet.getRange('A1:B2').setValue('x');
  sheet.getDataRange().getValues();
  sheet.getRange('A1').getDisplayValue();
  expect(emulator.calls.byMethod()).toEqual({
    'Range.getDisplayValue': 1,
    'Range.getValues': 1,
    'Range.setValue': 1,
    'Range.setValues': 1,
    'Sheet.appendRow': 1,
    'Sheet.getDataRange': 1,
    'Sheet.getRange': 3,
    'Spreadsheet.getSheets': 1,
    'SpreadsheetApp.getActiveSpreadsheet': 1,
  });
  expect(emulator.calls.total()).toBe(11);
  expect(emulator.calls.count('Range')).toBe(4);
  expect(emulator.calls.count('Sheet.getRange')).toBe(3);
  expect(emulator.calls.cellsWritten).toBe(6 + 2 + 4);
  expect(emulator.calls.cellsRead).toBe(9 + 1);
  emulator.calls.reset();
  expect(emulator.calls.total()).toBe(0);
  expect(emulator.calls.cellsRead).toBe(0);
});

test('setup and view() are not service calls', () => {
  const emulator = new Emulator();
  emulator.addSheet('名簿', [['整理番号'], ['001']]);
  emulator.view();
  expect(emulator.calls.total()).toBe(0);
});

test('failed calls count too', () => {
  const emulator = new Emulator();
  const sheet = emulator.globals.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  expect(() => sheet.getRange(0, 1)).toThrow();
  expect(emulator.calls.count('Sheet.getRange')).toBe(1);
});
