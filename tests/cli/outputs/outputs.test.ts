import ExcelJS from 'exceljs';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { OutputsSummary } from '../../../cli/outputs/index';
import { BAR, VIEW } from './fixture';
import { callInNode } from './node-run';

let dir: string;
let summary: OutputsSummary;
const list = (sub: string) => readdirSync(join(dir, sub)).sort();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'outputs-'));
  // What an earlier run with other sheets and more mails left behind.
  for (const [sub, name] of [['sheets', '古いシート.csv'], ['charts', '古いシート-1.svg'], ['outbox', '003-old@example.jp.eml']]) {
    mkdirSync(join(dir, sub), { recursive: true });
    writeFileSync(join(dir, sub, name), 'stale');
  }
  writeFileSync(join(dir, 'メモ.txt'), 'not ours');
  summary = await callInNode<OutputsSummary>('cli/outputs/index.ts', 'writeOutputs', [VIEW, dir]);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('writes the workbook, CSVs, charts, mails and report, and says where', () => {
  expect(summary.workbook).toBe(join(dir, 'workbook.xlsx'));
  expect(summary.report).toBe(join(dir, 'report.html'));
  expect(summary.sheets.map((file) => basename(file))).toEqual(['集計.csv', expect.stringMatching(/^取り組み内容/), '推移.csv']);
  expect(summary.charts).toHaveLength(4);
  expect(summary.mails.map((file) => basename(file))).toEqual(['001-yamada@example.jp.eml', '002-suzuki@example.jp.eml']);
});

test('leaves exactly this run’s files in sheets/, charts/ and outbox/, and other files alone', () => {
  expect(list('sheets')).toEqual(summary.sheets.map((file) => basename(file)).sort());
  expect(list('charts')).toEqual(summary.charts.flatMap((chart) => [basename(chart.file), basename(chart.png)]).sort());
  expect(list('outbox')).toEqual(summary.mails.map((file) => basename(file)).sort());
  expect(readFileSync(join(dir, 'メモ.txt'), 'utf8')).toBe('not ours');
});

test('writes a workbook Excel can read, one worksheet per sheet, with every chart’s image', async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(summary.workbook);
  expect(workbook.worksheets).toHaveLength(VIEW.sheets.length);
  expect(workbook.worksheets.map((worksheet) => worksheet.getImages().length)).toEqual(VIEW.sheets.map((sheet) => sheet.charts.length));
});

test('inlines the rendered charts in the report', () => {
  const html = readFileSync(summary.report, 'utf8');
  expect(html.match(/<figure><svg /g)).toHaveLength(4);
  expect(html).toContain(`>${BAR.title}</text>`);
  expect(html).not.toMatch(/<script/i);
});
