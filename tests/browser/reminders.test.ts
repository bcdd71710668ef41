/**
 * The リマインドメール dialog on the sample survey's first reminder day
 * (2023-12-21, 7 days before the 12-28 deadline): 44 people never answered,
 * 40 of them have an address and 4 are reminded by post.
 */
import type { Page } from 'playwright-core';
import type { Workbook } from './harness';
import { CLERK, useBrowser, sampleWorkbook, tokyo } from './harness';

const session = useBrowser();

async function openReminders(workbook: Workbook): Promise<Page> {
  const dialog = await session.open(workbook, 'openReminders');
  expect(dialog.title).toBe('リマインドメール');
  await dialog.page.getByRole('heading', { name: '自動送信' }).waitFor();
  return dialog.page;
}

const reminderDay = () => sampleWorkbook({ now: tokyo('2023-12-21', 9), paper: true });

test('the preview lists the 40 people due and the first mail as it will read; sending after confirming mails all 40 once', async () => {
  const workbook = reminderDay();
  const page = await openReminders(workbook);

  await page.getByText('2023/12/21（締切7日前） の回を送ります。次は 2023/12/26（締切2日前） です。').waitFor();
  const stat = (label: string) => page.locator('.stat', { has: page.getByText(label, { exact: true }) }).locator('.stat-value');
  await expect(stat('送信予定').textContent()).resolves.toBe('40名');
  await expect(stat('回答済み').textContent()).resolves.toBe('82名');
  await expect(stat('名簿').textContent()).resolves.toBe('126名');
  await expect(stat('今日の送信可能数').textContent()).resolves.toBe('100通');

  await page.getByRole('heading', { name: '送信先（40名）' }).waitFor();
  const recipients = page.locator('table', { has: page.getByRole('columnheader', { name: 'メールアドレス' }) }).locator('tbody tr');
  await expect(recipients.count()).resolves.toBe(40);
  await expect(recipients.first().locator('td').allTextContents()).resolves.toEqual(['C001', '藤田 優子', 'coord001@example.jp']);

  await page.getByRole('heading', { name: '1通目のメール（このとおりに送ります）' }).waitFor();
  await expect(page.locator('.mail-subject').textContent())
    .resolves.toBe('【ご回答のお願い】12月28日（木）までにアンケートへのご回答をお願いします');
  const body = await page.locator('.mail-body').textContent();
  expect(body).toMatch(/^藤田 優子 様\n\n/);
  expect(body).toContain('（整理番号：C001）');
  await page.getByRole('heading', { name: '郵送リマインドの対象（4名）' }).waitFor();
  await session.dialog?.screenshot('reminders-preview');
  await session.dialog?.screenshot('reminders-preview-full', true);

  // A first click only asks; nothing is sent before the confirmation.
  await page.getByRole('button', { name: '40名に送信する' }).click();
  await page.getByText('本当に送信しますか？').waitFor();
  await expect(page.getByText('40名にリマインドメールを送信します。', { exact: false }).isVisible()).resolves.toBe(true);
  await session.dialog?.screenshot('reminders-confirm');
  expect(workbook.emulator.outbox).toHaveLength(0);
  await page.getByRole('button', { name: 'やめる' }).click();
  await page.getByRole('button', { name: '40名に送信する' }).waitFor();
  expect(workbook.emulator.outbox).toHaveLength(0);

  await page.getByRole('button', { name: '40名に送信する' }).click();
  await page.getByRole('button', { name: '送信する', exact: true }).click();
  await page.getByText('40名に送信しました。', { exact: false }).waitFor();
  expect(workbook.emulator.outbox).toHaveLength(40);
  expect(new Set(workbook.emulator.outbox.map((mail) => mail.to)).size).toBe(40);
  expect(workbook.emulator.outbox[0]).toMatchObject({ to: 'coord001@example.jp', body: expect.stringContaining('藤田 優子 様') });
  const send = session.dialog?.calls.filter((call) => call.name === 'reminderSend') ?? [];
  expect(send).toHaveLength(1);
  expect(send[0].args[0]).toMatchObject({ round: '2023/12/21（締切7日前）' });
  expect((send[0].args[0] as { recipients: string[] }).recipients).toHaveLength(40);

  // The preview is refreshed: nobody is due any more.
  await expect(stat('送信予定').textContent()).resolves.toBe('0名');
  await expect(stat('この回の送信済み').textContent()).resolves.toBe('40名');
  await page.getByText('いま送信する方はいません。').waitFor();
  await expect(page.getByRole('button', { name: /送信する/ }).count()).resolves.toBe(0);
  await session.dialog?.screenshot('reminders-sent');
});

test('opened again after sending, the dialog shows no one due and sends nothing', async () => {
  const workbook = reminderDay();
  const first = workbook.bundle.call('reminderDialog') as { preview: { round: string; recipients: Array<{ id: string }> } };
  workbook.bundle.call('reminderSend', { round: first.preview.round, recipients: first.preview.recipients.map((person) => person.id) });
  expect(workbook.emulator.outbox).toHaveLength(40);

  const page = await openReminders(workbook);
  await page.getByText('いま送信する方はいません。').waitFor();
  await expect(page.locator('.stat', { hasText: '送信予定' }).locator('.stat-value').textContent()).resolves.toBe('0名');
  await expect(page.getByRole('button', { name: /送信する/ }).count()).resolves.toBe(0);
  await expect(page.getByRole('heading', { name: /送信先/ }).count()).resolves.toBe(0);
  expect(workbook.emulator.outbox).toHaveLength(40);
});

test('the daily automatic sending is switched on and off from the dialog', async () => {
  const workbook = reminderDay();
  const page = await openReminders(workbook);
  await page.getByText('毎日の自動送信：オフ').waitFor();
  expect(workbook.emulator.triggers).toHaveLength(0);

  await page.getByRole('button', { name: '自動送信をオンにする' }).click();
  await page.getByText('毎日の自動送信：オン').waitFor();
  expect(workbook.emulator.triggers.filter((trigger) => trigger.eventType === 'CLOCK')).toHaveLength(1);
  // The server's own words about the switch are shown beside it.
  const switched = session.dialog?.calls.find((call) => call.name === 'reminderAutomatic')?.outcome;
  expect(switched).toMatchObject({ ok: true, value: { automatic: { on: true, mine: true } } });
  const message = (switched as { value: { message: string } }).value.message;
  expect(message).not.toBe('');
  await expect(page.getByText(message).isVisible()).resolves.toBe(true);
  await session.dialog?.screenshot('reminders-automatic-on');

  await page.getByRole('button', { name: '自動送信をオフにする' }).click();
  await page.getByText('毎日の自動送信：オフ').waitFor();
  expect(workbook.emulator.triggers).toHaveLength(0);
  expect(workbook.emulator.outbox).toHaveLength(0);
});

test('another person\'s automatic sending shows who set it and since when, and only they can switch it off', async () => {
  const workbook = reminderDay();
  workbook.emulator.actAs('chief@example.jp');
  workbook.bundle.run('reminderAutomatic', true);
  workbook.emulator.actAs(CLERK);
  const page = await openReminders(workbook);
  await page.getByText('毎日の自動送信：オン').waitFor();
  await expect(page.locator('#automatic-by').textContent()).resolves.toBe('設定した方：chief@example.jp（2023/12/21から）');
  await expect(page.getByRole('button', { name: '自動送信をオフにする' }).isDisabled()).resolves.toBe(true);
  await page.getByText('オフにできるのはその方だけです', { exact: false }).waitFor();
  await page.locator('#automatic-by').scrollIntoViewIfNeeded();
  await session.dialog?.screenshot('reminders-automatic-others');
  expect(workbook.emulator.triggers.map((trigger) => trigger.owner)).toEqual(['chief@example.jp']);
});

test('without a roster the dialog only says what is missing', async () => {
  const workbook = sampleWorkbook({ now: tokyo('2023-12-21', 9), roster: null });
  const dialog = await session.open(workbook, 'openReminders');
  const page = dialog.page;
  await page.getByText('「名簿」シートがありません。', { exact: false }).waitFor();
  await expect(page.getByRole('button', { name: /送信する/ }).count()).resolves.toBe(0);
  await expect(page.locator('.stats').count()).resolves.toBe(0);
  await dialog.screenshot('reminders-stopped');
});
