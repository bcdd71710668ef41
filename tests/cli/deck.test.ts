/**
 * out/report.pptx as someone without PowerPoint opens it: LibreOffice
 * Impress converts it to PDF, one page per slide, and the pages carry the
 * figures. Needs LibreOffice (soffice) and poppler's pdftotext and pdfinfo;
 * without them the test fails — .ci/run installs them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const REPO = join(__dirname, '../..');

function run(command: string, args: readonly string[], timeout: number) {
  const result = spawnSync(command, args, { cwd: REPO, encoding: 'utf8', timeout });
  if (result.error) throw new Error(`${command} could not run: ${result.error.message}`);
  return result;
}

describe('report.pptx in LibreOffice Impress', () => {
  const out = mkdtempSync(join(tmpdir(), 'followup-deck-'));
  const cli = run(process.execPath, [
    join(REPO, 'build/cli.mjs'), '--form', 'samples/form.json', '--responses', 'samples/responses.csv', '--paper', 'samples/paper.csv',
    '--roster', 'samples/roster.csv', '--today', '2023-12-21', '--out', out,
  ], 120_000);
  const slides = Number(/report\.pptx（スライド (\d+) 枚）/.exec(cli.stdout)?.[1]);
  // A profile of its own: a LibreOffice already running elsewhere cannot get in the way.
  const profile = `file://${mkdtempSync(join(tmpdir(), 'followup-lo-'))}`;
  const convert = () => run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, join(out, 'report.pptx')], 180_000);
  const pdf = join(out, 'report.pdf');
  const text = (first?: number, last?: number) => run('pdftotext', [...(first ? ['-f', String(first), '-l', String(last ?? first)] : []), '-layout', pdf, '-'], 60_000).stdout;

  beforeAll(() => {
    expect(cli.status).toBe(0);
    expect(convert().status).toBe(0);
  }, 200_000);

  it('converts to one PDF page per slide of the deck', () => {
    expect(existsSync(pdf)).toBe(true);
    expect(slides).toBeGreaterThan(50);
    const info = run('pdfinfo', [pdf], 60_000).stdout;
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(slides);
  });

  it('prints the response rate on the fourth page: 126 sent, 82 answered, 65.1% (82 ÷ 126)', () => {
    const page = text(4).replace(/\s+/g, ' ');
    for (const figure of ['送付数', '126', '回答数', '82', '65.1%', '82 ÷ 126', '85.4%', '14.6%']) expect(page).toContain(figure);
  });

  it('prints the regions\' support rates, every occupation\'s count and the organiser', () => {
    const all = text();
    for (const figure of ['72.2%', '57.9%', '77.8%', '相談支援専門員', '鳥取県医療的ケア児等支援センター', '結果のまとめ', '今後の方向性']) expect(all).toContain(figure);
  });
});
