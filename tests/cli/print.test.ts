/**
 * The local run's outputs on paper, as staff print them: report.html printed
 * by headless Chromium to a PDF, workbook.xlsx converted by LibreOffice
 * (Debian's libreoffice-calc), both read back with pdftotext and pdfinfo
 * (poppler-utils). The tools are required: without them this test fails, it
 * is never skipped (.ci/run installs them).
 */
import ExcelJS from 'exceljs';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { Emulator } from '../../emulator';
import { CHROMIUM_PATH } from '../browser/harness';

const REPO = join(__dirname, '../..');
const CLI = join(REPO, 'build/cli.mjs');

/** A4 in PostScript points, either way round. */
const A4 = [595, 842];

const PACKAGES: Record<string, string> = { pdftotext: 'poppler-utils', pdfinfo: 'poppler-utils', soffice: 'libreoffice-calc' };

function tool(command: string, args: readonly string[]): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 120_000 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`${command} is missing: install Debian's ${PACKAGES[command]} (.ci/run does).`);
    throw error;
  }
}

/** Every page's size in points, the shorter side first. */
function pageSizes(pdf: string): number[][] {
  const pages = Number(/Pages:\s+(\d+)/.exec(tool('pdfinfo', [pdf]))?.[1]);
  return [...tool('pdfinfo', ['-f', '1', '-l', String(pages), pdf]).matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)]
    .map((match) => [Math.round(Number(match[1])), Math.round(Number(match[2]))]);
}

const out = mkdtempSync(join(tmpdir(), 'followup-print-'));

beforeAll(() => {
  const run = spawnSync(process.execPath, [CLI,
    '--form', 'samples/form.json', '--responses', 'samples/responses.csv', '--paper', 'samples/paper.csv',
    '--roster', 'samples/roster.csv', '--today', '2023-12-21', '--out', out], { cwd: REPO, encoding: 'utf8', timeout: 60_000 });
  expect(run.stderr).toBe('');
}, 60_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Whitespace aside: the printed page breaks lines where it must. */
const squeezed = (text: string) => text.replace(/\s+/g, '');

describe('report.html printed to PDF', () => {
  const pdf = join(out, 'report.pdf');
  let text = '';
  let sizes: number[][] = [];

  beforeAll(async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage();
      await page.goto(`file://${join(out, 'report.html')}`);
      // As the browser's print dialog does: the page's own @page sizes.
      await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    } finally {
      await browser.close();
    }
    // -raw keeps each table cell's text together, in the order the page draws it.
    text = tool('pdftotext', ['-raw', pdf, '-']);
    sizes = pageSizes(pdf);
  }, 120_000);

  it('contains every free-text answer of the sample, the Other answers included', () => {
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { questions: Record<string, { texts?: string[] }> };
    const answers = Object.values(summary.questions).flatMap((question) => question.texts ?? []);
    expect(answers.length).toBeGreaterThan(100);
    const printed = squeezed(text);
    expect(answers.filter((answer) => !printed.includes(squeezed(answer)))).toEqual([]);
  });

  it('is printed on A4 pages', () => {
    expect(sizes.length).toBeGreaterThan(10);
    for (const size of sizes) expect([...size].sort((a, b) => a - b)).toEqual(A4);
  });

  it('opens with the summary sheets; the response sheet comes later, cut to its first rows', () => {
    // Each sheet's heading is a line of its own; the table of contents names them first.
    const lines = text.split('\n').map(squeezed);
    const contents = lines.findIndex((line) => line === '元のデータ');
    const at = (heading: string) => lines.indexOf(squeezed(heading), contents);
    expect(at('回答状況')).toBeGreaterThan(contents);
    expect(at('回答状況')).toBeLessThan(at('単純集計'));
    expect(at('結果のまとめ')).toBeLessThan(at('フォームの回答 1'));
    expect(lines[at('フォームの回答 1') + 1]).toContain(squeezed('見出しと先頭 10 行を載せています'));
  });
});

describe('workbook.xlsx, opened and printed by LibreOffice', () => {
  let workbook: ExcelJS.Workbook;
  let sizes: number[][] = [];

  beforeAll(async () => {
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(out, 'workbook.xlsx'));
    // A profile of its own, so that no other LibreOffice running at the same time holds it.
    const profile = mkdtempSync(join(tmpdir(), 'followup-soffice-'));
    try {
      tool('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, join(out, 'workbook.xlsx')]);
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    sizes = pageSizes(join(out, 'workbook.pdf'));
  }, 150_000);

  it('holds an image of every chart of the sheets, on the chart’s sheet', () => {
    const state = JSON.parse(readFileSync(join(out, 'workbook.state.json'), 'utf8'));
    const charted = Emulator.restore(state).view().sheets.filter((sheet) => sheet.charts.length > 0);
    expect(charted.reduce((sum, sheet) => sum + sheet.charts.length, 0)).toBe(11);
    for (const sheet of charted) expect(workbook.getWorksheet(sheet.name)?.getImages()).toHaveLength(sheet.charts.length);
  });

  it('prints on A4 landscape pages, each sheet fit to the page’s width', () => {
    // Before the print setup, LibreOffice printed the sample on 77 pages, tables split by column.
    expect(sizes.length).toBeGreaterThan(9);
    expect(sizes.length).toBeLessThan(45);
    for (const size of sizes) expect(size).toEqual([A4[1], A4[0]]);
  });
});
