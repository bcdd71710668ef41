import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Emulator } from '../../emulator';

describe('MailApp', () => {
  test('sends into the outbox, from the effective user', () => {
    const emulator = new Emulator({ now: new Date('2023-12-21T00:00:00Z'), user: 'center@example.jp' });
    const { MailApp } = emulator.globals;
    MailApp.sendEmail({ to: 'coord001@example.jp', subject: 'ご回答のお願い', body: '本文', name: '支援センター', replyTo: 'center@example.jp' });
    MailApp.sendEmail('coord002@example.jp', '件名', '本文2');
    expect(emulator.outbox.map((mail) => [mail.to, mail.subject, mail.name, mail.replyTo, mail.from])).toEqual([
      ['coord001@example.jp', 'ご回答のお願い', '支援センター', 'center@example.jp', 'center@example.jp'],
      ['coord002@example.jp', '件名', null, null, 'center@example.jp'],
    ]);
    expect(emulator.outbox[0].sentAt.toISOString()).toBe('2023-12-21T00:00:00.000Z');
  });

  test("counts recipients against the daily quota, fails with Google's text, and starts again the next day", () => {
    const emulator = new Emulator({ now: new Date('2023-12-21T00:00:00Z'), mailQuota: 3 });
    const { MailApp } = emulator.globals;
    MailApp.sendEmail({ to: 'a@example.jp, b@example.jp', subject: 's', body: 'b' });
    expect(MailApp.getRemainingDailyQuota()).toBe(1);
    MailApp.sendEmail({ to: 'c@example.jp', subject: 's', body: 'b' });
    expect(() => MailApp.sendEmail({ to: 'd@example.jp', subject: 's', body: 'b' })).toThrow('Service invoked too many times for one day: email.');
    expect(emulator.outbox).toHaveLength(2);
    emulator.setNow(new Date('2023-12-21T14:59:59Z'));
    expect(MailApp.getRemainingDailyQuota()).toBe(0);
    emulator.setNow(new Date('2023-12-21T15:00:00Z'));
    expect(MailApp.getRemainingDailyQuota()).toBe(3);
  });

  test('refuses an invalid address or no recipient', () => {
    const { MailApp } = new Emulator().globals;
    expect(() => MailApp.sendEmail('coord@', 's', 'b')).toThrow('Invalid email: coord@');
    expect(() => MailApp.sendEmail({ to: '', subject: 's', body: 'b' })).toThrow('Failed to send email: no recipient');
  });
});

describe('PropertiesService', () => {
  test('three separate stores of strings; getProperty is null when absent', () => {
    const emulator = new Emulator();
    const { PropertiesService } = emulator.globals;
    const documentProperties = PropertiesService.getDocumentProperties();
    documentProperties.setProperty('deadline', 20231228 as unknown as string);
    PropertiesService.getUserProperties().setProperty('deadline', 'user');
    expect(documentProperties.getProperty('deadline')).toBe('20231228');
    expect(PropertiesService.getScriptProperties().getProperty('deadline')).toBeNull();
    expect(PropertiesService.getUserProperties().getProperty('deadline')).toBe('user');
    documentProperties.setProperties({ a: '1', b: '2' }, true);
    expect(documentProperties.getKeys().sort()).toEqual(['a', 'b']);
    documentProperties.deleteProperty('a');
    expect(documentProperties.getProperties()).toEqual({ b: '2' });
    expect(emulator.properties().document).toEqual({ b: '2' });
  });

  test("enforces Google's size limits", () => {
    const properties = new Emulator().globals.PropertiesService.getScriptProperties();
    expect(() => properties.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large: value');
    const chunk = 'y'.repeat(9000);
    expect(() => {
      for (let i = 0; i < 60; i++) properties.setProperty(`k${i}`, chunk);
    }).toThrow('You have exceeded the property storage quota. Please remove some properties and try again.');
  });
});

describe('LockService', () => {
  test('tryLock fails and waitLock times out while another process holds the lock', () => {
    const emulator = new Emulator();
    const { LockService } = emulator.globals;
    emulator.locks.hold('document');
    const lock = LockService.getDocumentLock();
    expect(lock.tryLock(1000)).toBe(false);
    expect(lock.hasLock()).toBe(false);
    expect(() => lock.waitLock(30000)).toThrow('Lock timeout: another process was holding the lock for too long.');
    expect(LockService.getScriptLock().tryLock(1000)).toBe(true);
    emulator.locks.release('document');
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });
});

describe('ScriptApp triggers', () => {
  test('create, list, delete', () => {
    const emulator = new Emulator();
    const { ScriptApp } = emulator.globals;
    const trigger = ScriptApp.newTrigger('sendReminders').timeBased().everyDays(1).atHour(9).nearMinute(0).inTimezone('Asia/Tokyo').create();
    expect(trigger.getHandlerFunction()).toBe('sendReminders');
    expect(trigger.getEventType()).toBe(ScriptApp.EventType.CLOCK);
    expect(trigger.getTriggerSource()).toBe(ScriptApp.TriggerSource.CLOCK);
    expect(ScriptApp.getProjectTriggers().map((t) => t.getUniqueId())).toEqual([trigger.getUniqueId()]);
    expect(emulator.triggers[0].schedule).toEqual({ everyDays: 1, atHour: 9, nearMinute: 0, timeZone: 'Asia/Tokyo' });
    ScriptApp.deleteTrigger(ScriptApp.getProjectTriggers()[0]);
    expect(ScriptApp.getProjectTriggers()).toHaveLength(0);
  });

  test('schedules the builder does not allow, and more than 20 triggers, are refused', () => {
    const { ScriptApp } = new Emulator().globals;
    expect(() => ScriptApp.newTrigger('f').timeBased().everyHours(3)).toThrow('everyHours');
    expect(() => ScriptApp.newTrigger('f').timeBased().atHour(9).create()).toThrow();
    for (let i = 0; i < 20; i++) ScriptApp.newTrigger('f').timeBased().everyHours(1).create();
    expect(() => ScriptApp.newTrigger('f').timeBased().everyHours(1).create())
      .toThrow('This script has too many triggers. Triggers must be deleted from the script before more can be added.');
  });
});

describe('Session', () => {
  test('the user, time zone and locale', () => {
    const { Session } = new Emulator({ user: 'staff@example.jp' }).globals;
    expect(Session.getActiveUser().getEmail()).toBe('staff@example.jp');
    expect(Session.getEffectiveUser().getEmail()).toBe('staff@example.jp');
    expect(Session.getScriptTimeZone()).toBe('Asia/Tokyo');
    expect(Session.getActiveUserLocale()).toBe('ja');
  });
});

describe('HtmlService', () => {
  test('reads <htmlDir>/<name>.html and fails like Google for a missing file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'html-'));
    writeFileSync(join(dir, 'paper.html'), '<h1>郵送回答</h1>');
    const { HtmlService } = new Emulator({ htmlDir: dir }).globals;
    const output = HtmlService.createHtmlOutputFromFile('paper').setTitle('郵送回答').setWidth(700);
    expect([output.getContent(), output.getTitle(), output.getWidth()]).toEqual(['<h1>郵送回答</h1>', '郵送回答', 700]);
    expect(() => HtmlService.createHtmlOutputFromFile('missing')).toThrow('No HTML file named missing was found.');
    expect(HtmlService.createHtmlOutput('<p>').append('x').getContent()).toBe('<p>x');
  });
});

describe('Logger and console', () => {
  test('are captured', () => {
    const emulator = new Emulator();
    emulator.globals.Logger.log('%s 件', 3);
    emulator.globals.console.warn('注意', { a: 1 });
    expect(emulator.logs).toEqual([
      { source: 'Logger', level: 'log', message: '3 件' },
      { source: 'console', level: 'warn', message: '注意 {"a":1}' },
    ]);
  });
});

describe('MailApp limits per message', () => {
  test('50 recipients and a 200 KB body at most, with Google\'s texts', () => {
    const emulator = new Emulator({ mailQuota: 1000 });
    const { MailApp } = emulator.globals;
    const addresses = (n: number) => Array.from({ length: n }, (_, i) => `p${i}@example.jp`).join(',');
    MailApp.sendEmail({ to: addresses(30), cc: addresses(20), subject: 's', body: 'b' });
    expect(() => MailApp.sendEmail({ to: addresses(30), bcc: addresses(21), subject: 's', body: 'b' })).toThrow('Limit Exceeded: Email Recipients Per Message.');
    MailApp.sendEmail({ to: 'a@example.jp', subject: 's', body: 'x'.repeat(200 * 1024) });
    expect(() => MailApp.sendEmail({ to: 'a@example.jp', subject: 's', body: 'x'.repeat(100 * 1024), htmlBody: 'あ'.repeat(34_200) }))
      .toThrow('Limit Exceeded: Email Body Size.');
    expect(emulator.outbox).toHaveLength(2);
    expect(MailApp.getRemainingDailyQuota()).toBe(1000 - 51);
  });
});
