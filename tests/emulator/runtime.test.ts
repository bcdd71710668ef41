import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Emulator, loadBundle } from '../../emulator';

const SCRIPT = `
var cache = null;
function onOpen(e) {
  SpreadsheetApp.getUi().createAddonMenu().addItem('集計', 'summarize').addToUi();
  return e && String(e.authMode);
}
function summarize() {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  sheet.getRange(1, 1).setValue(new Date());
  return sheet.getRange(1, 1).getValue() instanceof Date;
}
function clock() {
  return [Date.now(), new Date().getTime(), new Date(2023, 11, 7).getTime(), new Date().getHours(), new Date('2023/12/07 09:00').getTime()];
}
function remember(value) { cache = cache || value; return cache; }
function secret_() { return 'hidden'; }
function failing() {
  try { SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange(0, 1); } catch (e) { return [e instanceof Error, e.name, e.message]; }
}
function install() { ScriptApp.newTrigger('nightly').timeBased().everyDays(1).atHour(3).create(); }
function nightly(e) {
  Logger.log(e.triggerUid + ' ' + e.hour + ' ' + String(e.authMode));
  SpreadsheetApp.getActiveSpreadsheet().toast('夜間処理');
  SpreadsheetApp.getUi();
}
function isDate(value) { return value instanceof Date && value.getHours(); }
function echo(value) { return value; }
function withDate() { return { when: new Date() }; }
function missingMethod() { return typeof SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].sort; }
`;

const OPEN_READING_PROPERTIES = `
function onOpen(e) {
  SpreadsheetApp.getUi().createAddonMenu().addItem('集計', 'summarize').addToUi();
  return PropertiesService.getDocumentProperties().getProperty('x');
}
`;

function scriptFile(source: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'bundle-')), 'Code.js');
  writeFileSync(path, source);
  return path;
}

function setup(source = SCRIPT) {
  const emulator = new Emulator({ now: new Date('2023-12-21T00:00:00Z') });
  return { emulator, bundle: loadBundle(emulator, scriptFile(source)) };
}

test('top-level function declarations are callable; private ones (ending in _) are not', () => {
  const { bundle } = setup();
  expect(bundle.topLevelFunctions()).toEqual(
    ['clock', 'echo', 'failing', 'install', 'isDate', 'missingMethod', 'nightly', 'onOpen', 'remember', 'summarize', 'withDate'],
  );
  expect(bundle.has('summarize')).toBe(true);
  expect(bundle.call('summarize')).toBe(true);
  expect(() => bundle.call('secret_')).toThrow('Script function not found: secret_');
  expect(() => bundle.call('nothing')).toThrow('Script function not found: nothing');
});

test("the script's Date reads the emulator's clock and works in the script's time zone", () => {
  const { bundle } = setup();
  const [now, constructed, localMidnight, hours, parsed] = bundle.call('clock') as number[];
  expect(now).toBe(Date.parse('2023-12-21T00:00:00Z'));
  expect(constructed).toBe(now);
  expect(localMidnight).toBe(Date.parse('2023-12-06T15:00:00Z'));
  expect(hours).toBe(9);
  expect(parsed).toBe(Date.parse('2023-12-07T00:00:00Z'));
  expect(bundle.call('isDate', new Date('2023-12-07T01:00:00Z'))).toBe(10);
});

test('every execution starts from a freshly evaluated script', () => {
  const { bundle } = setup();
  expect(bundle.call('remember', 'first')).toBe('first');
  expect(bundle.call('remember', 'second')).toBe('second');
});

test('service errors reach the script as Errors named Exception', () => {
  const { bundle } = setup();
  expect(bundle.call('failing')).toEqual([true, 'Exception', 'The starting row of the range is too small.']);
});

test('only the methods Google has (and the emulator implements) exist', () => {
  const { bundle } = setup();
  expect(bundle.call('missingMethod')).toBe('undefined');
});

test('time-driven triggers run with an event object and without UI', () => {
  const { emulator, bundle } = setup();
  bundle.call('install');
  expect(() => bundle.fireTimeTriggers()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
  expect(emulator.logs[0].message).toBe(`${emulator.triggers[0].uid} 0 FULL`);
  expect(emulator.ui.events).toEqual([{ kind: 'toast', message: '夜間処理', title: '', timeoutSeconds: 5, visible: false }]);
});

test('google.script.run: illegal arguments fail, and a result holding a Date arrives as null', () => {
  const { bundle } = setup();
  expect(bundle.run('echo', { rows: [[1, 'a', null]], flag: true })).toEqual({ rows: [[1, 'a', null]], flag: true });
  expect(() => bundle.run('echo', new Date())).toThrow('Failed due to illegal value in property: 0');
  expect(bundle.run('withDate')).toBeNull();
});

test('onOpen runs as a simple trigger; under AuthMode.NONE only the menu can be built', () => {
  const { emulator, bundle } = setup();
  bundle.open();
  expect(emulator.ui.menus()).toHaveLength(1);
  const none = setup(OPEN_READING_PROPERTIES);
  expect(() => none.bundle.open('NONE')).toThrow('Authorization is required to perform that action.');
  expect(none.emulator.ui.menus()).toHaveLength(1);
  expect(() => none.bundle.open('LIMITED')).not.toThrow();
});
