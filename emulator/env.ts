/**
 * What every emulated service shares: the clock and time zone, the exposure
 * layer (counting, execution-context rules, errors in the script's realm) and
 * the kind of execution under way.
 */
import { ExecutionClock, type Latency } from './clock';
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

/**
 * A Google account using the add-on. `emailHidden` models Google withholding
 * the address from Session.getActiveUser() (a user outside the script
 * owner's Workspace domain, for instance): getEmail() is then ''.
 */
export interface UserModel {
  readonly email: string;
  readonly emailHidden: boolean;
}

export interface Run {
  readonly kind: RunKind;
  readonly authMode: AuthModeName;
  /** Who runs it: the user acting in the spreadsheet, or a trigger's owner. */
  readonly user: UserModel;
}

/** An execution to start: as the acting user unless `user` says who (a trigger's owner). */
export type RunSpec = Omit<Run, 'user'> & { readonly user?: UserModel };

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
  SlidesApp: 'https://www.googleapis.com/auth/presentations',
  Slides: 'https://www.googleapis.com/auth/presentations',
  UrlFetchApp: 'https://www.googleapis.com/auth/script.external_request',
};

/**
 * Services whose calls are held to the manifest's oauthScopes: a script that
 * lists its scopes gets only those (Apps Script's manifest reference), and
 * each of these needs one of the scopes listed. SlidesApp takes
 * presentations (presentations.currentonly only in a script bound to a
 * presentation); the Slides API also takes the Drive scopes.
 */
const MANIFEST_SCOPES: Record<string, readonly string[]> = {
  SlidesApp: ['https://www.googleapis.com/auth/presentations'],
  Slides: [
    'https://www.googleapis.com/auth/presentations', 'https://www.googleapis.com/auth/drive', 'https://www.googleapis.com/auth/drive.file',
  ],
  UrlFetchApp: ['https://www.googleapis.com/auth/script.external_request'],
};

/** A simple trigger (AuthMode LIMITED) cannot use services that need the user's authorisation. */
const FORBIDDEN_WHEN_LIMITED = new Set([
  'MailApp.sendEmail', 'MailApp.getRemainingDailyQuota', 'FormApp.openById', 'FormApp.openByUrl',
  'ScriptApp.getProjectTriggers', 'ScriptApp.getUserTriggers', 'ScriptApp.deleteTrigger',
  'ClockTriggerBuilder.create', 'SpreadsheetTriggerBuilder.create', 'SlidesApp.create', 'SlidesApp.openById', 'Presentations.batchUpdate',
  // Simple triggers "cannot access services that require authorization": UrlFetchApp does, and a token is one.
  'UrlFetchApp.fetch', 'ScriptApp.getOAuthToken',
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
  readonly user: UserModel;
  readonly echoLogs: boolean;
}

export class Env {
  readonly zone: Zone;
  readonly counter = new CallCounter();
  readonly logs: LogEntry[] = [];
  /** The Date class whose instances the services hand out (zone-aware, clock-aware). */
  readonly ScriptDate: DateConstructor;
  /** The `Date` global of the script's context. */
  readonly DateGlobal: DateConstructor;
  private readonly exposer: Exposer;
  private readonly clock: ExecutionClock;
  /** The user the following executions (and Node-side calls on `globals`) run as. */
  private acting: UserModel;
  private current: Run | null = null;
  private readonly runEndHandlers: Array<() => void> = [];
  private realmError: ((message: string) => Error) | null = null;
  /** The oauthScopes of the loaded script's manifest; null when it lists none (or none is loaded). */
  private scopes: ReadonlySet<string> | null = null;
  private allowlist: readonly string[] | null = null;
  readonly echoLogs: boolean;

  constructor(options: EnvOptions) {
    this.zone = Zone.of(options.timeZone);
    this.acting = options.user;
    this.echoLogs = options.echoLogs;
    this.clock = new ExecutionClock(options.now);
    const dates = createScriptDate(this.zone, () => this.nowMs());
    this.ScriptDate = dates.Class;
    this.DateGlobal = dates.global;
    this.exposer = new Exposer({
      before: (call) => {
        this.clock.checkDeadline();
        this.check(call);
        this.counter.recordCall(call.key);
      },
      settle: (call) => this.clock.advance(this.clock.latencyOf(call.key)),
      after: (call, result) => {
        this.counter.recordCells(CELLS_READ[call.key]?.(call, result) ?? 0, CELLS_WRITTEN[call.key]?.(call) ?? 0);
      },
      translate: (error) => this.translate(error),
    });
  }

  nowMs(): number {
    return this.clock.nowMs();
  }

  /** The fixed clock, or null when it follows real time. */
  fixedNowMs(): number | null {
    return this.clock.fixedNowMs();
  }

  /** Fixes the clock; null returns to real time. */
  setNow(date: Date | null): void {
    this.clock.setNow(date);
  }

  /** Time spent waiting inside a call (a sleep, a lock held elsewhere). */
  wait(ms: number): void {
    this.clock.advance(ms);
  }

  setLatency(latency: Latency): void {
    this.clock.setLatency(latency);
  }

  setExecutionLimit(ms: number): void {
    this.clock.setExecutionLimit(ms);
  }

  newDate(ms: number): Date {
    return new this.ScriptDate(ms);
  }

  /** The execution under way; outside one (Node-side calls on `globals`), the acting user in the editor. */
  get run(): Run {
    return this.current ?? { kind: 'editor', authMode: 'FULL', user: this.acting };
  }

  get actingUser(): UserModel {
    return this.acting;
  }

  /** Following executions run as `user`. */
  actAs(user: UserModel): void {
    this.acting = user;
  }

  /** Whose per-user data (user properties and cache, triggers, mail quota) the running code uses. */
  get user(): string {
    return this.run.user.email;
  }

  /**
   * What Session.getActiveUser().getEmail() answers. Google's reference
   * (User.getEmail): the address "is not available in any context that
   * allows a script to run without that user's authorization, like a simple
   * onOpen(e) or onEdit(e) trigger", and is blank where security policies
   * withhold it. The reference adds that the restriction "generally" does
   * not apply within the owner's Workspace domain; the emulator takes the
   * strict reading: always '' in a simple trigger.
   */
  activeUserEmail(): string {
    const { kind, user } = this.run;
    return kind === 'simple' || user.emailHidden ? '' : user.email;
  }

  /**
   * What Session.getEffectiveUser().getEmail() answers: the user the script
   * runs as (a trigger's owner in a trigger). In a simple trigger it is
   * "the same account as getActiveUser()" (Session reference), so '' there.
   */
  effectiveUserEmail(): string {
    const { kind, user } = this.run;
    return kind === 'simple' ? '' : user.email;
  }
  expose<G, M extends keyof G & string>(raw: Pick<G, M>, spec: ClassSpec<G, M>): G {
    return this.exposer.expose(raw, spec);
  }

  unwrap<T>(value: unknown, type: abstract new (...args: never[]) => T): T | null {
    return this.exposer.unwrap(value, type);
  }

  /**
   * Runs `body` as one script execution of the given kind, as the acting
   * user unless `run.user` says who (a trigger's owner); what is held for an
   * execution (locks) is released after.
   */
  execute<T>(run: RunSpec, body: () => T): T {
    const previous = this.current;
    this.current = { ...run, user: run.user ?? this.acting };
    try {
      return this.clock.run(run.kind === 'simple', body);
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

  /** The scopes the loaded script's manifest declares (null: the manifest lists none). */
  setManifestScopes(scopes: readonly string[] | null): void {
    this.scopes = scopes ? new Set(scopes) : null;
  }

  /**
   * The scopes an OAuth token issued now carries: the manifest's. Without
   * oauthScopes Apps Script infers them from the services the code uses,
   * which never include a REST API's own scopes (forms.body.readonly …), so
   * the emulator then grants none.
   */
  get grantedScopes(): ReadonlySet<string> {
    return this.scopes ?? new Set();
  }

  /** The manifest's urlFetchWhitelist (null: it has none, and any https URL may be fetched). */
  setUrlFetchAllowlist(prefixes: readonly string[] | null): void {
    this.allowlist = prefixes ? [...prefixes] : null;
  }

  get urlFetchAllowlist(): readonly string[] | null {
    return this.allowlist;
  }

  log(entry: LogEntry): void {
    this.logs.push(entry);
    if (this.echoLogs) console[entry.level](entry.message);
  }

  private check(call: ServiceCall): void {
    const { kind, authMode } = this.run;
    if (kind === 'trigger' && call.key === 'SpreadsheetApp.getUi') {
      // The text Apps Script gives when a time-driven trigger reaches for the UI (many issue reports).
      fail('Cannot call SpreadsheetApp.getUi() from this context.');
    }
    if (authMode === 'NONE' && !ALLOWED_WHEN_NONE.has(call.key) && !ALLOWED_CLASSES_WHEN_NONE.has(call.spec.name)) this.denied(call);
    if (authMode === 'LIMITED' && FORBIDDEN_WHEN_LIMITED.has(call.key)) this.denied(call);
    const needed = MANIFEST_SCOPES[call.spec.service];
    if (needed && this.scopes && !needed.some((scope) => this.scopes?.has(scope))) this.denied(call);
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
