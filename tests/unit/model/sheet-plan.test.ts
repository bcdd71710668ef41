import { a1Notation, CHART_COLORS, plannedColumns, plannedRows, SheetBuilder, tablePlan } from '../../../src/model/sheet-plan';

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
    charted.chart({ kind: 'PIE', title: 't', data: { row: 1, column: 1, numRows: 1, numColumns: 2 }, anchor: { row: 1, column: 4 }, marks: 'share', size: { width: 600, height: 371 } });
    // Six columns of Sheets' default 100 pixels from column D.
    expect(plannedColumns(charted.build('y'))).toBe(4 + 6);
  });
});

describe('plannedRows', () => {
  it('leaves room for a chart below the last value and a row under the frozen ones', () => {
    const sheet = new SheetBuilder();
    sheet.row(['a']);
    expect(plannedRows(sheet.build('x', { frozenRows: 1 }))).toBe(2);
    const charted = new SheetBuilder();
    charted.row(['a']);
    charted.chart({ kind: 'BAR', title: 't', data: { row: 1, column: 1, numRows: 1, numColumns: 1 }, anchor: { row: 3, column: 5 }, marks: 'count', size: { width: 800, height: 630 } });
    // 630 pixels are 30 rows of Sheets' default 21 from row 3.
    expect(plannedRows(charted.build('y'))).toBe(3 + 30);
  });
});

describe('CHART_COLORS', () => {
  it('gives 20 slices 20 colours apart from one another', () => {
    const rgb = (hex: string) => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
    expect(CHART_COLORS).toHaveLength(20);
    for (let i = 0; i < CHART_COLORS.length; i++) {
      for (let j = i + 1; j < CHART_COLORS.length; j++) {
        const [a, b] = [rgb(CHART_COLORS[i]), rgb(CHART_COLORS[j])];
        expect(Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2])).toBeGreaterThan(45);
      }
    }
  });
});
