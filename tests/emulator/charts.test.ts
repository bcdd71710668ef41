import { Emulator } from '../../emulator';

function setup() {
  const emulator = new Emulator();
  const { SpreadsheetApp, Charts } = emulator.globals;
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  sheet.getRange('A1:B4').setValues([['圏域', '人数'], ['東部', 36], ['中部', 20], ['西部', 26]]);
  return { emulator, sheet, Charts };
}

test('a built chart is inserted with its type, ranges, options and position, and shows in the view', () => {
  const { emulator, sheet, Charts } = setup();
  const chart = sheet.newChart()
    .setChartType(Charts.ChartType.PIE)
    .addRange(sheet.getRange('A1:B4'))
    .setNumHeaders(1)
    .setOption('title', '③ 勤務先のある圏域')
    .setOption('legend.position', 'right')
    .setPosition(2, 4, 0, 0)
    .build();
  expect(chart.getChartId()).toBeNull();
  sheet.insertChart(chart);
  const [stored] = sheet.getCharts();
  expect(stored.getChartId()).toEqual(expect.any(Number));
  expect(stored.getOptions().get('title')).toBe('③ 勤務先のある圏域');
  expect(stored.getOptions().get('hAxis.title')).toBeNull();
  expect(stored.getRanges().map((range) => range.getA1Notation())).toEqual(['A1:B4']);
  expect([stored.getContainerInfo().getAnchorRow(), stored.getContainerInfo().getAnchorColumn()]).toEqual([2, 4]);
  const [view] = emulator.view().sheets[0].charts;
  expect(view).toMatchObject({ kind: 'PIE', title: '③ 勤務先のある圏域', anchor: { row: 2, column: 4 } });
  expect(view.options).toEqual({ title: '③ 勤務先のある圏域', 'legend.position': 'right' });
  expect(view.ranges[0]).toEqual({
    a1: 'A1:B4',
    values: [['圏域', '人数'], ['東部', 36], ['中部', 20], ['西部', 26]],
    display: [['圏域', '人数'], ['東部', '36'], ['中部', '20'], ['西部', '26']],
  });
});

test('modify + updateChart replaces the chart; removeChart deletes it', () => {
  const { emulator, sheet, Charts } = setup();
  sheet.insertChart(sheet.newChart().setChartType(Charts.ChartType.BAR).addRange(sheet.getRange('A1:B4')).setPosition(1, 4, 0, 0).build());
  const [chart] = sheet.getCharts();
  sheet.updateChart(chart.modify().setChartType(Charts.ChartType.COLUMN).setOption('title', '新').build());
  expect(emulator.view().sheets[0].charts.map((c) => [c.kind, c.title])).toEqual([['COLUMN', '新']]);
  sheet.removeChart(sheet.getCharts()[0]);
  expect(sheet.getCharts()).toHaveLength(0);
});

test('the chart type must be a Charts.ChartType member', () => {
  const { sheet } = setup();
  expect(() => sheet.newChart().setChartType('PIE' as unknown as GoogleAppsScript.Charts.ChartType))
    .toThrow("don't match the method signature for SpreadsheetApp.EmbeddedChartBuilder.setChartType.");
});
