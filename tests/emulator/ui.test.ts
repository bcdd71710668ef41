import { Emulator } from '../../emulator';

function setup() {
  const emulator = new Emulator();
  return { emulator, ui: emulator.globals.SpreadsheetApp.getUi(), spreadsheet: emulator.globals.SpreadsheetApp.getActiveSpreadsheet() };
}

test('alerts return the scripted answer and are recorded', () => {
  const { emulator, ui } = setup();
  emulator.ui.answerNext('YES', 'CLOSE');
  expect(ui.alert('送信', '40件送信しますか？', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
  expect(ui.alert('完了しました')).toBe(ui.Button.CLOSE);
  expect(emulator.ui.events).toEqual([
    { kind: 'alert', title: '送信', prompt: '40件送信しますか？', buttons: 'YES_NO', answer: 'YES' },
    { kind: 'alert', title: '', prompt: '完了しました', buttons: 'OK', answer: 'CLOSE' },
  ]);
  expect(emulator.ui.pendingAnswers).toBe(0);
});

test('an alert nobody answered, or an answer the dialog does not offer, fails the test', () => {
  const { emulator, ui } = setup();
  expect(() => ui.alert('確認')).toThrow('no answer was scripted');
  emulator.ui.answerNext('YES');
  expect(() => ui.alert('確認')).toThrow('offers OK/CLOSE');
});

test('prompts return the scripted text and button', () => {
  const { emulator, ui } = setup();
  emulator.ui.answerNext({ button: 'OK', text: '2023-12-21' });
  const response = ui.prompt('日付', '送信日を入力', ui.ButtonSet.OK_CANCEL);
  expect(response.getResponseText()).toBe('2023-12-21');
  expect(response.getSelectedButton()).toBe(ui.Button.OK);
});

test('menus, toasts, sidebars and dialogs are recorded', () => {
  const { emulator, ui, spreadsheet } = setup();
  ui.createMenu('アンケート集計')
    .addItem('集計を作成', 'generateSummary')
    .addSeparator()
    .addSubMenu(ui.createMenu('郵送回答').addItem('入力', 'openPaperEntry'))
    .addToUi();
  spreadsheet.toast('集計しました', '完了', 3);
  const output = emulator.globals.HtmlService.createHtmlOutput('<p>hi</p>').setTitle('入力').setWidth(600).setHeight(400);
  ui.showSidebar(output);
  ui.showModalDialog(output, 'ダイアログ');
  expect(emulator.ui.menus()).toEqual([{
    kind: 'menu', title: 'アンケート集計', entries: [
      { kind: 'item', label: '集計を作成', functionName: 'generateSummary' },
      { kind: 'separator' },
      { kind: 'submenu', label: '郵送回答', entries: [{ kind: 'item', label: '入力', functionName: 'openPaperEntry' }] },
    ],
  }]);
  expect(emulator.ui.events.slice(1)).toEqual([
    { kind: 'toast', message: '集計しました', title: '完了', timeoutSeconds: 3, visible: true },
    { kind: 'sidebar', title: '入力', html: '<p>hi</p>' },
    { kind: 'modal', title: 'ダイアログ', html: '<p>hi</p>', width: 600, height: 400 },
  ]);
});

test('the add-on menu has no title of its own', () => {
  const { emulator, ui } = setup();
  ui.createAddonMenu().addItem('集計を作成', 'generateSummary').addToUi();
  expect(emulator.ui.menus()[0].title).toBeNull();
});

test('dialogs take only HtmlOutput from HtmlService', () => {
  const { ui } = setup();
  expect(() => ui.showSidebar({ getContent: () => 'x' } as unknown as GoogleAppsScript.HTML.HtmlOutput))
    .toThrow("don't match the method signature for SpreadsheetApp.Ui.showSidebar.");
});
