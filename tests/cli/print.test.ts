/**
 * The local run's outputs on paper, as staff print them: report.html printed
 * by headless Chromium to a PDF, read back with pdftotext (Debian's
 * poppler-utils). Both tools are required: without them this test fails, it
 * is never skipped (.ci/run installs them).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from '../browser/harness';

const REPO = join(__dirname, '../..');
const CLI = join(REPO, 'build/cli.mjs');

/** A4 in PostScript points, either way round. */
const A4 = [595, 842];

function tool(command: string, args: readonly string[]): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`${command} is missing: install Debian's poppler-utils (.ci/run does).`);
    throw error;
  }
}

/** Whitespace aside: the printed page breaks lines where it must. */
const squeezed = (text: string) => text.replace(/\s+/g, '');

describe('report.html printed to PDF', () => {
  const out = mkdtempSync(join(tmpdir(), 'followup-print-'));
  const pdf = join(out, 'report.pdf');
  let text = '';
  let pageSizes: number[][] = [];

  beforeAll(async () => {
    const run = spawnSync(process.execPath, [CLI,
      '--form', 'samples/form.json', '--responses', 'samples/responses.csv', '--paper', 'samples/paper.csv',
      '--roster', 'samples/roster.csv', '--today', '2023-12-21', '--out', out], { cwd: REPO, encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr).toBe('');
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
    const pages = Number(/Pages:\s+(\d+)/.exec(tool('pdfinfo', [pdf]))?.[1]);
    pageSizes = [...tool('pdfinfo', ['-f', '1', '-l', String(pages), pdf]).matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)]
      .map((match) => [Math.round(Number(match[1])), Math.round(Number(match[2]))].sort((a, b) => a - b));
  }, 120_000);

  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('contains every free-text answer of the sample, the Other answers included', () => {
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { questions: Record<string, { texts?: string[] }> };
    const answers = Object.values(summary.questions).flatMap((question) => question.texts ?? []);
    expect(answers.length).toBeGreaterThan(100);
    const printed = squeezed(text);
    expect(answers.filter((answer) => !printed.includes(squeezed(answer)))).toEqual([]);
  });

  it('is printed on A4 pages', () => {
    expect(pageSizes.length).toBeGreaterThan(10);
    for (const size of pageSizes) expect(size).toEqual(A4);
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
