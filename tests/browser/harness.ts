/**
 * Runs the built dialogs in headless Chromium against the real server code:
 * the page is the HTML the add-on shows (taken from the emulator's UI events
 * after calling the menu handler), and google.script.run in the page reaches
 * the bundle's functions running in the emulator (pages/script-run.js is
 * Google's client side; this file is its server side).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import type { Bundle, FormResource } from '../../emulator';
import { Emulator, loadBundle } from '../../emulator';
import type { CellValue } from '../../src/model/cells';
import { sampleResponseSheet, TIME_ZONE } from '../unit/helpers/sample-respondents';
import { sampleCsv, sampleForm, sampleText } from '../unit/helpers/sample-survey';

const ROOT = resolve(__dirname, '..', '..');
const DIST = join(ROOT, 'dist');
const STUB = join(__dirname, 'pages', 'script-run.js');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = join(tmpdir(), 'survey-addon-screenshots');
export const RESPONSE_SHEET = 'フォームの回答 1';
export const ROSTER_SHEET = '名簿';

// ── The build ──

function newestIn(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestIn(join(path, name))), stat.mtimeMs);
}

function distIsFresh(): boolean {
  const dialogs = readdirSync(join(ROOT, 'src', 'ui')).filter((name) => name !== 'shared' && existsSync(join(ROOT, 'src', 'ui', name, 'main.ts')));
  const outputs = [join(DIST, 'Code.js'), ...dialogs.map((name) => join(DIST, `${name}.html`))];
  if (!outputs.every((path) => existsSync(path))) return false;
  const built = Math.min(...outputs.map((path) => statSync(path).mtimeMs));
  const sources = Math.max(newestIn(join(ROOT, 'src')), newestIn(join(ROOT, 'build.mjs')), newestIn(join(ROOT, 'appsscript.json')));
  return built >= sources;
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Builds dist/ when a source is newer than it (`npm test` builds first; this
 * is for running one browser test on its own). Jest runs test files in
 * parallel workers, and build.mjs empties dist/ first: a lock directory keeps
 * two workers from building over each other.
 */
export function ensureBuilt(): void {
  if (distIsFresh()) return;
  const lock = join(ROOT, 'build', '.browser-test-build.lock');
  mkdirSync(join(ROOT, 'build'), { recursive: true });
  for (let waited = 0; ; waited += 200) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (waited > 120_000) throw new Error(`${lock} has been held for 2 minutes: remove it if no build is running`);
      sleep(200);
    }
  }
  try {
    if (!distIsFresh()) execFileSync(process.execPath, ['build.mjs', '--quiet'], { cwd: ROOT, stdio: 'inherit' });
  } finally {
    rmdirSync(lock);
  }
}

// ── The workbook ──

export interface Workbook {
  readonly emulator: Emulator;
  readonly bundle: Bundle;
}

export interface WorkbookOptions {
  /** The emulated clock. */
  readonly now: Date;
  /** The roster rows below the header (default: samples/roster.csv); null for no 名簿 sheet. */
  readonly roster?: ReadonlyArray<readonly string[]> | null;
  /** Import samples/paper.csv (the 12 paper answers) before the test. */
  readonly paper?: boolean;
  readonly mailQuota?: number;
}

export const CLERK = 'clerk@example.jp';
const PAPER_IMPORTED_ON = '2023-12-20';

/** A moment of a day in the spreadsheet's zone (Asia/Tokyo, UTC+9 all year). */
export function tokyo(day: string, hour = 10): Date {
  return new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+09:00`);
}

export function sampleRosterRows(): string[][] {
  return sampleCsv('roster.csv').slice(1);
}

export function base64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

/** The sample survey in a spreadsheet: its form linked to the 70 web answers, the roster, optionally the paper answers. */
export function sampleWorkbook(options: WorkbookOptions): Workbook {
  ensureBuilt();
  const emulator = new Emulator({
    form: sampleForm() as unknown as FormResource, timeZone: TIME_ZONE, now: options.now, user: CLERK,
    mailQuota: options.mailQuota ?? 100, htmlDir: DIST,
  });
  emulator.addSheet(RESPONSE_SHEET, sampleResponseSheet());
  emulator.linkForm(RESPONSE_SHEET);
  const roster = options.roster === undefined ? sampleRosterRows() : options.roster;
  if (roster !== null) {
    const [header] = sampleCsv('roster.csv');
    emulator.addSheet(ROSTER_SHEET, [header, ...roster].map((row): CellValue[] => [...row]));
  }
  const bundle = loadBundle(emulator, join(DIST, 'Code.js'));
  if (options.paper) {
    // Imported on the day the last of them arrived, so that they are not "today's" entries.
    emulator.setNow(tokyo(PAPER_IMPORTED_ON));
    const result = bundle.call('paperImportFile', base64(sampleText('paper.csv')), 'paper.csv') as { kind: string; imported?: number };
    if (result.kind !== 'imported' || result.imported !== 12) throw new Error(`setup: paper.csv did not import: ${JSON.stringify(result)}`);
    emulator.setNow(options.now);
  }
  return { emulator, bundle };
}

// ── What may cross google.script.run ──

/** The path of the first value Google would not pass back to the page, or null. Works across realms (the bundle runs in a vm). */
export function illegalPath(value: unknown, path = '', inArray = false): string | null {
  if (value === undefined) return inArray ? path || '(value)' : null;
  if (value === null || typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number') return null;
  if (typeof value !== 'object') return path || '(value)';
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const found = illegalPath(value[index], path === '' ? String(index) : `${path}.${index}`, true);
      if (found !== null) return found;
    }
    return null;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== null && Object.getPrototypeOf(proto) !== null) return path || '(value)';
  for (const [key, item] of Object.entries(value)) {
    const found = illegalPath(item, path === '' ? key : `${path}.${key}`, false);
    if (found !== null) return found;
  }
  return null;
}

export interface CallRecord {
  readonly name: string;
  readonly args: unknown[];
  /** The JSON-copied result, or the failure's message. */
  readonly outcome: { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string };
}

function messageOf(error: unknown): string {
  if (error !== null && typeof error === 'object' && typeof (error as { message?: unknown }).message === 'string') {
    return (error as { message: string }).message;
  }
  return String(error);
}

// ── The browser ──

export interface Dialog {
  readonly page: Page;
  /** The title the add-on gave the sidebar or dialog. */
  readonly title: string;
  /** Every google.script.run call the page made, in order. */
  readonly calls: CallRecord[];
  /** Uncaught page errors, console errors and failed calls nobody handled: a test expects none. */
  readonly errors: string[];
  /** google.script.host.close() was called. */
  closed(): Promise<boolean>;
  /** Saves what the user sees (or the whole page) to SCREENSHOT_DIR/<name>.png, for a person to look at; returns the path. */
  screenshot(name: string, fullPage?: boolean): Promise<string>;
}


/** Google's sidebar is 300 px wide; its height is the window's. */
const SIDEBAR = { width: 300, height: 860 };

export class Browser {
  private constructor(private readonly context: BrowserContext, private readonly profile: string) {}

  static async launch(): Promise<Browser> {
    if (!existsSync(CHROMIUM_PATH)) {
      throw new Error(`Chromium was not found at ${CHROMIUM_PATH}. The browser tests need it: install Debian's chromium package, or set CHROMIUM_PATH to a Chromium executable.`);
    }
    const profile = mkdtempSync(join(tmpdir(), 'survey-addon-chromium-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      locale: 'ja-JP',
      timezoneId: TIME_ZONE,
      viewport: SIDEBAR,
      args: ['--lang=ja', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    });
    return new Browser(context, profile);
  }

  async close(): Promise<void> {
    await this.context.close();
    rmSync(this.profile, { recursive: true, force: true });
  }

  /**
   * Calls the menu handler `opener` (openPaperEntry …) as the user's menu
   * click would, and loads the sidebar or dialog it showed into a new page.
   */
  async open(workbook: Workbook, opener: string): Promise<Dialog> {
    const { emulator, bundle } = workbook;
    const before = emulator.ui.events.length;
    bundle.call(opener);
    const shown = emulator.ui.events.slice(before).find((event) => event.kind === 'sidebar' || event.kind === 'modal');
    if (!shown || (shown.kind !== 'sidebar' && shown.kind !== 'modal')) throw new Error(`${opener} showed no sidebar or dialog`);
    const size = shown.kind === 'sidebar' ? SIDEBAR : { width: shown.width ?? 600, height: shown.height ?? 400 };

    const page = await this.context.newPage();
    // Well inside jest's 30 s, so that a missing text fails with Playwright's message saying what it waited for.
    page.setDefaultTimeout(8000);
    await page.setViewportSize(size);
    const calls: CallRecord[] = [];
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
    });
    // The dialog is self-contained: any request other than the page itself is a defect.
    await page.route('**/*', (route) => {
      errors.push(`request: ${route.request().url()}`);
      return route.abort();
    });
    await page.route(`${ORIGIN}/**`, (route) => route.fulfill({ body: shown.html, contentType: 'text/html; charset=utf-8' }));

    await page.exposeFunction('__gasCall', (name: string, argsJson: string) => {
      const args = JSON.parse(argsJson) as unknown[];
      const reply = (outcome: CallRecord['outcome']) => {
        calls.push({ name, args, outcome });
        return outcome.ok ? { ok: true, json: outcome.value === undefined ? null : JSON.stringify(outcome.value) } : outcome;
      };
      if (!bundle.has(name)) return reply({ ok: false, message: `Script function not found: ${name}` });
      let value: unknown;
      try {
        value = bundle.call(name, ...args);
      } catch (error) {
        return reply({ ok: false, message: messageOf(error) });
      }
      // Stricter than Google, which may hand the page a null instead: a server function must return plain JSON.
      const bad = illegalPath(value);
      if (bad !== null) return reply({ ok: false, message: `${name} returned an illegal value at ${bad}` });
      return reply({ ok: true, value: value === undefined ? undefined : JSON.parse(JSON.stringify(value)) });
    });
    await page.addInitScript({ content: `window.__gasFunctions = ${JSON.stringify(bundle.topLevelFunctions())};` });
    await page.addInitScript({ path: STUB });
    await page.goto(`${ORIGIN}/${opener}`);

    return {
      page, title: shown.title, calls, errors,
      closed: () => page.evaluate(() => (globalThis as unknown as { __gasClosed: boolean }).__gasClosed),
      screenshot: async (name, fullPage = false) => {
        mkdirSync(SCREENSHOT_DIR, { recursive: true });
        const path = join(SCREENSHOT_DIR, `${name}.png`);
        await page.screenshot({ path, fullPage });
        return path;
      },
    };
  }
}

/** Where the dialog's HTML is served from (never reaches the network: the route answers it). */
const ORIGIN = 'https://addon.invalid';

/** google.script.run calls still waiting for the server. */
export function pendingCalls(page: Page): Promise<number> {
  return page.evaluate(() => (globalThis as unknown as { __gasPending: number }).__gasPending);
}

export interface BrowserSession {
  /** Opens a dialog as its menu item does; it becomes the test's current dialog. */
  open(workbook: Workbook, opener: string): Promise<Dialog>;
  /** The dialog the running test opened last, if any. */
  readonly dialog: Dialog | null;
}

/**
 * One Chromium for the calling test file. After each test its dialog is
 * closed, and whatever the test checked, the page must not have thrown or
 * left a failed call unhandled.
 */
export function useBrowser(): BrowserSession {
  let browser: Browser | null = null;
  let current: Dialog | null = null;
  beforeAll(async () => {
    browser = await Browser.launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    const errors = current?.errors ?? [];
    await current?.page.close();
    current = null;
    expect(errors).toEqual([]);
  });
  return {
    async open(workbook, opener) {
      if (!browser) throw new Error('useBrowser() must be called at the top of the test file');
      current = await browser.open(workbook, opener);
      return current;
    },
    get dialog() {
      return current;
    },
  };
}
