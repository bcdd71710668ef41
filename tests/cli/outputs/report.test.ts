import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RenderedChart } from '../../../cli/outputs/charts';
import { writeReport } from '../../../cli/outputs/report';
import { AWKWARD_SHEET, BAR, PIE, VIEW } from './fixture';

let dir: string;
let html: string;

/** The HTML of one <section id="…">. */
function section(id: string): string {
  const start = html.indexOf(`<section id="${id}">`);
  expect(start).toBeGreaterThanOrEqual(0);
  return html.slice(start, html.indexOf('</section>', start));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'report-'));
  const chart = (sheet: string, chartId: string, title: string, name: string): RenderedChart => {
    const file = join(dir, name);
    writeFileSync(file, `<svg xmlns="http://www.w3.org/2000/svg"><text>${chartId}</text></svg>`);
    return { sheet, chartId, title, file };
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
