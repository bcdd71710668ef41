import { chartSpec, chartTable } from '../../../cli/outputs/chart-spec';
import type { ChartView } from '../../../emulator/view';
import { BAR, LINE, LONG_LABEL, PIE } from './fixture';

/** A value of the chart's spec by dotted path ('layer.0.mark.type'), undefined when absent. */
function at(chart: ChartView, path: string): unknown {
  return path.split('.').reduce<unknown>(
    (node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
    chartSpec(chart));
}

describe('chartTable', () => {
  test('takes series names from the header row and categories from the first column', () => {
    const table = chartTable(BAR);
    expect(table.categoryTitle).toBe('取り組み');
    expect(table.seriesNames).toEqual(['相談支援専門員', '保育士']);
    expect(table.categories).toEqual([LONG_LABEL, '研修の企画', '<b>家庭訪問</b>']);
    expect(table.data).toContainEqual({
      row: 0, column: 1, category: LONG_LABEL, x: null, series: '保育士', value: 9, text: '9', description: `取り組み: ${LONG_LABEL}; 保育士: 9`,
    });
  });

  test('reads separate category and value ranges side by side, skipping blanks', () => {
    const chart: ChartView = {
      ...PIE,
      ranges: [
        { a1: 'A1:A3', values: [['圏域'], ['県南'], ['県北']], display: [['圏域'], ['県南'], ['県北']] },
        { a1: 'C1:C3', values: [['回答者'], [36], ['']], display: [['回答者'], ['36'], ['']] },
      ],
    };
    const table = chartTable(chart);
    expect(table.categories).toEqual(['県南', '県北']);
    expect(table.data).toEqual([{ row: 0, column: 0, category: '県南', x: null, series: '回答者', value: 36, text: '36', description: '圏域: 県南; 回答者: 36' }]);
  });

  test('notices values shown as percentages and formats the value axis so', () => {
    const chart: ChartView = {
      ...LINE,
      ranges: [{ a1: 'A1:B3', values: [['圏域', '支援率'], ['県南', 0.72], ['県北', 0.58]], display: [['圏域', '支援率'], ['県南', '72%'], ['県北', '58%']] }],
    };
    expect(chartTable(chart).percent).toBe(true);
    expect(at(chart, 'encoding.y.axis.format')).toBe('.0%');
    expect(chartTable(LINE).percent).toBe(false);
    expect(at(LINE, 'encoding.y.axis.format')).toBeUndefined();
  });
});

describe('chartSpec', () => {
  test('draws a pie as arcs with a legend of categories and percentage labels', () => {
    expect(at(PIE, 'title')).toBe('職種別内訳');
    expect([at(PIE, 'layer.0.mark.type'), at(PIE, 'layer.1.mark.type')]).toEqual(['arc', 'text']);
    expect(at(PIE, 'encoding.color.field')).toBe('category');
    expect(at(PIE, 'encoding.color.legend')).toBeTruthy();
    expect(at(PIE, 'layer.1.encoding.text')).toMatchObject({ field: 'share', format: '.0%' });
  });

  test('draws BAR as horizontal bars grouped by series, each with its count, with the axis titles set', () => {
    expect(at(BAR, 'layer.0.mark.type')).toBe('bar');
    expect(at(BAR, 'encoding.y')).toMatchObject({ field: 'category', sort: [LONG_LABEL, '研修の企画', '<b>家庭訪問</b>'] });
    expect(at(BAR, 'encoding.x.field')).toBe('value');
    expect(at(BAR, 'encoding.yOffset.field')).toBe('series');
    expect(at(BAR, 'layer.0.encoding.color.field')).toBe('series');
    expect(at(BAR, 'layer.1.mark.type')).toBe('text');
    expect(at(BAR, 'layer.1.encoding.text.field')).toBe('text');
    expect(at(BAR, 'encoding.x.axis.title')).toBe('人数');
    expect(at(BAR, 'encoding.y.axis.title')).toBe('取り組み');
  });

  test('draws COLUMN as vertical bars, stacked when the chart says so', () => {
    const column: ChartView = { ...BAR, kind: 'COLUMN', options: { isStacked: true } };
    expect(at(column, 'encoding.x.field')).toBe('category');
    expect(at(column, 'encoding.y')).toMatchObject({ field: 'value', stack: 'zero' });
    expect(at(column, 'encoding.xOffset')).toBeUndefined();
    expect(at(column, 'encoding.x.axis.title')).toBeNull();
  });

  test('colours slices and series from the chart’s colors option', () => {
    const colors = ['#111111', '#222222', '#333333'];
    expect(at({ ...PIE, options: { ...PIE.options, colors } }, 'config.range.category')).toEqual(colors);
  });

  test('shows days as the hAxis.format says, one label a week', () => {
    const days = Array.from({ length: 20 }, (_, i) => new Date(Date.UTC(2023, 10, 30 + i, 15)));
    const display = days.map((_, i) => `2023/12/${String(i + 1).padStart(2, '0')}`);
    const perDay: ChartView = {
      ...LINE, options: { hAxis: { format: 'M/d' } },
      ranges: [{ a1: 'A1:B21', values: [['日付', '回答数'], ...days.map((day, i) => [day, i])], display: [['日付', '回答数'], ...display.map((day, i) => [day, String(i)])] }],
    };
    const axis = at(perDay, 'encoding.x.axis') as { values: string[]; labelExpr: string };
    expect(axis.values).toEqual(['2023/12/01', '2023/12/08', '2023/12/15']);
    expect(axis.labelExpr).toContain('"2023/12/08":"12/8"');
    // Without the option, the sheet's own text.
    expect(at({ ...perDay, options: {} }, 'encoding.x.axis.values')).toBeUndefined();
  });

  test('draws LINE as a line with points, one colour per series', () => {
    expect(at(LINE, 'mark')).toEqual({ type: 'line', point: true });
    expect(at(LINE, 'encoding.color.field')).toBeUndefined();
    expect(at({ ...BAR, kind: 'LINE' }, 'encoding.color.field')).toBe('series');
  });

  test('draws nothing for a TABLE chart', () => {
    expect(chartSpec({ ...BAR, kind: 'TABLE' })).toBeNull();
  });

  test('names Japanese fonts first', () => {
    expect(at(BAR, 'config.font')).toMatch(/^'Noto Sans CJK JP'/);
  });
});
