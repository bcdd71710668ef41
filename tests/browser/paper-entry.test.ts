/**
 * The 郵送回答を入力 sidebar as a clerk uses it, against the real server code
 * in the emulator: the sample survey with its 70 web and 12 paper answers.
 */
import type { Locator, Page } from 'playwright-core';
import type { SummaryJson } from '../../src/summary/json';
import type { Workbook } from './harness';
import { useBrowser, RESPONSE_SHEET, sampleRosterRows, sampleWorkbook, tokyo } from './harness';

const Q = {
  name: '① 氏名',
  occupation: '② 職種',
  region: '③ 勤務先のある圏域',
  year: '④ コーディネーター養成研修の修了年度',
  support: '⑤ コーディネーター養成研修終了後から現在まで医療的ケア児と家族の支援に携わりましたか？',
  activities: '⑤-1) 支援に携わった内容を選択してください（複数回答可）',
  good: '⑤-2) 支援に携わって良かった、やりがいがあったと感じたこと',
  connect: '⑧ コーディネーター研修修了者と、医療的ケア児等支援センターが繋がる方法として希望するものを選択してください（複数回答可）',
} as const;

/** C001 藤田 優子 has not answered, on the web or on paper. */
const NOT_ANSWERED = { id: 'C001', name: '藤田　優子' };
/** C055 answered on the web on 2023/12/01 (coord055@example.jp in responses.csv). */
const WEB_ANSWERED = 'C055';

const session = useBrowser();

async function openEntry(workbook: Workbook): Promise<Page> {
  const dialog = await session.open(workbook, 'openPaperEntry');
  expect(dialog.title).toBe('郵送回答を入力');
  await dialog.page.getByText('本日の入力：').waitFor();
  return dialog.page;
}

const question = (page: Page, title: string): Locator => page.getByRole('group', { name: title });
const rosterIdField = (page: Page) => page.getByLabel('整理番号');
const saveButton = (page: Page) => page.getByRole('button', { name: '保存', exact: true });

function summary(workbook: Workbook): SummaryJson {
  return workbook.bundle.call('generateSummary') as SummaryJson;
}

function paperSaves(): unknown[] {
  return (session.dialog?.calls ?? []).filter((call) => call.name === 'paperSave').map((call) => call.args[0]);
}

test('a clerk types a questionnaire, saves it, gets an empty form, and the summary counts the answer', async () => {
  const workbook = sampleWorkbook({ now: tokyo('2023-12-22'), paper: true });
  const before = summary(workbook);
  const page = await openEntry(workbook);
  await expect(page.getByText('本日の入力：0件').isVisible()).resolves.toBe(true);
  // 整理番号 has the focus when the sidebar opens.
  await expect(rosterIdField(page).evaluate((input) => input === input.ownerDocument.activeElement)).resolves.toBe(true);
  await expect(page.getByLabel('受付日').inputValue()).resolves.toBe('2023-12-22');

  await rosterIdField(page).fill(NOT_ANSWERED.id.toLowerCase());
  await rosterIdField(page).press('Tab');
  await page.getByText(`${NOT_ANSWERED.name} さん`).waitFor();
  await expect(page.getByText('回答済み').count()).resolves.toBe(0);

  await page.getByLabel(Q.name).fill('藤田 優子');
  await question(page, Q.occupation).getByRole('radio', { name: '看護師' }).check();
  await question(page, Q.region).getByRole('radio', { name: '東部圏域' }).check();
  await question(page, Q.year).getByRole('radio', { name: '令和2年度' }).check();
  await question(page, Q.support).getByRole('radio', { name: 'はい' }).check();
  const activities = question(page, Q.activities).getByRole('checkbox');
  await activities.nth(0).check();
  await activities.nth(2).check();
  await page.getByLabel(Q.good).fill('家族から感謝された。\n多職種で連携できた。');
  await question(page, Q.connect).getByRole('checkbox', { name: 'フォローアップ研修' }).check();
  // Typing the Other text ticks Other.
  await question(page, Q.connect).getByRole('textbox').fill('オンライン交流会');
  await expect(question(page, Q.connect).getByRole('checkbox', { name: /その他/ }).isChecked()).resolves.toBe(true);
  await session.dialog?.screenshot('paper-entry-filled');

  await saveButton(page).click();
  await page.getByText(`整理番号 ${NOT_ANSWERED.id} の回答を保存しました。`).waitFor();
  await expect(page.getByText('本日の入力：1件').isVisible()).resolves.toBe(true);
  // Ready for the next questionnaire: everything cleared, 整理番号 focused.
  await expect(rosterIdField(page).inputValue()).resolves.toBe('');
  await expect(rosterIdField(page).evaluate((input) => input === input.ownerDocument.activeElement)).resolves.toBe(true);
  await expect(page.getByText(`${NOT_ANSWERED.name} さん`).count()).resolves.toBe(0);
  await expect(page.getByRole('radio', { checked: true }).count()).resolves.toBe(0);
  await expect(page.getByRole('checkbox', { checked: true }).count()).resolves.toBe(0);
  await expect(page.getByLabel(Q.good).inputValue()).resolves.toBe('');
  await expect(question(page, Q.connect).getByRole('textbox').inputValue()).resolves.toBe('');
  await session.dialog?.screenshot('paper-entry-saved');

  const after = summary(workbook);
  expect(after.respondents).toBe(before.respondents + 1);
  expect(after.respondents).toBe(83);
  expect(after.channels).toEqual({ form: 70, paper: 13 });
  expect(after.questions[Q.occupation].counts['看護師']).toBe(before.questions[Q.occupation].counts['看護師'] + 1);
  expect(after.questions[Q.region].counts['東部圏域']).toBe(before.questions[Q.region].counts['東部圏域'] + 1);
  const activityOptions = Object.keys(after.questions[Q.activities].counts);
  for (const index of [0, 2]) {
    expect(after.questions[Q.activities].counts[activityOptions[index]]).toBe(before.questions[Q.activities].counts[activityOptions[index]] + 1);
  }
  expect(after.questions[Q.activities].counts[activityOptions[1]]).toBe(before.questions[Q.activities].counts[activityOptions[1]]);
  expect(after.questions[Q.connect].other).toBe(before.questions[Q.connect].other + 1);
  expect(after.questions[Q.connect].texts).toContain('オンライン交流会');
  expect(after.questions[Q.good].texts).toContain('家族から感謝された。\n多職種で連携できた。');
});

test('Enter in 整理番号 moves on to the questions, Enter in a one-line field saves, Enter in a paragraph is a line break', async () => {
  const workbook = sampleWorkbook({ now: tokyo('2023-12-22'), paper: true });
  const page = await openEntry(workbook);

  await rosterIdField(page).fill(NOT_ANSWERED.id);
  await rosterIdField(page).press('Enter');
  await page.getByText(`${NOT_ANSWERED.name} さん`).waitFor();
  // The first question is ① 氏名, a one-line text field.
  await expect(page.getByLabel(Q.name).evaluate((input) => input === input.ownerDocument.activeElement)).resolves.toBe(true);
  expect(paperSaves()).toHaveLength(0);

  await page.getByLabel(Q.good).click();
  await page.keyboard.type('一行目');
  await page.keyboard.press('Enter');
  await page.keyboard.type('二行目');
  await expect(page.getByLabel(Q.good).inputValue()).resolves.toBe('一行目\n二行目');
  expect(paperSaves()).toHaveLength(0);

  await page.getByLabel(Q.name).fill('藤田 優子');
  await page.getByLabel(Q.name).press('Enter');
  await page.getByText(`整理番号 ${NOT_ANSWERED.id} の回答を保存しました。`).waitFor();
  await expect(page.getByText('本日の入力：1件').isVisible()).resolves.toBe(true);
  expect(paperSaves()).toHaveLength(1);

  // Ctrl+Enter saves from a paragraph field.
  await rosterIdField(page).fill('C003');
  await rosterIdField(page).press('Enter');
  await page.getByText('福田　理恵 さん').waitFor();
  await page.getByLabel(Q.good).fill('よかった');
  await page.getByLabel(Q.good).press('Control+Enter');
  await page.getByText('整理番号 C003 の回答を保存しました。').waitFor();
  await expect(page.getByText('本日の入力：2件').isVisible()).resolves.toBe(true);
  expect(summary(workbook).respondents).toBe(84);
});

test('a 整理番号 that already answered on the web is warned about, and saving it needs a confirmation', async () => {
  const workbook = sampleWorkbook({ now: tokyo('2023-12-22'), paper: true });
  const page = await openEntry(workbook);

  await rosterIdField(page).fill(WEB_ANSWERED);
  await rosterIdField(page).press('Tab');
  await page.getByText('この方は2023/12/01にWebフォームで回答済みです。').waitFor();
  await question(page, Q.occupation).getByRole('radio', { name: '保健師' }).check();

  await saveButton(page).click();
  const warning = page.getByText(`整理番号 ${WEB_ANSWERED} の方は2023/12/01にWebフォームで回答済みです。2件目の回答として保存しますか？`);
  await warning.waitFor();
  await session.dialog?.screenshot('paper-entry-duplicate');
  await expect(page.getByText('本日の入力：0件').isVisible()).resolves.toBe(true);

  // やめる: nothing saved, everything typed is still there.
  await page.getByRole('button', { name: 'やめる' }).click();
  await expect(warning.count()).resolves.toBe(0);
  await expect(question(page, Q.occupation).getByRole('radio', { name: '保健師' }).isChecked()).resolves.toBe(true);
  expect(summary(workbook).respondents).toBe(82);

  await saveButton(page).click();
  await warning.waitFor();
  await page.getByRole('button', { name: 'それでも保存' }).click();
  await page.getByText(`整理番号 ${WEB_ANSWERED} の回答を保存しました。`).waitFor();
  await expect(page.getByText('本日の入力：1件').isVisible()).resolves.toBe(true);
  expect(paperSaves()).toEqual([
    expect.objectContaining({ mode: 'new', confirmDuplicate: false }),
    expect.objectContaining({ mode: 'new', confirmDuplicate: false }),
    expect.objectContaining({ mode: 'new', confirmDuplicate: true }),
  ]);
  expect(summary(workbook).channels.paper).toBe(13);
});

test('a 整理番号 two roster rows share names both people, no one as this person, and the answer is saved with the note', async () => {
  // C055 (石川 愛, who answered on the web) carries C004 by mistake: C004 is also 佐藤 大輔, who has not.
  const roster = sampleRosterRows().map((row) => (row[0] === WEB_ANSWERED ? ['C004', ...row.slice(1)] : row));
  const workbook = sampleWorkbook({ now: tokyo('2023-12-22'), roster });
  const page = await openEntry(workbook);

  await rosterIdField(page).fill('C004');
  await rosterIdField(page).press('Tab');
  await page.getByText('名簿で整理番号「C004」が重複しています（佐藤 大輔 さん・石川 愛 さん）。', { exact: false }).waitFor();
  await expect(page.getByText('回答済み').count()).resolves.toBe(0);
  await session.dialog?.screenshot('paper-entry-shared-id');

  await saveButton(page).click();
  await page.getByText('整理番号 C004 の回答を保存しました。名簿で整理番号が重複しています（名簿の5・56行目）。', { exact: false }).waitFor();
  // 集計を作成 says, in an alert, that the roster has C004 twice.
  workbook.emulator.ui.answerNext('OK');
  expect(summary(workbook).channels.paper).toBe(1);
});

test('a roster name with markup in it is shown as text and never runs', async () => {
  const hostile = '<script>window.__injected = 1</script><img src=x onerror="window.__injected = 2">山田 花子';
  const roster = [...sampleRosterRows(), ['C900', hostile, 'c900@example.jp', '看護師', '東部圏域', '令和2年度', '']];
  const workbook = sampleWorkbook({ now: tokyo('2023-12-22'), roster });
  const page = await openEntry(workbook);
  let alerted = false;
  page.on('dialog', (shown) => {
    alerted = true;
    void shown.dismiss();
  });

  await rosterIdField(page).fill('C900');
  await rosterIdField(page).press('Tab');
  const shown = page.getByText(`${hostile} さん`, { exact: true });
  await shown.waitFor();
  await expect(shown.isVisible()).resolves.toBe(true);
  await session.dialog?.screenshot('paper-entry-markup-name');

  await expect(page.evaluate(() => (globalThis as unknown as { __injected?: number }).__injected)).resolves.toBeUndefined();
  await expect(page.locator('img').count()).resolves.toBe(0);
  // Only the dialog's own script element.
  await expect(page.locator('script').count()).resolves.toBe(1);
  expect(alerted).toBe(false);
});

test('a saved paper answer is opened, corrected and deleted', async () => {
  const workbook = sampleWorkbook({ now: tokyo('2023-12-22'), paper: true });
  const before = summary(workbook);
  const page = await openEntry(workbook);

  // C023 came in by post on 2023/12/07 as 相談支援専門員 (paper.csv: ② = 1).
  await rosterIdField(page).fill('C023');
  await rosterIdField(page).press('Tab');
  await page.getByText('この方は2023/12/07に郵送回答を入力済みです。').waitFor();
  await page.getByRole('button', { name: '入力済みの回答を呼び出して修正' }).click();

  await page.getByText('修正中', { exact: true }).waitFor();
  await expect(page.getByRole('button', { name: '修正を保存' }).isVisible()).resolves.toBe(true);
  await expect(page.getByLabel('受付日').inputValue()).resolves.toBe('2023-12-07');
  await expect(question(page, Q.occupation).getByRole('radio', { name: '相談支援専門員' }).isChecked()).resolves.toBe(true);
  await expect(page.getByLabel(Q.name).inputValue()).resolves.toBe('佐藤 愛');
  await expect(rosterIdField(page).isEditable()).resolves.toBe(false);
  await session.dialog?.screenshot('paper-entry-correcting');

  await question(page, Q.occupation).getByRole('radio', { name: '看護師' }).check();
  await page.getByRole('button', { name: '修正を保存' }).click();
  await page.getByText('整理番号 C023 の回答を修正しました。').waitFor();
  await expect(page.getByText('修正中', { exact: true }).count()).resolves.toBe(0);
  await expect(saveButton(page).isVisible()).resolves.toBe(true);

  const corrected = summary(workbook);
  expect(corrected.respondents).toBe(82);
  expect(corrected.questions[Q.occupation].counts['看護師']).toBe(before.questions[Q.occupation].counts['看護師'] + 1);
  expect(corrected.questions[Q.occupation].counts['相談支援専門員']).toBe(before.questions[Q.occupation].counts['相談支援専門員'] - 1);

  await rosterIdField(page).fill('C023');
  await rosterIdField(page).press('Tab');
  await page.getByRole('button', { name: '入力済みの回答を呼び出して修正' }).click();
  await page.getByText('修正中', { exact: true }).waitFor();
  await question(page, Q.occupation).getByRole('radio', { name: '看護師', checked: true }).waitFor();
  await page.getByRole('button', { name: '削除', exact: true }).click();
  await page.getByText('整理番号 C023 の郵送回答を削除します。元に戻せません。よろしいですか？').waitFor();
  await page.getByRole('button', { name: '削除する' }).click();
  await page.getByText('整理番号 C023 の回答を削除しました。').waitFor();
  await expect(rosterIdField(page).inputValue()).resolves.toBe('');
  expect(summary(workbook).respondents).toBe(81);
});

test('a single choice can be cleared again, and what the server refuses is shown without losing anything typed', async () => {
  const workbook = sampleWorkbook({ now: tokyo('2023-12-22'), paper: true });
  const page = await openEntry(workbook);
  const occupation = question(page, Q.occupation);

  await occupation.getByRole('radio', { name: '保健師' }).check();
  await occupation.getByRole('radio', { name: '保健師' }).click();
  await expect(occupation.getByRole('radio', { checked: true }).count()).resolves.toBe(0);
  await occupation.getByRole('radio', { name: '看護師' }).check();
  await occupation.getByRole('button', { name: 'クリア' }).click();
  await expect(occupation.getByRole('radio', { checked: true }).count()).resolves.toBe(0);

  // Not on the roster: the server says so at the top, and keeps everything.
  await rosterIdField(page).fill('C999');
  await rosterIdField(page).press('Tab');
  await page.getByText('整理番号「C999」は名簿にありません。番号を確かめてください。').waitFor();
  await occupation.getByRole('radio', { name: '看護師' }).check();
  await page.getByLabel(Q.good).fill('書いた内容');
  await saveButton(page).click();
  await page.getByText('保存していません。赤字の箇所を確かめてください。').waitFor();
  await page.getByText('「整理番号」: 整理番号「C999」は名簿にありません').waitFor();
  await expect(occupation.getByRole('radio', { name: '看護師' }).isChecked()).resolves.toBe(true);
  await expect(page.getByLabel(Q.good).inputValue()).resolves.toBe('書いた内容');
  await expect(rosterIdField(page).inputValue()).resolves.toBe('C999');
  await session.dialog?.screenshot('paper-entry-invalid');
  expect(summary(workbook).respondents).toBe(82);
});

test('the save button is disabled while a save is on its way, so a double click saves once', async () => {
  const workbook = sampleWorkbook({ now: tokyo('2023-12-22'), paper: true });
  const page = await openEntry(workbook);
  await rosterIdField(page).fill(NOT_ANSWERED.id);
  await rosterIdField(page).press('Tab');
  await page.getByText(`${NOT_ANSWERED.name} さん`).waitFor();
  await saveButton(page).dblclick();
  await page.getByText(`整理番号 ${NOT_ANSWERED.id} の回答を保存しました。`).waitFor();
  expect(paperSaves()).toHaveLength(1);
  expect(summary(workbook).channels.paper).toBe(13);
});

test('while someone else is writing, saving says so and keeps everything; saving again later works', async () => {
  const workbook = sampleWorkbook({ now: tokyo('2023-12-22'), paper: true });
  const page = await openEntry(workbook);
  await rosterIdField(page).fill(NOT_ANSWERED.id);
  await rosterIdField(page).press('Tab');
  await page.getByText(`${NOT_ANSWERED.name} さん`).waitFor();
  await question(page, Q.occupation).getByRole('radio', { name: '看護師' }).check();

  workbook.emulator.locks.hold('document');
  await saveButton(page).click();
  await page.getByText('ほかの方が操作中のため、実行できませんでした。', { exact: false }).waitFor();
  await expect(question(page, Q.occupation).getByRole('radio', { name: '看護師' }).isChecked()).resolves.toBe(true);
  await expect(rosterIdField(page).inputValue()).resolves.toBe(NOT_ANSWERED.id);
  await expect(saveButton(page).isEnabled()).resolves.toBe(true);

  workbook.emulator.locks.release('document');
  await saveButton(page).click();
  await page.getByText(`整理番号 ${NOT_ANSWERED.id} の回答を保存しました。`).waitFor();
  expect(summary(workbook).channels.paper).toBe(13);
});

test('a server error is shown as its text, and the clerk can try again', async () => {
  const workbook = sampleWorkbook({ now: tokyo('2023-12-22'), paper: true });
  const page = await openEntry(workbook);
  await rosterIdField(page).fill(NOT_ANSWERED.id);
  await rosterIdField(page).press('Tab');
  await page.getByText(`${NOT_ANSWERED.name} さん`).waitFor();
  await question(page, Q.occupation).getByRole('radio', { name: '看護師' }).check();

  // Someone deletes the form's response sheet while the sidebar is open.
  const book = workbook.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const spreadsheet = book.getActiveSpreadsheet();
  const responses = spreadsheet.getSheetByName(RESPONSE_SHEET);
  if (!responses) throw new Error('the response sheet is missing');
  spreadsheet.deleteSheet(responses);

  await saveButton(page).click();
  await page.getByText(/^エラーが発生しました：/).waitFor();
  await session.dialog?.screenshot('paper-entry-error');
  await expect(question(page, Q.occupation).getByRole('radio', { name: '看護師' }).isChecked()).resolves.toBe(true);
  await expect(saveButton(page).isEnabled()).resolves.toBe(true);
  const failed = session.dialog?.calls.find((call) => call.name === 'paperSave')?.outcome;
  expect(failed).toMatchObject({ ok: false });
  await expect(page.getByText((failed as { message: string }).message, { exact: false }).isVisible()).resolves.toBe(true);
});
