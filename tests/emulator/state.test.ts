import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Emulator, type EmulatorState, type FormResource } from '../../emulator';

const FORM = JSON.parse(readFileSync(join(__dirname, '../../samples/form.json'), 'utf8')) as FormResource;

function populated(): Emulator {
  const emulator = new Emulator({ form: FORM, now: new Date('2023-12-21T00:00:00Z'), mailQuota: 10 });
  emulator.addSheet('フォームの回答 1', [['タイムスタンプ', 'メールアドレス'], [new Date('2023-12-01T00:14:29Z'), 'a@example.jp']]);
  emulator.linkForm('フォームの回答 1');
  emulator.submitResponse({ email: 'b@example.jp', answers: { '③ 勤務先のある圏域': '中部圏域' } });
  const { SpreadsheetApp, PropertiesService, ScriptApp, MailApp, Charts } = emulator.globals;
  const sheet = SpreadsheetApp.getActiveSpreadsheet().insertSheet('集計');
  sheet.getRange('A1:B3').setValues([['圏域', '割合'], ['東部', 0.72], ['中部', '=B2']]);
  sheet.getRange('B2:B3').setNumberFormat('0%');
  sheet.getRange('A1:B1').setFontWeight('bold');
  sheet.setFrozenRows(1);
  sheet.setColumnWidth(1, 180);
  sheet.hideRows(3);
  sheet.addDeveloperMetadata('survey:summary', 'v1');
  sheet.insertChart(sheet.newChart().setChartType(Charts.ChartType.PIE).addRange(sheet.getRange('A1:B3')).setPosition(1, 4, 0, 0).setOption('title', '圏域').build());
  PropertiesService.getDocumentProperties().setProperty('deadline', '2023-12-28');
  ScriptApp.newTrigger('sendReminders').timeBased().everyDays(1).atHour(9).create();
  MailApp.sendEmail({ to: 'c@example.jp', subject: 'お願い', body: '本文' });
  return emulator;
}

test('save() is JSON, and restore() continues the same run', () => {
  const original = populated();
  const saved = JSON.parse(JSON.stringify(original.save())) as EmulatorState;
  const restored = Emulator.restore(saved);
  expect(restored.view()).toEqual(original.view());
  expect(restored.now().toISOString()).toBe('2023-12-21T00:00:00.000Z');
  expect(restored.triggers).toEqual(original.triggers);
  expect(restored.properties()).toEqual(original.properties());
  expect(restored.formResponses()).toEqual(original.formResponses());
  const { MailApp, SpreadsheetApp, FormApp } = restored.globals;
  expect(MailApp.getRemainingDailyQuota()).toBe(9);
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('集計');
  expect(sheet?.getDeveloperMetadata()[0].getValue()).toBe('v1');
  expect(sheet?.getRange('B2').getDisplayValue()).toBe('72%');
  expect(sheet?.getRange('B3').getFormula()).toBe('=B2');
  expect(FormApp.openByUrl(SpreadsheetApp.getActiveSpreadsheet().getFormUrl() as string).getResponses()).toHaveLength(1);
  expect(restored.outbox[0].sentAt).toBeInstanceOf(Date);
});

test('options given to restore() override the saved ones', () => {
  const restored = Emulator.restore(populated().save(), { now: new Date('2023-12-22T00:00:00Z'), formUnavailable: true });
  expect(restored.globals.MailApp.getRemainingDailyQuota()).toBe(10);
  expect(() => restored.globals.FormApp.openById('sample-coordinator-survey-2023')).toThrow('No item with the given ID could be found.');
});

test('the restored emulator shares nothing with the saved state', () => {
  const state = populated().save();
  const before = JSON.stringify(state);
  const restored = Emulator.restore(state);
  restored.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('集計')?.getRange('A1').setValue('変更');
  expect(JSON.stringify(state)).toBe(before);
});
