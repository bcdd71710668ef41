/**
 * The 郵送回答を一括取り込み and 名簿を取り込み dialogs: a clerk picks a CSV
 * file (or a sheet), imports it, and reads what happened.
 */
import iconv from 'iconv-lite';
import type { Page } from 'playwright-core';
import type { SummaryJson } from '../../src/summary/json';
import { sampleCsv, sampleText } from '../unit/helpers/sample-survey';
import type { Workbook } from './harness';
import { useBrowser, ROSTER_SHEET, sampleWorkbook, tokyo } from './harness';

const session = useBrowser();

async function open(workbook: Workbook, opener: string, title: string): Promise<Page> {
  const dialog = await session.open(workbook, opener);
  expect(dialog.title).toBe(title);
  return dialog.page;
}

function csvFile(name: string, bytes: Buffer) {
  return { name, mimeType: 'text/csv', buffer: bytes };
}

const sheetValues = (workbook: Workbook, name: string) => workbook.emulator.view().sheets.find((sheet) => sheet.name === name)?.values;

describe('郵送回答を一括取り込み', () => {
  test('samples/paper.csv imports 12 answers; importing it again holds all 12 as already entered, and a third time adds nothing', async () => {
    const workbook = sampleWorkbook({ now: tokyo('2023-12-21') });
    const page = await open(workbook, 'openPaperImport', '郵送回答を一括取り込み');
    await page.getByText('CSVファイルの形式').waitFor();
    const importFile = page.getByRole('button', { name: '取り込む' }).first();
    await expect(importFile.isDisabled()).resolves.toBe(true);

    await page.getByLabel('CSVファイルから').setInputFiles(csvFile('paper.csv', Buffer.from(sampleText('paper.csv'), 'utf8')));
    await importFile.click();
    await page.getByText('「paper.csv」：12件を取り込みました。').waitFor();
    await expect(page.getByText('取り込み：12件').isVisible()).resolves.toBe(true);
    await expect(page.getByText('要確認：0件').isVisible()).resolves.toBe(true);
    await session.dialog?.screenshot('paper-import-done', true);
    expect((workbook.bundle.call('generateSummary') as SummaryJson).channels).toEqual({ form: 70, paper: 12 });

    await importFile.click();
    await page.getByText(/「paper\.csv」：0件を取り込みました。12件は「要確認」シートに移しました。/).waitFor();
    await expect(page.getByText('取り込み：0件').isVisible()).resolves.toBe(true);
    await expect(page.getByText('要確認：12件').isVisible()).resolves.toBe(true);
    await expect(page.getByText('要確認の理由（12件）').isVisible()).resolves.toBe(true);
    const reasons = await page.getByRole('listitem').allTextContents();
    expect(reasons.filter((reason) => reason.includes('郵送回答に入力済みです'))).toHaveLength(12);
    await session.dialog?.screenshot('paper-import-held', true);
    // The held rows can be corrected on 要確認 and imported from there: the sheet list offers it now (and never the roster).
    const sheets = page.getByLabel('シートから');
    await sheets.locator('option', { hasText: '要確認' }).waitFor({ state: 'attached' });
    await expect(sheets.locator('option').allTextContents()).resolves.toEqual(['シートを選んでください', '要確認']);
    expect((workbook.bundle.call('generateSummary') as SummaryJson).channels).toEqual({ form: 70, paper: 12 });

    // A third time: 要確認 already holds those rows, and keeps them once.
    await importFile.click();
    await page.getByText('「paper.csv」：0件を取り込みました。12 件は既に要確認にあります（同じ内容の行は重ねて追加していません）。').waitFor();
    await expect(page.getByText('要確認：0件').isVisible()).resolves.toBe(true);
    await expect(page.getByText('既に要確認：12件').isVisible()).resolves.toBe(true);
    expect(sheetValues(workbook, '要確認')).toHaveLength(13);
  });

  test('a Shift_JIS file imports as well as a UTF-8 one', async () => {
    const workbook = sampleWorkbook({ now: tokyo('2023-12-21') });
    const page = await open(workbook, 'openPaperImport', '郵送回答を一括取り込み');
    await page.getByLabel('CSVファイルから').setInputFiles(csvFile('郵送分.csv', iconv.encode(sampleText('paper.csv'), 'Shift_JIS')));
    await page.getByRole('button', { name: '取り込む' }).first().click();
    await page.getByText('「郵送分.csv」：12件を取り込みました。').waitFor();
  });

  test('answers pasted into a sheet are imported from the sheet list', async () => {
    const workbook = sampleWorkbook({ now: tokyo('2023-12-21') });
    workbook.emulator.addSheet('郵送分', sampleCsv('paper.csv'));
    const page = await open(workbook, 'openPaperImport', '郵送回答を一括取り込み');
    const sheets = page.getByLabel('シートから');
    await sheets.locator('option', { hasText: '郵送分' }).waitFor({ state: 'attached' });
    await sheets.selectOption('郵送分');
    await page.getByRole('button', { name: '取り込む' }).nth(1).click();
    await page.getByText('12件を取り込みました。').waitFor();
    await expect(page.getByText('取り込み：12件').isVisible()).resolves.toBe(true);
    expect((workbook.bundle.call('generateSummary') as SummaryJson).respondents).toBe(82);
  });

  test('a file whose columns fit no question stops the import and says which column', async () => {
    const workbook = sampleWorkbook({ now: tokyo('2023-12-21') });
    const page = await open(workbook, 'openPaperImport', '郵送回答を一括取り込み');
    await page.getByLabel('CSVファイルから').setInputFiles(csvFile('wrong.csv', Buffer.from('整理番号,好きな色\nC001,青\n', 'utf8')));
    await page.getByRole('button', { name: '取り込む' }).first().click();
    await page.getByText('2列目「好きな色」はフォームのどの質問にも当たりません。', { exact: false }).waitFor();
    await expect(page.getByText('取り込みを中止しました（何も書き込んでいません）。', { exact: false }).isVisible()).resolves.toBe(true);
  });

  test('閉じる closes the dialog', async () => {
    const workbook = sampleWorkbook({ now: tokyo('2023-12-21') });
    const page = await open(workbook, 'openPaperImport', '郵送回答を一括取り込み');
    await page.getByRole('button', { name: '閉じる' }).click();
    await expect(session.dialog?.closed()).resolves.toBe(true);
  });
});

describe('名簿を取り込み', () => {
  const rosterBytes = () => Buffer.from(sampleText('roster.csv'), 'utf8');

  test('a roster CSV becomes the 名簿 sheet; importing again asks before replacing it', async () => {
    const workbook = sampleWorkbook({ now: tokyo('2023-12-21'), roster: null });
    const page = await open(workbook, 'openRosterImport', '名簿を取り込み');
    await page.getByLabel('CSVファイルを選ぶ').setInputFiles(csvFile('roster.csv', rosterBytes()));
    await page.getByRole('button', { name: '取り込む' }).click();
    await page.getByText('「roster.csv」から名簿を取り込みました（126名）。').waitFor();
    await expect(page.getByText('名簿の人数：126名').isVisible()).resolves.toBe(true);
    await session.dialog?.screenshot('roster-import-done', true);
    expect(sheetValues(workbook, ROSTER_SHEET)?.[1].slice(0, 2)).toEqual(['C001', '藤田　優子']);

    await page.getByRole('button', { name: '取り込む' }).click();
    const question = page.getByText('「名簿」シートにはすでに127行あります。取り込んだ名簿で置き換えますか？', { exact: false });
    await question.waitFor();
    await session.dialog?.screenshot('roster-import-confirm', true);
    await page.getByRole('button', { name: 'やめる' }).click();
    await page.getByText('取り込みをやめました。名簿は変わっていません。').waitFor();

    const shorter = sampleText('roster.csv').split('\n').slice(0, 11).join('\n');
    await page.getByLabel('CSVファイルを選ぶ').setInputFiles(csvFile('roster-10.csv', Buffer.from(shorter, 'utf8')));
    await page.getByRole('button', { name: '取り込む' }).click();
    await question.waitFor();
    await page.getByRole('button', { name: '置き換える' }).click();
    await page.getByText('「roster-10.csv」から名簿を取り込みました（10名）。').waitFor();
    expect(sheetValues(workbook, ROSTER_SHEET)?.filter((row) => row[0] !== '')).toHaveLength(11);
  });

  test('a file without the 整理番号 and 氏名 columns is refused', async () => {
    const workbook = sampleWorkbook({ now: tokyo('2023-12-21'), roster: null });
    const page = await open(workbook, 'openRosterImport', '名簿を取り込み');
    await page.getByLabel('CSVファイルを選ぶ').setInputFiles(csvFile('list.csv', Buffer.from('番号,なまえ\n1,山田\n', 'utf8')));
    await page.getByRole('button', { name: '取り込む' }).click();
    await page.getByText('名簿を取り込めませんでした（何も書き込んでいません）。').waitFor();
    await expect(page.getByText('名簿シートに 「氏名」 の列が見つかりません。').isVisible()).resolves.toBe(true);
    expect(sheetValues(workbook, ROSTER_SHEET)).toBeUndefined();
  });
});
