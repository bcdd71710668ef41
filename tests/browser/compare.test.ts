/**
 * The 集計データを書き出す and 前回の結果を取り込む dialogs: the first round's
 * figures saved from the browser, and taken into the second round's
 * spreadsheet (samples/round2/).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readResponses } from '../../cli/inputs';
import type { FormResource } from '../../emulator';
import { Emulator, loadBundle } from '../../emulator';
import type { SummaryExport } from '../../src/actions/api';
import type { SummaryResult } from '../../src/actions/summary';
import type { Workbook } from './harness';
import { base64, ensureBuilt, RESPONSE_SHEET, sampleWorkbook, tokyo, useBrowser } from './harness';

const session = useBrowser();
const ROOT = join(__dirname, '..', '..');
const ROUND2 = join(ROOT, 'samples', 'round2');
const round2Text = (name: string) => readFileSync(join(ROUND2, name), 'utf8');

/** The second round's spreadsheet on its first reminder day, its roster and mailed answers imported. */
function round2Workbook(): Workbook {
  ensureBuilt();
  const form = JSON.parse(round2Text('form.json')) as FormResource;
  const emulator = new Emulator({ form, timeZone: 'Asia/Tokyo', now: tokyo('2026-11-23'), htmlDir: join(ROOT, 'dist') });
  emulator.addSheet(RESPONSE_SHEET, readResponses(join(ROUND2, 'responses.csv'), 'Asia/Tokyo'));
  emulator.linkForm(RESPONSE_SHEET);
  const bundle = loadBundle(emulator, join(ROOT, 'dist', 'Code.js'));
  bundle.run('rosterImportFile', base64(round2Text('roster.csv')), 'roster.csv', false);
  bundle.run('paperImportFile', base64(round2Text('paper.csv')), 'paper.csv');
  return { emulator, bundle };
}

/** Round 1's 集計データ, as the export dialog's server function gives it. */
function round1File(): SummaryExport {
  return sampleWorkbook({ now: tokyo('2023-12-21'), paper: true }).bundle.run('summaryExport') as SummaryExport;
}

const jsonFile = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });

describe('集計データを書き出す', () => {
  test("offers the round's figures as a file the browser saves, named after the form and the day", async () => {
    const workbook = sampleWorkbook({ now: tokyo('2023-12-21'), paper: true });
    const dialog = await session.open(workbook, 'openSummaryExport');
    expect(dialog.title).toBe('集計データを書き出す');
    const { page } = dialog;
    await page.getByText('「医療的ケア児等コーディネーター養成研修修了者の現状調査」の回答者 82 人・13 問の集計データです（いまの回答から集計しました）。').waitFor();
    await page.getByText('ファイル名：集計データ_医療的ケア児等コーディネーター養成研修修了者の現状調査_2023-12-21.json').waitFor();
    await dialog.screenshot('summary-export-ready', true);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'ファイルを保存' }).click()]);
    expect(download.suggestedFilename()).toBe('集計データ_医療的ケア児等コーディネーター養成研修修了者の現状調査_2023-12-21.json');
    const saved = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(saved).toMatchObject({ format: 1, respondents: 82, roster: { size: 126, responded: 82 }, firstAnswer: '2023-12-01', lastAnswer: '2023-12-20' });
    await page.getByText('保存しました。ブラウザの「ダウンロード」フォルダを確かめてください。', { exact: false }).waitFor();
    await dialog.screenshot('summary-export-saved', true);
    expect(dialog.calls.map((call) => call.name)).toEqual(['summaryExport']);
  });
});

describe('前回の結果を取り込む', () => {
  test('takes round 1’s file into round 2, lists what only one round has, and 集計を作成 then compares', async () => {
    const file = round1File();
    const workbook = round2Workbook();
    const dialog = await session.open(workbook, 'openPreviousImport');
    expect(dialog.title).toBe('前回の結果を取り込む');
    const { page } = dialog;
    await page.getByText('まだ前回の結果は取り込まれていません。').waitFor();
    const importButton = page.getByRole('button', { name: '取り込む' });
    await expect(importButton.isDisabled()).resolves.toBe(true);
    await dialog.screenshot('previous-import-empty', true);

    await page.getByLabel('集計データのファイルを選ぶ').setInputFiles(jsonFile(file.fileName, file.json));
    await importButton.click();
    await page.getByText(`「${file.fileName}」（医療的ケア児等コーディネーター養成研修修了者の現状調査）を前回の結果として取り込みました。`, { exact: false }).waitFor();
    await expect(page.getByText('前回と対応する設問：12 問').isVisible()).resolves.toBe(true);
    await expect(page.getByText('今回のみの設問（1件）').isVisible()).resolves.toBe(true);
    await expect(page.getByText('前回のみの設問（1件）').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('listitem').allTextContents()).resolves.toEqual(expect.arrayContaining([
      'Q8. 医療的ケア児等支援センターの相談窓口を利用したことがありますか', '④ コーディネーター養成研修の修了年度',
    ]));
    await page.getByText('取り込み済みの前回の結果：「医療的ケア児等コーディネーター養成研修修了者の現状調査」（2023/12/01〜2023/12/20、回答者 82 人）').waitFor();
    await dialog.screenshot('previous-import-done', true);

    const summary = workbook.bundle.call('generateSummary') as SummaryResult;
    expect(summary.comparison?.previous.respondents).toBe(82);
    expect(dialog.calls.map((call) => call.name)).toEqual(['previousStatus', 'previousImportFile', 'previousStatus']);
  });

  test('refuses a file of another kind before anything changes, and says why in Japanese', async () => {
    const workbook = round2Workbook();
    const dialog = await session.open(workbook, 'openPreviousImport');
    const { page } = dialog;
    await page.getByText('まだ前回の結果は取り込まれていません。').waitFor();
    await page.getByLabel('集計データのファイルを選ぶ').setInputFiles(jsonFile('名簿.json', round2Text('roster.csv')));
    await page.getByRole('button', { name: '取り込む' }).click();
    await page.getByText('取り込みを中止しました（前回の結果は変わっていません）。').waitFor();
    await expect(page.getByText('JSON ファイルとして読めません。', { exact: false }).isVisible()).resolves.toBe(true);
    await dialog.screenshot('previous-import-refused', true);
    expect(workbook.emulator.view().sheets.some((sheet) => sheet.name === '前回の集計データ')).toBe(false);
  });

  test('refuses a file over 5 MB in the dialog, without sending it', async () => {
    const workbook = round2Workbook();
    const dialog = await session.open(workbook, 'openPreviousImport');
    const { page } = dialog;
    await page.getByText('まだ前回の結果は取り込まれていません。').waitFor();
    await page.getByLabel('集計データのファイルを選ぶ').setInputFiles(jsonFile('big.json', `"${'x'.repeat(6 * 1024 * 1024)}"`));
    await page.getByRole('button', { name: '取り込む' }).click();
    await page.getByText('ファイルが大きすぎます（7MB）。集計データのファイルを選んでいるか確かめてください。').waitFor();
    expect(dialog.calls.map((call) => call.name)).toEqual(['previousStatus']);
  });
});
