/**
 * The google.script.run the browser tests give the dialogs behaves like
 * Google's where the dialogs could go wrong: handlers run later, runners
 * are immutable, values are copied as JSON, and what Google refuses fails.
 * A tiny script stands in for the add-on so that every case can be produced.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { Emulator, loadBundle } from '../../emulator';
import type { Dialog } from './harness';
import { Browser } from './harness';

const SCRIPT = `
function openProbe() {
  SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutput('<!DOCTYPE html><p>probe</p>').setWidth(400).setHeight(300), 'プローブ');
}
function echo(value) { return value; }
function aDate() { return new Date(); }
function withHole() { return [1, undefined, 3]; }
function fails() { throw new Error('サーバーで失敗しました'); }
function private_() { return 'secret'; }
`;

type Make = 'plain' | 'date' | 'function' | 'hole' | 'nestedDate';

interface Outcome {
  readonly handler: 'success' | 'failure';
  readonly value?: unknown;
  readonly message?: string;
  readonly isError?: boolean;
  readonly userObject: unknown;
  /** The handler ran only after the call returned. */
  readonly later: boolean;
}

interface Runner {
  withSuccessHandler(handler: (value: unknown, userObject: unknown) => void): Runner;
  withFailureHandler(handler: (error: Error, userObject: unknown) => void): Runner;
  withUserObject(userObject: unknown): Runner;
  [name: string]: unknown;
}

/** Calls `name` from the page with an argument built there (a Date cannot be sent from Node as it is). */
function callFromPage(page: Page, name: string, make: Make, plain: unknown = null): Promise<Outcome> {
  return page.evaluate(({ name, make, plain }) => new Promise<Outcome>((resolve) => {
    const run = (globalThis as unknown as { google: { script: { run: Runner } } }).google.script.run;
    const argument = {
      plain, date: new Date(), function: () => 1, hole: [1, undefined], nestedDate: { list: [{ at: new Date() }] },
    }[make];
    let returned = false;
    const runner = run
      .withSuccessHandler((value, userObject) => resolve({ handler: 'success', value, userObject, later: returned }))
      .withFailureHandler((error, userObject) => resolve({
        handler: 'failure', message: error.message, isError: error instanceof Error, userObject, later: returned,
      }))
      .withUserObject({ row: 7 });
    (runner[name] as (value: unknown) => void)(argument);
    returned = true;
  }), { name, make, plain });
}

let browser: Browser;
let dialog: Dialog;
let scriptDir: string;

beforeAll(async () => {
  browser = await Browser.launch();
  scriptDir = mkdtempSync(join(tmpdir(), 'script-run-'));
  writeFileSync(join(scriptDir, 'Code.js'), SCRIPT);
});

afterAll(async () => {
  await browser?.close();
  rmSync(scriptDir, { recursive: true, force: true });
});

beforeEach(async () => {
  const emulator = new Emulator();
  dialog = await browser.open({ emulator, bundle: loadBundle(emulator, join(scriptDir, 'Code.js')) }, 'openProbe');
  await dialog.page.getByText('probe').waitFor();
});

afterEach(async () => {
  await dialog.page.close();
});

test('a call reaches the server function later, with a JSON copy of the argument, and passes the user object', async () => {
  const sent = { text: '<b>山田</b>', list: [1, 'two', null, { yes: true }], skipped: undefined };
  const outcome = await callFromPage(dialog.page, 'echo', 'plain', sent);
  expect(outcome).toEqual({ handler: 'success', value: { text: '<b>山田</b>', list: [1, 'two', null, { yes: true }] }, userObject: { row: 7 }, later: true });
  expect(dialog.calls.map((call) => call.name)).toEqual(['echo']);
});

test.each<[Make, string]>([
  ['date', '0'],
  ['function', '0'],
  ['hole', '0.1'],
  ['nestedDate', '0.list.0.at'],
])('an argument holding %s fails the call before it reaches the server', async (make, path) => {
  const outcome = await callFromPage(dialog.page, 'echo', make);
  expect(outcome).toEqual({
    handler: 'failure', message: `Failed due to illegal value in property: ${path}`, isError: true, userObject: { row: 7 }, later: true,
  });
  expect(dialog.calls).toEqual([]);
});

test.each([
  ['aDate', 'aDate returned an illegal value at (value)'],
  ['withHole', 'withHole returned an illegal value at 1'],
  ['fails', 'サーバーで失敗しました'],
])('%s fails the call: the failure handler gets an Error with the reason', async (name, message) => {
  const outcome = await callFromPage(dialog.page, name, 'plain');
  expect(outcome).toMatchObject({ handler: 'failure', message, isError: true, later: true });
});

test('runners are immutable, and only the public top-level functions can be called', async () => {
  const shape = await dialog.page.evaluate(() => {
    const run = (globalThis as unknown as { google: { script: { run: Runner } } }).google.script.run;
    const first = run.withUserObject(1);
    const second = first.withUserObject(2);
    return {
      distinct: first !== second && run !== first,
      echo: typeof run.echo, hidden: typeof run.private_, missing: typeof run.nothingHere,
    };
  });
  expect(shape).toEqual({ distinct: true, echo: 'function', hidden: 'undefined', missing: 'undefined' });
});

test('a failed call without a failure handler is reported as an error of the page', async () => {
  await dialog.page.evaluate(() => {
    const run = (globalThis as unknown as { google: { script: { run: Runner } } }).google.script.run;
    (run.fails as () => void)();
  });
  await dialog.page.waitForFunction(() => (globalThis as unknown as { __gasUnhandled: string[] }).__gasUnhandled.length === 1);
  for (let waited = 0; dialog.errors.length === 0 && waited < 2000; waited += 50) await new Promise((done) => setTimeout(done, 50));
  expect(dialog.errors).toEqual([expect.stringContaining('サーバーで失敗しました')]);
});
