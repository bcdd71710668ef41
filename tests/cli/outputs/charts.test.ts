import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { RenderedChart } from '../../../cli/outputs/charts';
import { AWKWARD_SHEET, BAR, COLUMN, LINE, LONG_LABEL, PIE, VIEW } from './fixture';
import { assertWellFormedXml } from './formats';
import { callInNode } from './node-run';

let dir: string;
let charts: RenderedChart[];
const svg = (index: number) => readFileSync(charts[index].file, 'utf8');
/** Text nodes of the SVG, tspans of one label joined. */
const texts = (index: number) => [...svg(index).matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)].map((match) => match[1].replace(/<\/?tspan[^>]*>/g, ''));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'charts-'));
  charts = await callInNode<RenderedChart[]>('cli/outputs/charts.ts', 'renderCharts', [VIEW, dir]);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('renders every chart to charts/<sheet>-<n>.svg', () => {
  expect(charts.map(({ sheet, chartId, title }) => ({ sheet, chartId, title }))).toEqual([
    { sheet: '集計', chartId: PIE.id, title: PIE.title },
    { sheet: AWKWARD_SHEET, chartId: BAR.id, title: BAR.title },
    { sheet: AWKWARD_SHEET, chartId: COLUMN.id, title: COLUMN.title },
    { sheet: '推移', chartId: LINE.id, title: LINE.title },
  ]);
  expect(charts.map((chart) => basename(chart.file))).toEqual([
    '集計-1.svg',
    '取り組み内容_職種別_ 支援実績があるコーディネーターの取り組み[2023]_-1.svg',
    '取り組み内容_職種別_ 支援実績があるコーディネーターの取り組み[2023]_-2.svg',
    '推移-1.svg',
  ]);
  expect(charts.every((chart) => chart.file.startsWith(join(dir, 'charts')))).toBe(true);
});

test('writes well-formed SVG naming a Japanese font', () => {
  for (const index of [0, 1, 2, 3]) {
    expect(() => assertWellFormedXml(svg(index))).not.toThrow();
    expect(svg(index)).toMatch(/^<svg /);
    expect(svg(index)).toContain('Noto Sans CJK JP');
  }
});

test('shows a pie with its title, a legend of categories with their counts and each slice’s share', () => {
  expect(texts(0)).toEqual(expect.arrayContaining(['職種別内訳', '相談支援専門員　40', '保育士　42', '49%', '51%']));
});

test('shows the bar chart’s title, axis titles, categories and series names', () => {
  expect(texts(1)).toEqual(expect.arrayContaining([BAR.title, '人数', '取り組み', '研修の企画', '相談支援専門員', '保育士']));
});

test('shows each bar’s count at its end when the chart asks for data labels, and none when it does not', () => {
  // Vega draws the counts as the text layer over the bars.
  const counts = (index: number) => {
    const layer = /<g class="mark-text role-mark[^"]*"[^>]*>([\s\S]*?)<\/g>/.exec(svg(index))?.[1] ?? '';
    return [...layer.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]);
  };
  expect(counts(1).sort()).toEqual(['0', '12', '3', '5', '7', '9']);
  expect(counts(2)).toEqual([]);
});

test('wraps a long Japanese category over lines', () => {
  expect(svg(1)).toContain('<tspan>ケース会議への参加（関係機関との連絡調整</tspan><tspan x="0" dy="13">を含む）</tspan>');
});

test('wraps a category too long for its column over as many lines as it needs, never cutting it', () => {
  const label = texts(2).find((text) => text.startsWith('ケース会議'));
  expect(label).toBe(LONG_LABEL);
  expect(svg(2)).not.toContain('…');
  const ariaLabels = [...svg(2).matchAll(/aria-label="([^"]*)"/g)].map((match) => match[1]);
  expect(ariaLabels).toEqual(expect.arrayContaining([`取り組み: ${LONG_LABEL}; 相談支援専門員: 12`, `取り組み: ${LONG_LABEL}; 保育士: 9`]));
});

test('leaves room for Japanese labels instead of cutting them at the edge', () => {
  const [, left] = /<g[^>]*transform="translate\(([\d.]+),/.exec(svg(1)) ?? [];
  // The longest label line is 20 full-width characters of 11 px.
  expect(Number(left)).toBeGreaterThan(20 * 11);
});

test('shows markup in a category as text', () => {
  expect(texts(1)).toContain('&lt;b&gt;家庭訪問&lt;/b&gt;');
  expect(svg(1)).not.toContain('<b>');
});

test('draws the line chart as a line through points over the categories', () => {
  expect(texts(3)).toEqual(expect.arrayContaining([LINE.title, '12/1', '12/8', '12/15', '12/20']));
  expect(svg(3)).toMatch(/class="mark-line role-mark/);
  expect(svg(3)).toMatch(/class="mark-symbol role-mark/);
});

test('draws each chart as a PNG too, at twice the SVG’s size, for the xlsx', () => {
  for (const chart of charts) {
    const png = readFileSync(chart.png);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    // The IHDR chunk: width and height, big-endian.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([chart.width * 2, chart.height * 2]);
    const [, width, height] = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(readFileSync(chart.file, 'utf8')) ?? [];
    expect([chart.width, chart.height]).toEqual([Number(width), Number(height)]);
  }
});
