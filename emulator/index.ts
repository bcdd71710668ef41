/**
 * An in-memory Apps Script for the add-on's end-to-end tests and the local
 * run. It holds one spreadsheet (the container), optionally one form, and the
 * services the add-on uses, behaving as Google's do — never more leniently.
 *
 * The script side (the vm context loadBundle creates) sees `globals`; the
 * Node side sets things up, scripts the user's answers, reads what happened
 * (ui events, outbox, logs, call counts) and takes a `view()` for the output
 * writers. Setup helpers are not service calls and are not counted.
 *
 * Dates: the context's `Date` is the emulator's (see script-date.ts) — its
 * clock is `setNow`, its local time is the script's zone — and every Date
 * the services return is a host-realm Date, so values cross between Node and
 * the script intact.
 */
import { resolve } from 'node:path';
import { enter } from './values';
import { CACHE_SERVICE, CacheServiceImpl, CacheState } from './cache';
import type { Latency } from './clock';
import { Env, type LogEntry, type RunSpec, type UserModel } from './env';
import { EmulatorUsageError } from './errors';
import type { FormResource } from './form-resource';
import { FORM_APP, FormAppImpl, checkedAnswer, type FormsContext } from './form/form';
import { writeResponse } from './form/destination';
import { itemsOf, type FormState, type ResponseModel } from './form/model';
import { HTML_SERVICE, HtmlServiceImpl } from './html';
import { LOCK_SERVICE, LockControl, LockServiceImpl } from './lock';
import { LOGGER, LoggerImpl, createConsole } from './logger';
import { MAIL_APP, MailAppImpl, type MailState } from './mail';
import { PROPERTIES_SERVICE, PropertiesServiceImpl, type PropertyStores } from './properties';
import { SCRIPT_APP, ScriptAppImpl, type TriggerModel, type TriggerState } from './script';
import { SESSION, SessionImpl } from './session';
import { CHARTS } from './spreadsheet/charts';
import type { SheetsContext } from './spreadsheet/context';
import { DEFAULT_COLUMNS, DEFAULT_ROWS, newSheet, newWorkbook, type Cell, type SheetModel, type WorkbookModel } from './spreadsheet/model';
import { WORKBOOK_CELL_LIMIT, growthRefusal, textRefusal, workbookCells } from './spreadsheet/limits';
import { putCells } from './spreadsheet/sheet';
import { SPREADSHEET_APP, SpreadsheetAppImpl, exposeSpreadsheet } from './spreadsheet/spreadsheet';
import { STATE_VERSION, cloneJson, upgradeState, type EmulatorState, type SavedState } from './state';
import { workbookView } from './snapshot';
import { UI, UiImpl, UiRecorder } from './ui';
import { TokenIssuer, URL_FETCH_APP, UrlFetchAppImpl } from './url-fetch';
import { UTILITIES, UtilitiesImpl } from './utilities';
import { slidesService } from './slides/api';
import type { SlidesState } from './slides/model';
import { SLIDES_APP, SlidesAppImpl, SlidesContext } from './slides/slides-app';
import type { PresentationView } from './slides/view';
import { presentationView } from './slides/view';
import { ChartType } from './enums';
import type { CellValue, SentMail, WorkbookView } from './view';
import { serialFromInstant } from './zone';

export type { EmulatorState, SavedState } from './state';
export type { FormResource } from './form-resource';
export type { CallCounter } from './counter';
export type { UiEvent, UiRecorder, ScriptedAnswer, MenuEntry, ButtonName } from './ui';
export type { LockControl, LockScope } from './lock';
export type { LogEntry, AuthModeName, UserModel } from './env';
export type { Latency } from './clock';
export type { PropertyStores } from './properties';
export type { ResponseModel } from './form/model';
export type { TriggerModel } from './script';
export { loadBundle, type Bundle } from './runtime';
export type { PresentationView, SlideView, ElementView, TextView, BoxView } from './slides/view';
export { slideText } from './slides/view';

export interface EmulatorOptions {
  /** The survey's form (Forms API resource); none by default. */
  readonly form?: FormResource | null;
  /** FormApp.openById/openByUrl fail as when the form was deleted or access was lost. */
  readonly formUnavailable?: boolean;
  /**
   * Whether the Forms API is enabled in the script's Cloud project, for
   * UrlFetchApp calls to forms.get; default true (see setFormsApiEnabled).
   */
  readonly formsApi?: boolean;
  /**
   * How the Forms API writes ids: 'hex', FormApp's numbers in hexadecimal
   * (default, as reported of Google's forms); 'unrelated', other numbers, to
   * show a script does not depend on that correspondence, which Google does
   * not document.
   */
  readonly formsApiIds?: 'hex' | 'unrelated';
  /** The script's and spreadsheet's time zone; default 'Asia/Tokyo'. */
  readonly timeZone?: string;
  /** The emulated clock; default real time. */
  readonly now?: Date;
  /** The user acting in the spreadsheet (see actAs for others); default 'staff@example.jp'. */
  readonly user?: string;
  /** Recipients MailApp may send to per day; default 100 (a consumer account). */
  readonly mailQuota?: number;
  /** Where createHtmlOutputFromFile looks; default <cwd>/dist. */
  readonly htmlDir?: string;
  /** Default '回答'. */
  readonly spreadsheetName?: string;
  /** Print Logger/console output as well as capturing it; default false. */
  readonly echoLogs?: boolean;
}

/** What the script sees as globals, typed as Google types them. */
export interface ScriptGlobals {
  readonly SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  readonly FormApp: GoogleAppsScript.Forms.FormApp;
  readonly MailApp: GoogleAppsScript.Mail.MailApp;
  readonly PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  readonly CacheService: GoogleAppsScript.Cache.CacheService;
  readonly LockService: GoogleAppsScript.Lock.LockService;
  readonly HtmlService: GoogleAppsScript.HTML.HtmlService;
  readonly ScriptApp: GoogleAppsScript.Script.ScriptApp;
  readonly Session: GoogleAppsScript.Base.Session;
  readonly Utilities: GoogleAppsScript.Utilities.Utilities;
  readonly Charts: GoogleAppsScript.Charts.Charts;
  readonly SlidesApp: GoogleAppsScript.Slides.SlidesApp;
  /** The Slides advanced service: a script sees it only when its manifest enables it (see loadBundle). */
  readonly Slides: GoogleAppsScript.Slides;
  readonly UrlFetchApp: GoogleAppsScript.URL_Fetch.UrlFetchApp;
  readonly Logger: GoogleAppsScript.Base.Logger;
  readonly console: Pick<Console, 'log' | 'info' | 'warn' | 'error' | 'time' | 'timeEnd'>;
  readonly Date: DateConstructor;
}

/** A respondent's web answers, keyed by question title: text, option(s), a scale number, or one entry per grid row. */
export interface WebResponse {
  readonly answers: Readonly<Record<string, string | number | readonly string[] | ReadonlyArray<string | readonly string[] | null>>>;
  readonly email?: string;
  /** Default: the emulated now. */
  readonly at?: Date;
}

/** A copy of a form resource FormApp could serve: one the Forms API would refuse (a jump to no section) stops the setup. */
function checkedForm(resource: FormResource): FormResource {
  try {
    itemsOf(resource);
  } catch (error) {
    throw new EmulatorUsageError(`The form cannot be emulated: ${(error as Error).message}`);
  }
  return cloneJson(resource);
}

function checkedAddress(email: string): string {
  if (typeof email !== 'string' || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new EmulatorUsageError(`Not an e-mail address: ${String(email)}`);
  return email;
}

interface Parts {
  readonly env: Env;
  /** The user the emulator was created with. */
  readonly defaultUser: string;
  readonly workbook: WorkbookModel;
  readonly properties: PropertyStores;
  readonly triggers: TriggerState;
  readonly mail: MailState;
  /** Volatile: not saved. */
  readonly caches: CacheState;
  /** The presentations in the user's Drive. Not saved with the state: each run makes its own. */
  readonly slides: SlidesState;
  form: FormState | null;
  /** The Forms API is enabled in the script's Cloud project. */
  formsApi: boolean;
  readonly formsApiIds: 'hex' | 'unrelated';
  readonly scriptId: string;
  readonly mailQuota: number;
  readonly htmlDir: string;
}

export class Emulator {
  readonly ui = new UiRecorder();
  readonly locks: LockControl;
  /** The services, as the script's globals (only the methods the emulator implements exist at run time). */
  readonly globals: ScriptGlobals;
  private readonly parts: Parts;
  private readonly sheets: SheetsContext;

  constructor(options: EmulatorOptions = {}) {
    const timeZone = options.timeZone ?? 'Asia/Tokyo';
    const user = checkedAddress(options.user ?? 'staff@example.jp');
    const env = new Env({ timeZone, now: options.now ?? null, user: { email: user, emailHidden: false }, echoLogs: options.echoLogs ?? false });
    const form = options.form ? { resource: checkedForm(options.form), responses: [], unavailable: options.formUnavailable ?? false } : null;
    this.parts = {
      env,
      defaultUser: user,
      workbook: newWorkbook('emulated-spreadsheet', options.spreadsheetName ?? '回答', timeZone),
      properties: { document: {}, script: {}, users: {} },
      triggers: { triggers: [], nextUid: 1001 },
      mail: { outbox: [], used: {} },
      caches: new CacheState(),
      slides: { presentations: [], nextId: 1 },
      form,
      formsApi: options.formsApi ?? true,
      formsApiIds: options.formsApiIds ?? 'hex',
      scriptId: 'emulated-script',
      mailQuota: options.mailQuota ?? 100,
      htmlDir: options.htmlDir ?? resolve(process.cwd(), 'dist'),
    };
    this.locks = new LockControl(env);
    this.sheets = this.sheetsContext();
    this.globals = this.createGlobals();
  }

  /**
   * Continues a saved run (of this version, or of version 1, whose one user
   * then owns its triggers, user properties and quota); options given here
   * override the saved ones, and a `user` given here is also the one acting.
   */
  static restore(state: SavedState, options: Partial<EmulatorOptions> = {}): Emulator {
    const saved = upgradeState(cloneJson(state));
    const emulator = new Emulator({
      timeZone: saved.options.timeZone, user: saved.options.user, mailQuota: saved.options.mailQuota,
      ...(saved.options.now === null ? {} : { now: new Date(saved.options.now) }),
      ...options,
    });
    const parts = emulator.parts;
    Object.assign(parts.workbook, saved.workbook);
    Object.assign(parts.properties.document, saved.properties.document);
    Object.assign(parts.properties.script, saved.properties.script);
    Object.assign(parts.properties.users, saved.properties.users);
    parts.triggers.triggers.push(...saved.triggers.triggers);
    parts.triggers.nextUid = saved.triggers.nextUid;
    parts.mail.outbox.push(...saved.mail.outbox.map((mail) => ({ ...mail, sentAt: parts.env.newDate(Date.parse(mail.sentAt)) })));
    Object.assign(parts.mail.used, saved.mail.used);
    if (options.user === undefined) parts.env.actAs(saved.actingUser);
    const form = options.form === undefined ? saved.form : options.form && { resource: checkedForm(options.form), responses: saved.form?.responses ?? [], unavailable: false };
    parts.form = form ? { ...form, unavailable: options.formUnavailable ?? form.unavailable } : null;
    return emulator;
  }

  save(): EmulatorState {
    const { env, defaultUser, workbook, properties, triggers, mail, form, scriptId, mailQuota } = this.parts;
    return cloneJson({
      version: STATE_VERSION,
      options: { timeZone: env.zone.id, user: defaultUser, mailQuota, now: env.fixedNowMs() },
      actingUser: env.actingUser,
      scriptId, workbook, properties, triggers,
      mail: { outbox: mail.outbox.map((m) => ({ ...m, sentAt: m.sentAt.toISOString() })), used: mail.used },
      form,
    });
  }

  /**
   * Following executions (and calls on `globals`) run as this user: their
   * triggers, user properties, user cache and mail quota are theirs.
   * `emailHidden` models Google withholding the address from
   * Session.getActiveUser() (a user outside the owner's Workspace domain):
   * getEmail() answers '' while getEffectiveUser() still knows it.
   */
  actAs(email: string, options: { readonly emailHidden?: boolean } = {}): void {
    this.parts.env.actAs({ email: checkedAddress(email), emailHidden: options.emailHidden ?? false });
  }

  /** Empties every cache, as Google may at any time (a cold cache, or entries evicted early). */
  clearCaches(): void {
    this.parts.caches.clear();
  }

  /** The user following executions run as. */
  currentUser(): UserModel {
    return { ...this.parts.env.actingUser };
  }

  /**
   * Fixes the emulated clock (null: real time again, without the time
   * latencies added). Changing the day resets the mail quota.
   */
  setNow(date: Date | null): void {
    this.parts.env.setNow(date);
  }

  now(): Date {
    return this.parts.env.newDate(this.parts.env.nowMs());
  }

  /**
   * How long each service call takes, in ms, by 'Class.method' (e.g.
   * 'MailApp.sendEmail'), `default` for the others (0 unless given): every
   * counted call moves the emulated clock on by that much, fixed or real, so
   * the script's Date sees time pass and an execution can run out of it.
   * Replaces the latencies set before.
   */
  setLatency(latency: Latency): void {
    for (const [key, ms] of Object.entries(latency)) {
      if (key !== 'default' && !/^[A-Za-z]+\.[A-Za-z]+$/.test(key)) throw new EmulatorUsageError(`A latency is given per 'Class.method' or as 'default', not "${key}".`);
      if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) throw new EmulatorUsageError(`The latency of ${key} must be a number of milliseconds, not ${String(ms)}.`);
    }
    this.parts.env.setLatency(latency);
  }

  /**
   * How long one execution may run on the emulated clock, in ms (default
   * 360,000: Apps Script's 6 minutes; a simple trigger never has more than
   * its 30 seconds). A call that would start later fails with "Exceeded
   * maximum execution time", and so does the execution.
   */
  setExecutionLimit(ms: number): void {
    if (typeof ms !== 'number' || !(ms > 0)) throw new EmulatorUsageError(`The execution limit must be a positive number of milliseconds, not ${String(ms)}.`);
    this.parts.env.setExecutionLimit(ms);
  }

  get calls() {
    return this.parts.env.counter;
  }

  get outbox(): readonly SentMail[] {
    return this.parts.mail.outbox;
  }

  get logs(): readonly LogEntry[] {
    return this.parts.env.logs;
  }

  get triggers(): readonly TriggerModel[] {
    return cloneJson(this.parts.triggers.triggers);
  }

  /** The Properties stores as they are (read-only copies). */
  properties(): PropertyStores {
    return cloneJson(this.parts.properties);
  }

  /** The form's submitted responses (Node-side view). */
  formResponses(): readonly ResponseModel[] {
    return cloneJson(this.parts.form?.responses ?? []);
  }

  /**
   * Staff edit the form in Forms: from now on FormApp reads `resource`'s
   * questions (same form, same id); the responses so far are kept.
   */
  replaceForm(resource: FormResource): void {
    const { form } = this.parts;
    if (!form) throw new EmulatorUsageError('The emulator has no form.');
    if (resource.formId !== form.resource.formId) throw new EmulatorUsageError('replaceForm edits the same form: the formId must not change.');
    form.resource = checkedForm(resource);
  }

  /**
   * Enables or disables the Forms API in the script's Cloud project: disabled,
   * forms.get answers 403 as Google does for an API not turned on.
   */
  setFormsApiEnabled(enabled: boolean): void {
    this.parts.formsApi = enabled;
  }

  /** Makes FormApp unable (or able again) to open the form. */
  setFormAvailable(available: boolean): void {
    if (!this.parts.form) throw new EmulatorUsageError('The emulator has no form.');
    this.parts.form.unavailable = !available;
  }

  /**
   * Adds a sheet holding `values` as Sheets holds them: strings stay strings,
   * Dates are date-times. With `asTyped`, strings are read as if a user typed
   * them (or as Sheets imports a CSV): '123' becomes a number,
   * '2023/12/01 9:14:29' a date-time, '=…' a formula — what setValues does.
   * A new workbook's empty 'シート1' gives way to the first sheet added.
   * A workbook Google could not hold (over 10 million cells, a cell over
   * 50,000 characters) is refused.
   */
  addSheet(name: string, values: ReadonlyArray<ReadonlyArray<CellValue>>, options: { readonly asTyped?: boolean } = {}): void {
    const { workbook } = this.parts;
    if (workbook.sheets.some((sheet) => sheet.name === name)) throw new EmulatorUsageError(`A sheet named "${name}" already exists.`);
    const untouched = workbook.sheets.length === 1 && workbook.sheets[0].rows.length === 0 && workbook.sheets[0].name === 'シート1';
    const first = workbook.sheets[0];
    this.checkFits(values, DEFAULT_ROWS, DEFAULT_COLUMNS, untouched ? first.maxRows * first.maxColumns : 0);
    const sheet = newSheet(workbook, name);
    this.fill(sheet, values, options);
    if (untouched) workbook.sheets.splice(0, 1, sheet);
    else workbook.sheets.push(sheet);
    workbook.activeSheetId = workbook.sheets[0].id;
  }

  /**
   * Replaces what an existing sheet holds, as when Forms has added rows to the
   * response sheet between two runs (the same cell rules as addSheet).
   */
  replaceSheet(name: string, values: ReadonlyArray<ReadonlyArray<CellValue>>, options: { readonly asTyped?: boolean } = {}): void {
    const sheet = this.parts.workbook.sheets.find((candidate) => candidate.name === name);
    if (!sheet) throw new EmulatorUsageError(`No sheet named "${name}".`);
    this.checkFits(values, sheet.maxRows, sheet.maxColumns, sheet.maxRows * sheet.maxColumns);
    sheet.rows = [];
    this.fill(sheet, values, options);
  }

  /**
   * Setup must not build a workbook Google could not hold: a sheet of
   * `values` on a grid at least rows × columns, in place of `replacing`
   * cells, within the 10 million; no cell over 50,000 characters.
   */
  private checkFits(values: ReadonlyArray<ReadonlyArray<CellValue>>, rows: number, columns: number, replacing: number): void {
    const width = values.reduce((max, line) => Math.max(max, line.length), columns);
    const refusal = growthRefusal(this.parts.workbook, Math.max(rows, values.length) * width - replacing);
    if (refusal) throw new EmulatorUsageError(`Google would refuse this sheet: ${refusal}`);
    for (const line of values) {
      for (const value of line) {
        const tooLong = textRefusal(value);
        if (tooLong) throw new EmulatorUsageError(`Google would refuse this sheet: ${tooLong}`);
      }
    }
  }

  private fill(sheet: SheetModel, values: ReadonlyArray<ReadonlyArray<CellValue>>, options: { readonly asTyped?: boolean }): void {
    const { env } = this.parts;
    putCells(sheet, values, (value): Cell => {
      if (options.asTyped) {
        const entered = enter(value, undefined, { zone: env.zone, nowMs: env.nowMs() });
        return { v: entered.value, ...(entered.formula ? { f: entered.formula } : {}), ...(entered.autoFormat ? { nf: entered.autoFormat } : {}) };
      }
      if (value instanceof Date) return { v: serialFromInstant(value.getTime(), env.zone), nf: 'yyyy/MM/dd H:mm:ss' };
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return { v: value };
      return { v: '' };
    });
  }

  /** Makes `sheetName` the form's response sheet: getFormUrl() answers the form's URL and submissions land there. */
  linkForm(sheetName: string): void {
    const { workbook, form } = this.parts;
    if (!form) throw new EmulatorUsageError('The emulator has no form to link.');
    const sheet = workbook.sheets.find((candidate) => candidate.name === sheetName);
    if (!sheet) throw new EmulatorUsageError(`No sheet named "${sheetName}".`);
    workbook.formSheetId = sheet.id;
  }

  /** A respondent submits the web form: recorded in the form and appended to the linked sheet, as Forms does. */
  submitResponse(response: WebResponse): void {
    const { env, workbook, form } = this.parts;
    if (!form) throw new EmulatorUsageError('The emulator has no form.');
    const items = itemsOf(form.resource);
    const answers = Object.entries(response.answers).map(([title, value]) => {
      const matching = items.filter((item) => item.title === title);
      if (matching.length !== 1) throw new EmulatorUsageError(`The form has ${matching.length} items titled "${title}".`);
      return { itemId: matching[0].itemId, value: checkedAnswer(matching[0], value) };
    });
    const ordered = items.flatMap((item) => answers.filter((answer) => answer.itemId === item.itemId));
    const record: ResponseModel = {
      id: `2_ABaOnu${form.responses.length + 1}`, timestamp: (response.at ?? this.now()).getTime(), email: response.email ?? '', answers: ordered,
    };
    form.responses.push(record);
    writeResponse(env, workbook, form, items, record);
    if (workbookCells(workbook) > WORKBOOK_CELL_LIMIT) {
      throw new EmulatorUsageError(`The response sheet grew the workbook past Google's ${WORKBOOK_CELL_LIMIT} cells; Forms could not have written it.`);
    }
  }

  /** The workbook's cells as Google counts them against its 10 million: every sheet's grid, empty cells included. */
  workbookCells(): number {
    return workbookCells(this.parts.workbook);
  }

  /** The presentations scripts made in the user's Drive, oldest first (Node-side view). */
  presentations(): PresentationView[] {
    return this.parts.slides.presentations.map(presentationView);
  }

  /** The workbook and outbox as the output writers consume them. */
  view(): WorkbookView {
    return workbookView(this.sheets, this.parts.mail.outbox);
  }

  /** Runs `body` as one script execution (used by loadBundle). */
  execute<T>(run: RunSpec, body: () => T): T {
    return this.parts.env.execute(run, body);
  }

  /** @internal the shared runtime, for loadBundle. */
  get env(): Env {
    return this.parts.env;
  }

  /** @internal the container as an event's `source`, obtained without a counted service call. */
  scriptSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return exposeSpreadsheet(this.sheets);
  }

  private sheetsContext(): SheetsContext {
    const { env, workbook } = this.parts;
    const ui = new UiImpl(env, this.ui);
    return {
      env, workbook, ui: this.ui,
      scriptUi: () => env.expose(ui, UI),
      formUrl: () => (this.parts.form ? `https://docs.google.com/forms/d/${this.parts.form.resource.formId}/edit` : null),
    };
  }

  private createGlobals(): ScriptGlobals {
    const { env, workbook, properties, triggers, mail, caches, slides, scriptId, mailQuota, htmlDir } = this.parts;
    const forms: FormsContext = { env, workbook, state: () => this.parts.form };
    const charts = { ChartType };
    const presentations = new SlidesContext(env, slides);
    const tokens = new TokenIssuer(env);
    const fetching = {
      env, tokens, form: () => this.parts.form, formsApiEnabled: () => this.parts.formsApi, apiIds: this.parts.formsApiIds, allowlist: () => env.urlFetchAllowlist,
    };
    return {
      SpreadsheetApp: env.expose(new SpreadsheetAppImpl(this.sheets), SPREADSHEET_APP),
      FormApp: env.expose(new FormAppImpl(forms), FORM_APP),
      MailApp: env.expose(new MailAppImpl(env, mail, mailQuota), MAIL_APP),
      PropertiesService: env.expose(new PropertiesServiceImpl(env, properties), PROPERTIES_SERVICE),
      CacheService: env.expose(new CacheServiceImpl(env, caches), CACHE_SERVICE),
      LockService: env.expose(new LockServiceImpl(env, this.locks), LOCK_SERVICE),
      HtmlService: env.expose(new HtmlServiceImpl(env, htmlDir), HTML_SERVICE),
      ScriptApp: env.expose(new ScriptAppImpl(env, triggers, workbook.id, scriptId, tokens), SCRIPT_APP),
      Session: env.expose(new SessionImpl(env), SESSION),
      Utilities: env.expose(new UtilitiesImpl(env), UTILITIES),
      Charts: env.expose(charts as Pick<GoogleAppsScript.Charts.Charts, never>, CHARTS),
      SlidesApp: env.expose(new SlidesAppImpl(presentations), SLIDES_APP),
      Slides: slidesService(env, presentations),
      UrlFetchApp: env.expose(new UrlFetchAppImpl(fetching), URL_FETCH_APP),
      Logger: env.expose(new LoggerImpl(env), LOGGER),
      console: createConsole(env),
      Date: env.DateGlobal,
    };
  }
}
