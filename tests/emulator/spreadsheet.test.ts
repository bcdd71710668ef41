import { Emulator } from '../../emulator';

function setup() {
  const emulator = new Emulator({ now: new Date('2023-12-07T01:00:00Z') });
  const { SpreadsheetApp } = emulator.globals;
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = spreadsheet.getSheets()[0];
  return { emulator, SpreadsheetApp, spreadsheet, sheet };
}

describe('Sheet.getRange', () => {
  test('is 1-based in every overload', () => {
    const { sheet } = setup();
    sheet.getRange('A1:D4').setValues([
      ['a1', 'b1', 'c1', 'd1'], ['a2', 'b2', 'c2', 'd2'], ['a3', 'b3', 'c3', 'd3'], ['a4', 'b4', 'c4', 'd4'],
    ]);
    expect(sheet.getRange(1, 1).getValue()).toBe('a1');
    expect(sheet.getRange(2, 3).getValues()).toEqual([['c2']]);
    expect(sheet.getRange(2, 2, 2).getValues()).toEqual([['b2'], ['b3']]);
    expect(sheet.getRange(3, 2, 2, 3).getValues()).toEqual([['b3', 'c3', 'd3'], ['b4', 'c4', 'd4']]);
    const range = sheet.getRange(3, 2, 2, 3);
    expect([range.getRow(), range.getColumn(), range.getNumRows(), range.getNumColumns(), range.getLastRow(), range.getLastColumn()])
      .toEqual([3, 2, 2, 3, 4, 4]);
    expect(range.getA1Notation()).toBe('B3:D4');
  });

  test('reads A1 notation: cells, rectangles, whole columns and rows, sheet prefixes', () => {
    const { spreadsheet, sheet } = setup();
    sheet.getRange('A1:C3').setValues([[1, 2, 3], [4, 5, 6], [7, 8, 9]]);
    expect(sheet.getRange('b2').getValue()).toBe(5);
    expect(sheet.getRange('$A$1:$B$2').getValues()).toEqual([[1, 2], [4, 5]]);
    const column = sheet.getRange('B:B');
    expect([column.getRow(), column.getNumRows(), column.getA1Notation()]).toEqual([1, 1000, 'B:B']);
    const row = sheet.getRange('2:2');
    expect([row.getColumn(), row.getNumColumns(), row.getA1Notation()]).toEqual([1, 26, '2:2']);
    expect(sheet.getRange('A2:C').getNumRows()).toBe(999);
    const other = spreadsheet.insertSheet('集計 結果');
    other.getRange('A1').setValue('x');
    expect(sheet.getRange("'集計 結果'!A1").getValue()).toBe('x');
    expect(spreadsheet.getRange("'集計 結果'!A1").getSheet().getName()).toBe('集計 結果');
    expect(() => sheet.getRange('Nowhere!A1')).toThrow('Range not found');
    expect(() => sheet.getRange('A1:B2:C3')).toThrow('Range not found');
  });

  test("rejects bad coordinates with Google's texts", () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow('The number of columns in the range must be at least 1.');
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange(1, 27)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => (sheet.getRange as (...args: unknown[]) => unknown)('A1', 2))
      .toThrow("The parameters (String,number) don't match the method signature for SpreadsheetApp.Sheet.getRange.");
  });

  test('errors are Exceptions, as Apps Script names them', () => {
    const { sheet } = setup();
    let caught: unknown;
    try {
      sheet.getRange(0, 1);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(Error);
    expect((caught as Error).name).toBe('Exception');
  });
});

describe('Range.setValues', () => {
  test("checks the data's shape with Google's texts and writes nothing when it is wrong", () => {
    const { sheet } = setup();
    const range = sheet.getRange(1, 1, 2, 3);
    expect(() => range.setValues([[1, 2, 3]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => range.setValues([[1, 2, 3], [4, 5]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.',
    );
    expect(sheet.getLastRow()).toBe(0);
    expect(() => range.setValues([1, 2] as unknown as unknown[][])).toThrow("don't match the method signature for SpreadsheetApp.Range.setValues.");
  });

  test('setValue fills every cell of the range', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B2').setValue('済');
    expect(sheet.getRange('A1:B2').getValues()).toEqual([['済', '済'], ['済', '済']]);
  });
});

describe('sheet size', () => {
  test('getLastRow/getLastColumn are 0 on an empty sheet and follow content, not formats', () => {
    const { sheet } = setup();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
    sheet.getRange('A1:Z100').setNumberFormat('@');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
    sheet.getRange('C5').setValue('x');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([5, 3]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C5');
  });

  test('a new sheet is 1000 x 26; appendRow grows it, row inserts and deletes change it', () => {
    const { spreadsheet } = setup();
    const sheet = spreadsheet.insertSheet('ログ');
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
    sheet.deleteRows(3, 997);
    expect(sheet.getMaxRows()).toBe(3);
    sheet.appendRow(['a']);
    sheet.appendRow(['b']);
    sheet.appendRow(['c']);
    sheet.appendRow(['d']);
    expect(sheet.getMaxRows()).toBe(4);
    expect(sheet.getRange('A1:A4').getValues()).toEqual([['a'], ['b'], ['c'], ['d']]);
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getMaxRows()).toBe(6);
    expect(sheet.getRange('A1:A4').getValues()).toEqual([['a'], [''], [''], ['b']]);
    expect(() => sheet.deleteRows(1, 6)).toThrow('Sorry, it is not possible to delete all non-frozen rows.');
  });
});

describe('Spreadsheet', () => {
  test("refuses a duplicate sheet name with Google's text", () => {
    const { spreadsheet } = setup();
    spreadsheet.insertSheet('集計');
    expect(() => spreadsheet.insertSheet('集計')).toThrow('A sheet with the name "集計" already exists. Please enter another name.');
    expect(() => spreadsheet.getSheets()[0].setName('集計')).toThrow('A sheet with the name "集計" already exists.');
  });

  test('insertSheet takes a 0-based index and activates the new sheet; getSheetByName is null when absent', () => {
    const { spreadsheet } = setup();
    spreadsheet.insertSheet('B');
    const first = spreadsheet.insertSheet('A', 0);
    expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual(['A', 'シート1', 'B']);
    expect(first.getIndex()).toBe(1);
    expect(spreadsheet.getActiveSheet().getName()).toBe('A');
    expect(spreadsheet.getSheetByName('none')).toBeNull();
  });

  test('cannot delete its last sheet', () => {
    const { spreadsheet, sheet } = setup();
    expect(() => spreadsheet.deleteSheet(sheet)).toThrow("You can't remove all the sheets in a document.");
    const other = spreadsheet.insertSheet('other');
    spreadsheet.deleteSheet(other);
    expect(spreadsheet.getSheetByName('other')).toBeNull();
  });

  test('getFormUrl is null without a linked form', () => {
    const { spreadsheet } = setup();
    expect(spreadsheet.getFormUrl()).toBeNull();
  });
});

describe('layout', () => {
  test('frozen panes, column widths, hidden rows and bold rows reach the view', () => {
    const { emulator, sheet } = setup();
    sheet.getRange('A1:B2').setValues([['見出し', '件数'], ['はい', 3]]);
    sheet.getRange(1, 1, 1, 2).setFontWeight('bold');
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(1, 240);
    sheet.hideRows(2);
    sheet.getRange('A2').setWrap(true);
    expect(sheet.getColumnWidth(1)).toBe(240);
    expect(sheet.getColumnWidth(2)).toBe(100);
    expect(sheet.isRowHiddenByUser(2)).toBe(true);
    sheet.autoResizeColumns(2, 1);
    expect(sheet.getColumnWidth(2)).toBeGreaterThan(21);
    const view = emulator.view().sheets[0];
    expect(view.frozenRows).toBe(1);
    expect(view.boldRows).toEqual([1]);
    expect(view.columnWidths[0]).toBe(240);
    expect(view.hiddenRows).toEqual([2]);
    expect(view.wraps).toEqual([[false, false], [true, false]]);
  });
});

describe('developer metadata', () => {
  test('is kept per sheet and per spreadsheet, found by key, and removable', () => {
    const { SpreadsheetApp, spreadsheet, sheet } = setup();
    sheet.addDeveloperMetadata('survey:summary');
    sheet.addDeveloperMetadata('survey:round', '2023');
    spreadsheet.addDeveloperMetadata('survey:version', '1', SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
    const onSheet = sheet.getDeveloperMetadata();
    expect(onSheet.map((m) => [m.getKey(), m.getValue()])).toEqual([['survey:summary', null], ['survey:round', '2023']]);
    expect(new Set(onSheet.map((m) => m.getId())).size).toBe(2);
    expect(spreadsheet.getDeveloperMetadata().map((m) => [m.getKey(), String(m.getVisibility())])).toEqual([['survey:version', 'PROJECT']]);
    const found = spreadsheet.createDeveloperMetadataFinder().withKey('survey:round').find();
    expect(found).toHaveLength(1);
    found[0].remove();
    expect(sheet.getDeveloperMetadata().map((m) => m.getKey())).toEqual(['survey:summary']);
  });

  test('reaches the view per sheet, as the local run tells the add-on’s sheets from the others', () => {
    const { emulator, spreadsheet, sheet } = setup();
    sheet.addDeveloperMetadata('survey:role', 'summary.status');
    spreadsheet.insertSheet('メモ');
    spreadsheet.addDeveloperMetadata('survey:version', '1');
    const [first, second] = emulator.view().sheets;
    expect(first.developerMetadata).toEqual([{ key: 'survey:role', value: 'summary.status' }]);
    expect(second.developerMetadata).toEqual([]);
  });
});

test('a RangeList formats several ranges of a sheet in one call', () => {
  const { SpreadsheetApp } = new Emulator().globals;
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  sheet.getRange('A1:C3').setValues([[1, 2, 3], [4, 5, 6], [7, 8, 9]]);
  const list = sheet.getRangeList(['A1:C1', 'B3']);
  list.setFontWeight('bold').setNumberFormat('0.0%');
  expect(list.getRanges().map((range) => range.getA1Notation())).toEqual(['A1:C1', 'B3']);
  expect(sheet.getRange('A1:C3').getFontWeights()).toEqual([['bold', 'bold', 'bold'], ['normal', 'normal', 'normal'], ['normal', 'bold', 'normal']]);
  expect(sheet.getRange('A3:C3').getDisplayValues()).toEqual([['7', '800.0%', '9']]);
  expect(() => sheet.getRangeList(['A1', 'nonsense!!'])).toThrow('Range not found');
});

describe('Spreadsheet.getSheetById', () => {
  test('finds a sheet by its id, or answers null', () => {
    const { spreadsheet } = setup();
    const other = spreadsheet.insertSheet('集計');
    expect(spreadsheet.getSheetById(other.getSheetId())?.getName()).toBe('集計');
    expect(spreadsheet.getSheetById(spreadsheet.getSheets()[0].getSheetId())?.getName()).toBe('シート1');
    expect(spreadsheet.getSheetById(9999)).toBeNull();
    expect(() => (spreadsheet.getSheetById as (id: unknown) => unknown)('1'))
      .toThrow("The parameters (String) don't match the method signature for SpreadsheetApp.Spreadsheet.getSheetById.");
  });
});

describe('Sheet.getSheetValues', () => {
  test('reads a rectangle; -1 rows or columns reach through the last row or column with data', () => {
    const { emulator, sheet } = setup();
    sheet.getRange('A1:C3').setValues([[1, 2, 3], [4, 5, 6], [7, 8, 9]]);
    emulator.calls.reset();
    expect(sheet.getSheetValues(2, 1, -1, -1)).toEqual([[4, 5, 6], [7, 8, 9]]);
    expect(sheet.getSheetValues(1, 2, 2, 1)).toEqual([[2], [5]]);
    expect(sheet.getSheetValues(3, 3, -1, 2)).toEqual([[9, '']]);
    expect(emulator.calls.cellsRead).toBe(6 + 2 + 2);
    expect(emulator.calls.count('Sheet.getSheetValues')).toBe(3);
  });

  test('fails as getRange does when -1 leaves no rows (an empty sheet) or the start is off the sheet', () => {
    const { sheet } = setup();
    expect(() => sheet.getSheetValues(1, 1, -1, -1)).toThrow('The number of rows in the range must be at least 1.');
    sheet.getRange('A1:B2').setValues([[1, 2], [3, 4]]);
    expect(() => sheet.getSheetValues(3, 1, -1, 2)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getSheetValues(1, 3, 1, -1)).toThrow('The number of columns in the range must be at least 1.');
    expect(() => sheet.getSheetValues(-1, 1, 1, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getSheetValues(1, 1, 1001, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => (sheet.getSheetValues as (...args: unknown[]) => unknown)(1, 1, 1))
      .toThrow("The parameters (number,number,number) don't match the method signature for SpreadsheetApp.Sheet.getSheetValues.");
  });
});

describe('Sheet.appendRow', () => {
  test('reads strings as typed input, keeps text in cells formatted @, and counts the cells written', () => {
    const { emulator, sheet } = setup();
    sheet.getRange('A1:C1').setValues([['番号', '日付', '式']]);
    sheet.getRange('A2:A3').setNumberFormat('@');
    emulator.calls.reset();
    sheet.appendRow(['007', '2023/12/01', '=A1']);
    sheet.appendRow(['1/2', '12/7', 'TRUE']);
    expect(sheet.getRange('A2:A3').getValues()).toEqual([['007'], ['1/2']]);
    expect(sheet.getRange('B3').getValue()).toEqual(new Date('2023-12-06T15:00:00Z'));
    expect(sheet.getRange('B2').getValue()).toEqual(new Date('2023-11-30T15:00:00Z'));
    expect(sheet.getRange('C2').getFormula()).toBe('=A1');
    expect(sheet.getRange('C3').getValue()).toBe(true);
    expect(emulator.calls.cellsWritten).toBe(6);
  });

  test('adds a row when the sheet is full', () => {
    const { spreadsheet } = setup();
    const sheet = spreadsheet.insertSheet('ログ');
    sheet.deleteRows(2, 999);
    sheet.appendRow(['a']);
    expect(sheet.getMaxRows()).toBe(1);
    sheet.appendRow(['b']);
    expect([sheet.getMaxRows(), sheet.getLastRow()]).toEqual([2, 2]);
  });
});

describe('Sheet.hideSheet', () => {
  test('hides a tab, keeps its values readable, and says so in the view and in a saved state', () => {
    const { emulator, spreadsheet, sheet } = setup();
    const store = spreadsheet.insertSheet('データ');
    store.getRange('A1').setValue('x');
    expect(store.isSheetHidden()).toBe(false);
    store.hideSheet();
    expect(store.isSheetHidden()).toBe(true);
    expect(store.getRange('A1').getValue()).toBe('x');
    // The hidden sheet was active (just inserted): the first visible one takes its place.
    expect(spreadsheet.getActiveSheet().getName()).toBe(sheet.getName());
    expect(emulator.view().sheets.map((view) => [view.name, view.hidden])).toEqual([[sheet.getName(), false], ['データ', true]]);
    const restored = Emulator.restore(emulator.save());
    expect(restored.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('データ')?.isSheetHidden()).toBe(true);
    store.showSheet();
    expect(store.isSheetHidden()).toBe(false);
  });

  test('refuses to hide the last visible sheet', () => {
    const { sheet } = setup();
    expect(() => sheet.hideSheet()).toThrow("You can't hide all the sheets in a document.");
    expect(sheet.isSheetHidden()).toBe(false);
  });
});
