import { a1Notation, CHART_WIDTH_COLUMNS, plannedColumns, plannedRows, SheetBuilder, tablePlan } from '../../../src/model/sheet-plan';

describe('a1Notation', () => {
  it('names cells and blocks as Sheets does, past column Z', () => {
    expect(a1Notation({ row: 3, column: 2, numRows: 1, numColumns: 1 })).toBe('B3');
    expect(a1Notation({ row: 1, column: 1, numRows: 10, numColumns: 3 })).toBe('A1:C10');
    expect(a1Notation({ row: 2, column: 26, numRows: 1, numColumns: 3 })).toBe('Z2:AB2');
    expect(a1Notation({ row: 1, column: 703, numRows: 1, numColumns: 1 })).toBe('AAA1');
  });
});

describe('tablePlan', () => {
  it('pads short rows to the widest, with a bold frozen header and formats below it', () => {
    const plan = tablePlan('名簿', [['整理番号', '氏名', 'メール'], ['C001', '山田'], []], ['text', null, null]);
    expect(plan.values).toEqual([['整理番号', '氏名', 'メール'], ['C001', '山田', ''], ['', '', '']]);
    expect(plan.boldRows).toEqual([0]);
    expect(plan.frozenRows).toBe(1);
    expect(plan.formats[0]).toEqual([null, null, null]);
    expect(plan.formats[1]).toEqual(['text', null, null]);
  });
});

describe('plannedColumns', () => {
  it('is exactly the columns a sheet needs: its values, or room for a chart beside them', () => {
    const sheet = new SheetBuilder();
    sheet.row(['a', 'b', 'c']);
    expect(plannedColumns(sheet.build('x'))).toBe(3);
    const charted = new SheetBuilder();
    charted.row(['a', 1]);
    charted.chart({ kind: 'PIE', title: 't', data: { row: 1, column: 1, numRows: 1, numColumns: 2 }, anchor: { row: 1, column: 4 } });
    expect(plannedColumns(charted.build('y'))).toBe(4 + CHART_WIDTH_COLUMNS);
  });
});

describe('plannedRows', () => {
  it('leaves room for a chart below the last value and a row under the frozen ones', () => {
    const sheet = new SheetBuilder();
    sheet.row(['a']);
    expect(plannedRows(sheet.build('x', { frozenRows: 1 }))).toBe(2);
    const charted = new SheetBuilder();
    charted.row(['a']);
    charted.chart({ kind: 'PIE', title: 't', data: { row: 1, column: 1, numRows: 1, numColumns: 1 }, anchor: { row: 1, column: 5 } });
    expect(plannedRows(charted.build('y'))).toBeGreaterThan(15);
  });
});
