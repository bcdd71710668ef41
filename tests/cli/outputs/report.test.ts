import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RenderedChart } from '../../../cli/outputs/charts';
import { writeReport } from '../../../cli/outputs/report';
import type { CellValue, ChartView, SentMail, WorkbookView } from '../../../emulator/view';
import { AWKWARD_SHEET, BAR, PIE, sheet, VIEW } from './fixture';

let dir: string;
let html: string;

/** The HTML of one <section id="…">. */
function section(id: string, page = html): string {
  const start = page.indexOf(`<section id="${id}"`);
  expect(start).toBeGreaterThanOrEqual(0);
  return page.slice(start, page.indexOf('</section>', start));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'report-'));
  const chart = (sheet: string, chartId: string, title: string, name: string): RenderedChart => {
    const file = join(dir, name);
    writeFileSync(file, `<svg xmlns="http://www.w3.org/2000/svg"><text>${chartId}</text></svg>`);
    return { sheet, chartId, title, file, png: file.replace(/\.svg$/, '.png'), width: 100, height: 100 };
  };
  const charts = [chart('集計', PIE.id, PIE.title, 'pie.svg'), chart(AWKWARD_SHEET, BAR.id, BAR.title, 'bar.svg')];
  await writeReport(VIEW, charts, join(dir, 'report.html'));
  html = readFileSync(join(dir, 'report.html'), 'utf8');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('is a Japanese UTF-8 page titled with the workbook name', () => {
  expect(html).toMatch(/^<!DOCTYPE html>\s*<html lang="ja">\s*<head>\s*<meta charset="utf-8">/);
  expect(html).toContain('<title>フォローアップ調査 集計</title>');
  expect(html).toContain('<h1>フォローアップ調査 集計</h1>');
});

test('lists every sheet and the outbox in a table of contents', () => {
  const nav = html.slice(html.indexOf('<nav>'), html.indexOf('</nav>'));
  expect([...nav.matchAll(/href="#([^"]+)"/g)].map((match) => match[1])).toEqual(['sheet-1', 'sheet-2', 'sheet-3', 'outbox']);
  expect(nav).toContain('集計');
  expect(nav).toContain('（2 通）');
});

test('shows every cell as text: markup and formulas are escaped, never interpreted', () => {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toContain('<b>');
  expect(html).not.toContain('href="http://evil.example/"');
  const summary = section('sheet-1');
  expect(summary).toContain('<td>&#60;script&#62;alert(1)&#60;/script&#62;</td>');
  expect(summary).toContain('<td>=HYPERLINK(&#34;http://evil.example/&#34;,&#34;押してください&#34;)</td>');
  expect(section('sheet-2')).toContain('<td>&#60;b&#62;家庭訪問&#60;/b&#62;</td>');
});

test('shows display values, header rows bold and numbers and dates right-aligned', () => {
  const summary = section('sheet-1');
  expect(summary).toContain('<thead><tr class="bold"><th>職種</th><th>人数</th><th>割合</th></tr></thead>');
  expect(summary).toContain('<tr><td>相談支援専門員</td><td class="num">40</td><td class="num">48.8%</td></tr>');
  expect(summary).toContain('<td class="num">2023/12/20</td>');
});

test('leaves hidden rows out and says so', () => {
  expect(section('sheet-1')).not.toContain('作業用');
  expect(section('sheet-1')).toContain('非表示の行（1 行）は省略しています。');
});

test('puts each sheet’s charts, inlined as SVG, beside its table', () => {
  expect(section('sheet-1')).toContain(`<figure><svg xmlns="http://www.w3.org/2000/svg"><text>${PIE.id}</text></svg></figure>`);
  expect(section('sheet-2')).toContain(`<text>${BAR.id}</text>`);
  expect(section('sheet-2')).not.toContain(PIE.id);
  expect(section('sheet-3')).not.toContain('<figure>');
});

test('lists the mails sent with recipient, subject, sender, time and the first lines', () => {
  const outbox = section('outbox');
  const rows = outbox.split('<tr>').slice(2);
  expect(rows).toHaveLength(2);
  expect(rows[0]).toContain('<td>yamada@example.jp</td><td>【リマインド】フォローアップ調査へのご回答のお願い</td>');
  expect(rows[0]).toContain('<td>岡山県支援センター &#60;staff@example.jp&#62;</td>');
  expect(rows[0]).toContain('<td class="num">2023/12/21 09:00:00</td>');
  expect(rows[0]).toContain('<td>山田 太郎 様\nフォローアップ調査へのご回答をお願いいたします。\n締切は12月28日です。</td>');
  expect(rows[0]).not.toContain('岡山県支援センター</td>');
  expect(rows[1]).toContain('<td>ご回答のお願い X-Injected: yes</td>');
  expect(rows[1]).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
});

describe('a workbook as the add-on leaves it: raw sheets first in the tabs, summary sheets after', () => {
  const rawRows: CellValue[][] = [['タイムスタンプ', '職種', '自由記述'],
    ...Array.from({ length: 40 }, (_, i): CellValue[] => [`2023/12/${String(i % 20 + 1).padStart(2, '0')}`, '看護師', i === 0 ? 'あ'.repeat(300) : `回答${i + 1}`])];
  const wideRow = Array.from({ length: 12 }, (_, c) => `列${c + 1}`);
  // 単純集計 as the add-on lays it out: title, who it was for, header, rows, a blank row; a second question; a wide table.
  const summaryRows: CellValue[][] = [
    ['② 職種', '', '', ''],
    ['選択肢', '件数', '割合', ''],
    ['看護師', 23, 0.28, ''],
    ['回答者数', 82, '', ''],
    ['', '', '', ''],
    ['⑤-4) 理由', '', '', ''],
    ['対象：⑤で『いいえ』と回答した 24 人', '', '', ''],
    ['選択肢', '件数', '割合', ''],
    ['機会がない', 11, 0.458, ''],
    ['', '', '', ''],
  ];
  const summaryDisplay = summaryRows.map((row) => row.map((value) => (typeof value === 'number' && value < 1 ? `${(value * 100).toFixed(1)}%` : String(value))));
  const second: ChartView = { id: 'chart-why', kind: 'BAR', title: '⑤-4) 理由', options: {}, anchor: { row: 6, column: 5 },
    ranges: [{ a1: 'A8:B9', values: summaryRows.slice(7, 9).map((row) => row.slice(0, 2)), display: summaryDisplay.slice(7, 9).map((row) => row.slice(0, 2)) }] };
  const mail: SentMail = { to: 'a@example.jp', subject: '件名', body: '本文', htmlBody: null, name: null, replyTo: null, from: 'staff@example.jp', sentAt: new Date('2023-12-21T00:00:00Z') };
  const view: WorkbookView = {
    name: '調査', timeZone: 'Asia/Tokyo',
    sheets: [
      sheet('フォームの回答 1', rawRows, rawRows.map((row) => row.map(String)), { developerMetadata: [] }),
      sheet('名簿', [wideRow, wideRow], [wideRow, wideRow], { developerMetadata: [{ key: 'followup-survey.role', value: 'roster' }] }),
      sheet('単純集計', summaryRows, summaryDisplay, { boldRows: [1, 2, 4, 6, 8], frozenRows: 0, charts: [second] }),
      sheet('クロス集計', [wideRow], [wideRow], { boldRows: [1] }),
    ],
    outbox: Array.from({ length: 150 }, () => mail),
  };
  let page: string;

  beforeAll(async () => {
    const file = join(dir, 'why.svg');
    writeFileSync(file, '<svg xmlns="http://www.w3.org/2000/svg"><text>chart-why</text></svg>');
    await writeReport(view, [{ sheet: '単純集計', chartId: 'chart-why', title: '⑤-4) 理由', file, png: join(dir, 'why.png'), width: 100, height: 100 }], join(dir, 'raw.html'));
    page = readFileSync(join(dir, 'raw.html'), 'utf8');
  });

  test('puts the summary sheets first, in tab order, then the others with their size', () => {
    const order = [...page.matchAll(/<section id="([^"]+)"/g)].map((match) => match[1]);
    expect(order).toEqual(['sheet-3', 'sheet-4', 'sheet-1', 'sheet-2', 'outbox']);
    const nav = page.slice(page.indexOf('<nav>'), page.indexOf('</nav>'));
    expect(nav.indexOf('単純集計')).toBeLessThan(nav.indexOf('フォームの回答 1'));
    expect(nav).toContain('フォームの回答 1</a>（41 行 × 3 列）');
  });

  test('shows a raw sheet as its header and first rows, its long cells cut', () => {
    const raw = section('sheet-1', page);
    expect(raw).toContain('41 行 × 3 列。見出しと先頭 10 行を載せています。');
    expect(raw.match(/<tr[ >]/g)).toHaveLength(11);
    expect(raw).toContain('<th>タイムスタンプ</th>');
    expect(raw).toContain('回答10<');
    expect(raw).not.toContain('回答11<');
    expect(raw).toContain(`<td>${'あ'.repeat(40)}…</td>`);
  });

  test('prints a sheet with a table of more than 8 columns on landscape pages', () => {
    expect(page).toContain('<section id="sheet-2" class="raw wide">');
    expect(page).toContain('<section id="sheet-4" class="wide">');
    expect(page).toContain('<section id="sheet-3">');
    expect(page).toMatch(/@page wide \{ size: A4 landscape;/);
    expect(page).toMatch(/@media print \{[^]*section \{ break-before: page; \}/);
  });

  test('shows each table of a summary sheet on its own, under its title, its chart beside it', () => {
    const summary = section('sheet-3', page);
    const [first, secondBlock] = summary.split('<div class="block ').slice(1);
    expect(first).toMatch(/^keep"><h3>② 職種<\/h3>\n<div class="table-wrap"><table>\n<thead><tr class="bold"><th>選択肢<\/th><th>件数<\/th><th>割合<\/th><\/tr><\/thead>/);
    expect(first).toContain('<tr class="bold"><td>回答者数</td><td class="num">82</td><td></td></tr>');
    expect(first).not.toContain('<figure>');
    expect(secondBlock).toMatch(/^with-charts keep"><div class="block-tables"><h3>⑤-4\) 理由<\/h3>\n<p class="note">対象：⑤で『いいえ』と回答した 24 人<\/p>/);
    expect(secondBlock).toContain('<figure><svg xmlns="http://www.w3.org/2000/svg"><text>chart-why</text></svg></figure>');
  });

  test('lists the first 100 mails and says where the others are', () => {
    const outbox = section('outbox', page);
    expect(outbox).toContain('送信メール（150 通）');
    expect(outbox).toContain('先頭 100 通を載せています。全体は outbox/ の .eml にあります。');
    expect(outbox.match(/<tr>/g)).toHaveLength(101);
  });
});
