import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Emulator, loadBundle, type SavedState } from '../../emulator';

const SCRIPT = `
function onOpen(e) {
  SpreadsheetApp.getUi().createAddonMenu().addItem('集計', 'who').addToUi();
  Logger.log('open:' + Session.getActiveUser().getEmail() + '|' + Session.getEffectiveUser().getEmail());
}
function who() { return [Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail()]; }
function install() { ScriptApp.newTrigger('nightly').timeBased().everyDays(1).atHour(3).create(); }
function mine() { return ScriptApp.getProjectTriggers().map(function (t) { return t.getHandlerFunction(); }); }
function nightly() {
  Logger.log('nightly:' + Session.getActiveUser().getEmail() + '|' + Session.getEffectiveUser().getEmail());
  MailApp.sendEmail('coord@example.jp', '督促', '本文');
}
`;

function setup() {
  const path = join(mkdtempSync(join(tmpdir(), 'users-')), 'Code.js');
  writeFileSync(path, SCRIPT);
  const emulator = new Emulator({ now: new Date('2023-12-21T00:00:00Z'), user: 'owner@example.jp' });
  return { emulator, bundle: loadBundle(emulator, path) };
}

describe('Session', () => {
  test('follows the acting user; a withheld address is blank for the active user only', () => {
    const { emulator, bundle } = setup();
    expect(bundle.call('who')).toEqual(['owner@example.jp', 'owner@example.jp']);
    emulator.actAs('clerk@other.example', { emailHidden: true });
    expect(bundle.call('who')).toEqual(['', 'clerk@other.example']);
    expect(emulator.globals.Session.getEffectiveUser().getEmail()).toBe('clerk@other.example');
    emulator.actAs('staff2@example.jp');
    expect(bundle.call('who')).toEqual(['staff2@example.jp', 'staff2@example.jp']);
    expect(emulator.currentUser()).toEqual({ email: 'staff2@example.jp', emailHidden: false });
    expect(() => emulator.actAs('nobody')).toThrow('Not an e-mail address: nobody');
  });

  test('a simple trigger gets no address, neither active nor effective', () => {
    const { emulator, bundle } = setup();
    bundle.open();
    expect(emulator.logs.map((entry) => entry.message)).toEqual(['open:|']);
  });
});

describe('triggers belong to their creator', () => {
  test('each user sees, lists and deletes only their own triggers', () => {
    const { emulator, bundle } = setup();
    bundle.call('install');
    emulator.actAs('clerk@example.jp');
    expect(bundle.call('mine')).toEqual([]);
    const { ScriptApp, SpreadsheetApp } = emulator.globals;
    ScriptApp.newTrigger('sheetEdited').forSpreadsheet(SpreadsheetApp.getActiveSpreadsheet()).onEdit().create();
    ScriptApp.newTrigger('clerkDaily').timeBased().everyDays(1).create();
    expect(ScriptApp.getUserTriggers(SpreadsheetApp.getActiveSpreadsheet()).map((trigger) => trigger.getHandlerFunction()))
      .toEqual(['sheetEdited', 'clerkDaily']);
    expect(emulator.triggers.map((trigger) => [trigger.handler, trigger.owner, trigger.containerId])).toEqual([
      ['nightly', 'owner@example.jp', 'emulated-spreadsheet'],
      ['sheetEdited', 'clerk@example.jp', 'emulated-spreadsheet'],
      ['clerkDaily', 'clerk@example.jp', 'emulated-spreadsheet'],
    ]);
    emulator.actAs('owner@example.jp');
    const [ownersTrigger] = ScriptApp.getProjectTriggers();
    expect(ownersTrigger.getHandlerFunction()).toBe('nightly');
    emulator.actAs('clerk@example.jp');
    expect(() => ScriptApp.deleteTrigger(ownersTrigger)).toThrow(`Trigger ${ownersTrigger.getUniqueId()} belongs to another user and cannot be deleted by clerk@example.jp.`);
    expect(emulator.triggers).toHaveLength(3);
  });

  test('the limit of 20 triggers is per user', () => {
    const { emulator } = setup();
    const { ScriptApp } = emulator.globals;
    for (let i = 0; i < 20; i++) ScriptApp.newTrigger('f').timeBased().everyHours(1).create();
    expect(() => ScriptApp.newTrigger('f').timeBased().everyHours(1).create()).toThrow('This script has too many triggers.');
    emulator.actAs('clerk@example.jp');
    expect(() => ScriptApp.newTrigger('f').timeBased().everyHours(1).create()).not.toThrow();
  });

  test('a time-driven trigger runs as its owner, whoever acts in the spreadsheet', () => {
    const { emulator, bundle } = setup();
    bundle.call('install');
    emulator.actAs('clerk@other.example', { emailHidden: true });
    bundle.fireTimeTriggers();
    expect(emulator.logs.map((entry) => entry.message)).toEqual(['nightly:owner@example.jp|owner@example.jp']);
    expect(emulator.outbox.map((mail) => mail.from)).toEqual(['owner@example.jp']);
  });
});

describe('per-user data', () => {
  test('user properties and the mail quota are each user\'s own', () => {
    const emulator = new Emulator({ user: 'owner@example.jp', mailQuota: 2, now: new Date('2023-12-21T00:00:00Z') });
    const { PropertiesService, MailApp } = emulator.globals;
    PropertiesService.getUserProperties().setProperty('view', 'owner');
    PropertiesService.getDocumentProperties().setProperty('deadline', '12/28');
    MailApp.sendEmail('a@example.jp, b@example.jp', 's', 'b');
    emulator.actAs('clerk@example.jp');
    expect(PropertiesService.getUserProperties().getProperty('view')).toBeNull();
    expect(PropertiesService.getDocumentProperties().getProperty('deadline')).toBe('12/28');
    PropertiesService.getUserProperties().setProperty('view', 'clerk');
    expect(MailApp.getRemainingDailyQuota()).toBe(2);
    expect(emulator.properties().users).toEqual({ 'owner@example.jp': { view: 'owner' }, 'clerk@example.jp': { view: 'clerk' } });
  });
});

describe('saved state', () => {
  test('keeps trigger owners, each user\'s data and the acting user', () => {
    const { emulator, bundle } = setup();
    bundle.call('install');
    emulator.actAs('clerk@other.example', { emailHidden: true });
    emulator.globals.PropertiesService.getUserProperties().setProperty('k', 'v');
    const restored = Emulator.restore(JSON.parse(JSON.stringify(emulator.save())) as SavedState);
    expect(restored.currentUser()).toEqual({ email: 'clerk@other.example', emailHidden: true });
    expect(restored.triggers).toEqual(emulator.triggers);
    expect(restored.globals.PropertiesService.getUserProperties().getProperty('k')).toBe('v');
    expect(restored.globals.ScriptApp.getProjectTriggers()).toHaveLength(0);
    expect(Emulator.restore(emulator.save(), { user: 'owner@example.jp' }).globals.ScriptApp.getProjectTriggers()).toHaveLength(1);
  });

  test('a version 1 state is continued with its one user owning everything per-user', () => {
    const current = setup().emulator.save();
    const v1 = {
      ...current, version: 1, actingUser: undefined,
      properties: { document: {}, script: {}, user: { k: 'v' } },
      triggers: { nextUid: 1002, triggers: [{ uid: '1001', handler: 'nightly', eventType: 'CLOCK', source: 'CLOCK', sourceId: '', schedule: { everyDays: 1, timeZone: 'Asia/Tokyo' } }] },
      mail: { outbox: [], used: { day: '2023-12-21', recipients: 30 } },
    } as unknown as SavedState;
    const restored = Emulator.restore(v1, { mailQuota: 100 });
    expect(restored.currentUser().email).toBe('owner@example.jp');
    expect(restored.triggers[0]).toMatchObject({ owner: 'owner@example.jp', containerId: 'emulated-spreadsheet' });
    expect(restored.globals.PropertiesService.getUserProperties().getProperty('k')).toBe('v');
    expect(restored.globals.MailApp.getRemainingDailyQuota()).toBe(70);
    expect(() => Emulator.restore({ ...current, version: 7 } as unknown as SavedState)).toThrow('Saved state version 7 is not 2.');
  });
});
