/**
 * What every emulated service shares: the clock and time zone, the exposure
 * layer (counting, execution-context rules, errors in the script's realm) and
 * the kind of execution under way.
 */
import { CallCounter } from './counter';
import { ServiceError, fail } from './errors';
import { Exposer, type ClassSpec, type ServiceCall } from './expose';
import { createScriptDate } from './script-date';
import { Zone } from './zone';

/**
 * - editor: the user acting in the spreadsheet (menu item, dialog's
 *   google.script.run, a function run from the editor); full authorisation.
 * - trigger: an installable trigger (time-driven); no UI.
 * - simple: a simple trigger such as onOpen, in AuthMode LIMITED or NONE.
 */
type RunKind = 'editor' | 'trigger' | 'simple';
export type AuthModeName = 'FULL' | 'LIMITED' | 'NONE';

export interface Run {
  readonly kind: RunKind;
  readonly authMode: AuthModeName;
}

export interface LogEntry {
  readonly source: 'Logger' | 'console';
  readonly level: 'log' | 'info' | 'warn' | 'error';
  readonly message: string;
}

const SCOPES: Record<string, string> = {
  SpreadsheetApp: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
  FormApp: 'https://www.googleapis.com/auth/forms',
  MailApp: 'https://www.googleapis.com/auth/script.send_mail',
  ScriptApp: 'https://www.googleapis.com/auth/script.scriptapp',
  HtmlService: 'https://www.googleapis.com/auth/script.container.ui',
  Charts: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
};

/** A simple trigger (AuthMode LIMITED) cannot use services that need the user's authorisation. */
const FORBIDDEN_WHEN_LIMITED = new Set([
  'MailApp.sendEmail', 'MailApp.getRemainingDailyQuota', 'FormApp.openById', 'FormApp.openByUrl',
  'ScriptApp.getProjectTriggers', 'ScriptApp.getUserTriggers', 'ScriptApp.deleteTrigger',
  'ClockTriggerBuilder.create', 'SpreadsheetTriggerBuilder.create',
]);

/** Under AuthMode NONE (an add-on not yet used in this document) only the add-on menu can be built. */
const ALLOWED_WHEN_NONE = new Set(['SpreadsheetApp.getUi', 'Ui.createAddonMenu', 'Ui.createMenu']);
const ALLOWED_CLASSES_WHEN_NONE = new Set(['Menu', 'Logger', 'Utilities', 'Blob']);

function gridSize(value: unknown): number {
  return Array.isArray(value) ? value.reduce((sum: number, row) => sum + (Array.isArray(row) ? row.length : 0), 0) : 0;
}

function rangeSize(raw: object): number {
  const sized = raw as { cellCount?: () => number };
  return typeof sized.cellCount === 'function' ? sized.cellCount() : 1;
}

const CELLS_READ: Record<string, (call: ServiceCall, result: unknown) => number> = {
  'Range.getValues': (_call, result) => gridSize(result),
  'Range.getDisplayValues': (_call, result) => gridSize(result),
  'Range.getFormulas': (_call, result) => gridSize(result),
  'Range.getValue': () => 1,
  'Range.getDisplayValue': () => 1,
  'Range.getFormula': () => 1,
  'Sheet.getSheetValues': (_call, result) => gridSize(result),
};

const CELLS_WRITTEN: Record<string, (call: ServiceCall) => number> = {
  'Range.setValues': (call) => gridSize(call.args[0]),
  'Range.setFormulas': (call) => gridSize(call.args[0]),
  'Range.setValue': (call) => rangeSize(call.raw),
  'Range.setFormula': (call) => rangeSize(call.raw),
  'Sheet.appendRow': (call) => (Array.isArray(call.args[0]) ? call.args[0].length : 0),
};

export interface EnvOptions {
  readonly timeZone: string;
  readonly now: Date | null;
  readonly user: string;
  readonly echoLogs: boolean;
}

export class Env {
  readonly zone: Zone;
  readonly counter = new CallCounter();
  readonly logs: LogEntry[] = [];
  readonly user: string;
  /** The Date class whose instances the services hand out (zone-aware, clock-aware). */
  readonly ScriptDate: DateConstructor;
  /** The `Date` global of the script's context. */
  readonly DateGlobal: DateConstructor;
  private readonly exposer: Exposer;
  private fixedNow: number | null;
  private current: Run = { kind: 'editor', authMode: 'FULL' };
  private readonly runEndHandlers: Array<() => void> = [];
  private realmError: ((message: string) => Error) | null = null;
  readonly echoLogs: boolean;

  constructor(options: EnvOptions) {
    this.zone = Zone.of(options.timeZone);
    this.user = options.user;
    this.echoLogs = options.echoLogs;
    this.fixedNow = options.now ? options.now.getTime() : null;
    const dates = createScriptDate(this.zone, () => this.nowMs());
    this.ScriptDate = dates.Class;
    this.DateGlobal = dates.global;
    this.exposer = new Exposer({
      before: (call) => {
        this.check(call);
        this.counter.recordCall(call.key);
      },
      after: (call, result) => {
        this.counter.recordCells(CELLS_READ[call.key]?.(call, result) ?? 0, CELLS_WRITTEN[call.key]?.(call) ?? 0);
      },
      translate: (error) => this.translate(error),
    });
  }

  nowMs(): number {
    return this.fixedNow ?? Date.now();
  }

  /** The fixed clock, or null when it follows real time. */
  fixedNowMs(): number | null {
    return this.fixedNow;
  }

  /** Fixes the clock; null returns to real time. */
  setNow(date: Date | null): void {
    this.fixedNow = date ? date.getTime() : null;
  }

  newDate(ms: number): Date {
    return new this.ScriptDate(ms);
  }

  get run(): Run {
    return this.current;
  }

  expose<G, M extends keyof G & string>(raw: Pick<G, M>, spec: ClassSpec<G, M>): G {
    return this.exposer.expose(raw, spec);
  }

  unwrap<T>(value: unknown, type: abstract new (...args: never[]) => T): T | null {
    return this.exposer.unwrap(value, type);
  }

  /** Runs `body` as one script execution of the given kind; what is held for an execution (locks) is released after. */
  execute<T>(run: Run, body: () => T): T {
    const previous = this.current;
    this.current = run;
    try {
      return body();
    } finally {
      this.current = previous;
      for (const handler of this.runEndHandlers) handler();
    }
  }

  onRunEnd(handler: () => void): void {
    this.runEndHandlers.push(handler);
  }

  /** Errors from services reach the script as the script realm's Error, as Google's do. */
  setRealmError(factory: ((message: string) => Error) | null): void {
    this.realmError = factory;
  }

  log(entry: LogEntry): void {
    this.logs.push(entry);
    if (this.echoLogs) console[entry.level](entry.message);
  }

  private check(call: ServiceCall): void {
    const { kind, authMode } = this.current;
    if (kind === 'trigger' && call.key === 'SpreadsheetApp.getUi') {
      // The text Apps Script gives when a time-driven trigger reaches for the UI (many issue reports).
      fail('Cannot call SpreadsheetApp.getUi() from this context.');
    }
    if (authMode === 'NONE' && !ALLOWED_WHEN_NONE.has(call.key) && !ALLOWED_CLASSES_WHEN_NONE.has(call.spec.name)) this.denied(call);
    if (authMode === 'LIMITED' && FORBIDDEN_WHEN_LIMITED.has(call.key)) this.denied(call);
  }

  private denied(call: ServiceCall): never {
    const qualified = call.spec.service === call.spec.name ? call.key : `${call.spec.service}.${call.key}`;
    const scope = SCOPES[call.spec.service];
    // Apps Script's wording for a call the current authorisation does not cover.
    fail(scope
      ? `You do not have permission to call ${qualified}. Required permissions: ${scope}`
      : 'Authorization is required to perform that action.');
  }

  private translate(error: unknown): unknown {
    if (error instanceof ServiceError && this.realmError) {
      const translated = this.realmError(error.message);
      translated.name = error.name;
      return translated;
    }
    return error;
  }
}
