import { chartRows, DEFAULT_CHART_SIZE } from '../../../src/model/sheet-plan';
import { chartLayout, textWidth } from '../../../src/summary/sheets/charts';

const LONG = '医療的ケア児と家族を支援するための関係機関の多職種での個別支援会議（担当者会議）を開催した。';

describe('chartLayout', () => {
  it('leaves room left of a bar chart’s bars for its longest label, and a bar’s room for each option', () => {
    const short = chartLayout('BAR', ['はい', 'いいえ']);
    expect(short.size).toEqual({ width: short.labelWidth as number + 380, height: DEFAULT_CHART_SIZE.height });
    const long = chartLayout('BAR', [...Array.from({ length: 19 }, (_, i) => `選択肢${i + 1}`), LONG]);
    expect(long.labelWidth).toBeGreaterThanOrEqual(textWidth(LONG, 11));
    expect(long.size.height).toBeGreaterThanOrEqual(20 * 26);
    // The sheet spaces its tables by the chart's own height.
    expect(chartRows(long.size)).toBeGreaterThan(chartRows(short.size));
  });

  it('never makes a bar chart wider than a screen for one endless label', () => {
    expect(chartLayout('BAR', ['あ'.repeat(500)]).size.width).toBeLessThanOrEqual(1000);
  });

  it('makes a pie tall enough for a legend line per slice', () => {
    expect(chartLayout('PIE', ['a', 'b']).size).toEqual(DEFAULT_CHART_SIZE);
    expect(chartLayout('PIE', Array.from({ length: 20 }, (_, i) => `職種${i}`)).size.height).toBeGreaterThanOrEqual(20 * 20);
  });
});

describe('textWidth', () => {
  it('counts a Japanese character a full em, a Latin one about half', () => {
    expect(textWidth('看護師', 10)).toBe(30);
    expect(textWidth('abcd', 10)).toBe(22);
  });
});
