import { a1Notation, formatBlocks, plannedRows, SheetBuilder } from '../../../src/model/sheet-plan';

describe('a1Notation', () => {
  it('names cells and blocks as Sheets does, past column Z', () => {
    expect(a1Notation({ row: 3, column: 2, numRows: 1, numColumns: 1 })).toBe('B3');
    expect(a1Notation({ row: 1, column: 1, numRows: 10, numColumns: 3 })).toBe('A1:C10');
    expect(a1Notation({ row: 2, column: 26, numRows: 1, numColumns: 3 })).toBe('Z2:AB2');
    expect(a1Notation({ row: 1, column: 703, numRows: 1, numColumns: 1 })).toBe('AAA1');
  });
});

describe('formatBlocks', () => {
  it('groups equal formats down each column, however many rows', () => {
    const sheet = new SheetBuilder();
    sheet.row(['title'], [], true);
    for (let i = 0; i < 1000; i++) sheet.row(['option', i, i / 1000], [null, 'integer', 'percent']);
    sheet.blank();
    sheet.row(['other', 1, 0.5], [null, 'integer', 'percent']);
    const blocks = formatBlocks(sheet.build('x'));
    expect(blocks.get('integer')).toEqual([
      { row: 2, column: 2, numRows: 1000, numColumns: 1 }, { row: 1003, column: 2, numRows: 1, numColumns: 1 },
    ]);
    expect(blocks.get('percent')).toHaveLength(2);
    expect(blocks.has('text')).toBe(false);
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
