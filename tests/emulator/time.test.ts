import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Emulator, loadBundle } from '../../emulator';

const TIME_UP = 'Exceeded maximum execution time';
const START = Date.parse('2023-12-21T00:00:00Z');

const SCRIPT = `
function onOpen() {
  for (var i = 0; i < 10; i++) SpreadsheetApp.getActiveSpreadsheet();
}
function sendAll() {
  for (var i = 0; i < 10; i++) MailApp.sendEmail('coord' + i + '@example.jp', '督促', '本文');
  return 'all sent';
}
function sendAndRecord() {
  var sent = 0;
  try {
    for (var i = 0; i < 10; i++) { MailApp.sendEmail('coord' + i + '@example.jp', '督促', '本文'); sent++; }
  } catch (e) {
    try {
      PropertiesService.getDocumentProperties().setProperty('sent', String(sent));
      return 'recorded';
    } catch (again) {
      return 'gave up';
    }
  }
}
function elapsed() {
  var start = Date.now();
  MailApp.sendEmail('coord@example.jp', '督促', '本文');
  return Date.now() - start;
}
function waitForLock() {
  var start = Date.now();
  var locked = LockService.getDocumentLock().tryLock(10000);
  return [locked, Date.now() - start];
}
function sleepy() {
  Utilities.sleep(200000);
  Utilities.sleep(200000);
  SpreadsheetApp.getActiveSpreadsheet();
}
`;

function setup(now: Date | null = new Date(START)) {
  const path = join(mkdtempSync(join(tmpdir(), 'time-')), 'Code.js');
  writeFileSync(path, SCRIPT);
  const emulator = new Emulator({ ...(now ? { now } : {}), mailQuota: 1000 });
  return { emulator, bundle: loadBundle(emulator, path) };
}

describe('the 6-minute limit', () => {
  test('a loop of 100-second mails is killed after the 4th: those four are sent, the execution fails', () => {
    const { emulator, bundle } = setup();
    emulator.setLatency({ 'MailApp.sendEmail': 100_000 });
    expect(() => bundle.call('sendAll')).toThrow(TIME_UP);
    expect(emulator.outbox).toHaveLength(4);
    expect(emulator.outbox.map((mail) => mail.sentAt.getTime() - START)).toEqual([0, 100_000, 200_000, 300_000]);
    expect(emulator.calls.count('MailApp.sendEmail')).toBe(4);
  });

  test('a script that catches the error can call no service any more, and the execution still fails', () => {
    const { emulator, bundle } = setup();
    emulator.setLatency({ 'MailApp.sendEmail': 100_000 });
    expect(() => bundle.call('sendAndRecord')).toThrow(TIME_UP);
    expect(emulator.outbox).toHaveLength(4);
    expect(emulator.properties().document).toEqual({});
    // The next execution has its own six minutes.
    expect(bundle.call('elapsed')).toBe(100_000);
  });

  test('setExecutionLimit changes the limit; google.script.run and triggers are limited alike', () => {
    const { emulator, bundle } = setup();
    emulator.setLatency({ 'MailApp.sendEmail': 100_000 });
    emulator.setExecutionLimit(250_000);
    expect(() => bundle.run('sendAll')).toThrow(TIME_UP);
    expect(emulator.outbox).toHaveLength(3);
    emulator.globals.ScriptApp.newTrigger('sendAll').timeBased().everyDays(1).create();
    expect(() => bundle.fireTimeTriggers()).toThrow(TIME_UP);
    expect(emulator.outbox).toHaveLength(6);
  });

  test('a simple trigger has 30 seconds', () => {
    const { emulator, bundle } = setup();
    emulator.setLatency({ default: 5_000 });
    expect(() => bundle.open()).toThrow(TIME_UP);
    expect(emulator.calls.count('SpreadsheetApp.getActiveSpreadsheet')).toBe(6);
  });

  test('sleeping and waiting for a lock held elsewhere take their time', () => {
    const { emulator, bundle } = setup();
    emulator.locks.hold('document');
    expect(bundle.call('waitForLock')).toEqual([false, 10_000]);
    expect(() => bundle.call('sleepy')).toThrow(TIME_UP);
    expect(() => emulator.globals.Utilities.sleep(300_001)).toThrow('more than the maximum of 300000 milliseconds');
  });
});

describe('latency moves the emulated clock', () => {
  test('fixed: the instant moves on with each call, inside and outside executions', () => {
    const { emulator, bundle } = setup();
    emulator.setLatency({ 'MailApp.sendEmail': 100_000, default: 1 });
    expect(bundle.call('elapsed')).toBe(100_000);
    expect(emulator.now().getTime()).toBe(START + 100_000);
    for (let i = 0; i < 5; i++) emulator.globals.MailApp.sendEmail('coord@example.jp', 's', 'b');
    emulator.globals.Session.getScriptTimeZone();
    expect(emulator.now().getTime()).toBe(START + 600_001);
  });

  test('real time: an offset grows', () => {
    const { emulator, bundle } = setup(null);
    emulator.setLatency({ 'MailApp.sendEmail': 100_000 });
    const before = Date.now();
    const took = bundle.call('elapsed') as number;
    expect(took).toBeGreaterThanOrEqual(100_000);
    expect(took).toBeLessThan(110_000);
    expect(emulator.now().getTime() - before).toBeGreaterThanOrEqual(100_000);
    emulator.setNow(null);
    expect(emulator.now().getTime() - Date.now()).toBeLessThan(1_000);
  });

  test('latencies are per Class.method, in milliseconds', () => {
    const { emulator } = setup();
    expect(() => emulator.setLatency({ sendEmail: 1 })).toThrow("A latency is given per 'Class.method' or as 'default', not \"sendEmail\".");
    expect(() => emulator.setLatency({ default: -1 })).toThrow('The latency of default must be a number of milliseconds, not -1.');
    expect(() => emulator.setExecutionLimit(0)).toThrow('The execution limit must be a positive number of milliseconds, not 0.');
  });
});
