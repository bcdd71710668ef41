/**
 * ScriptApp: installable triggers (time-driven, and spreadsheet ones), the
 * AuthMode/EventType/TriggerSource enums. Triggers are data; the Node side
 * fires the time-driven ones (Bundle.fireTimeTriggers), each as its owner.
 * The schedule is checked the way the builder documents it (everyMinutes
 * 1/5/10/15/30, everyHours 1/2/4/6/8/12, atHour 0–23 …) but not used to
 * decide when to fire.
 *
 * A trigger belongs to the user who created it: getProjectTriggers() "Gets
 * all installable triggers associated with the current project and current
 * user" (ScriptApp reference), the limit of 20 is per user per script
 * (quotas page), and every trigger records the spreadsheet the script ran in,
 * since an add-on's triggers are per user per document.
 */
import { AuthMode, EventType, TriggerSource, Weekday, enumName } from './enums';
import type { Env } from './env';
import { fail, signatureMismatch } from './errors';
import { classSpec } from './expose';
import { SpreadsheetImpl } from './spreadsheet/spreadsheet';
import type { TokenIssuer } from './url-fetch';
import { Zone } from './zone';

export interface TriggerModel {
  uid: string;
  handler: string;
  eventType: 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_FORM_SUBMIT' | 'ON_CHANGE';
  source: 'CLOCK' | 'SPREADSHEETS';
  /** The spreadsheet id for spreadsheet triggers; '' for clock ones. */
  sourceId: string;
  schedule: ClockSchedule | null;
  /** The user who created it, whom it runs as. */
  owner: string;
  /** The spreadsheet the script was running in when the trigger was created. */
  containerId: string;
}

export interface ClockSchedule {
  everyMinutes?: number;
  everyHours?: number;
  everyDays?: number;
  everyWeeks?: number;
  atHour?: number;
  nearMinute?: number;
  onWeekDay?: string;
  onMonthDay?: number;
  /** Epoch ms for after()/at() one-off triggers. */
  at?: number;
  timeZone: string;
}

export interface TriggerState {
  readonly triggers: TriggerModel[];
  nextUid: number;
}

/** Google's limit of installable triggers per user per script (its text is in install()). */
const TRIGGER_LIMIT = 20;

const APP_METHODS = ['newTrigger', 'getProjectTriggers', 'getUserTriggers', 'deleteTrigger', 'getScriptId', 'getOAuthToken'] as const;
const APP_CONSTANTS = ['AuthMode', 'EventType', 'TriggerSource', 'WeekDay'] as const;
type GApp = GoogleAppsScript.Script.ScriptApp;
export const SCRIPT_APP = classSpec<GApp>()('ScriptApp', 'ScriptApp', APP_METHODS, APP_CONSTANTS);

const TRIGGER_METHODS = ['getHandlerFunction', 'getUniqueId', 'getEventType', 'getTriggerSource', 'getTriggerSourceId'] as const;
type GTrigger = GoogleAppsScript.Script.Trigger;
const TRIGGER = classSpec<GTrigger>()('ScriptApp', 'Trigger', TRIGGER_METHODS);

const BUILDER_METHODS = ['timeBased', 'forSpreadsheet'] as const;
type GBuilder = GoogleAppsScript.Script.TriggerBuilder;
const TRIGGER_BUILDER = classSpec<GBuilder>()('ScriptApp', 'TriggerBuilder', BUILDER_METHODS);

const CLOCK_METHODS = [
  'everyMinutes', 'everyHours', 'everyDays', 'everyWeeks', 'atHour', 'nearMinute', 'onWeekDay', 'onMonthDay',
  'inTimezone', 'after', 'at', 'create',
] as const;
type GClock = GoogleAppsScript.Script.ClockTriggerBuilder;
const CLOCK_BUILDER = classSpec<GClock>()('ScriptApp', 'ClockTriggerBuilder', CLOCK_METHODS);

const SHEET_TRIGGER_METHODS = ['onOpen', 'onEdit', 'onChange', 'onFormSubmit', 'create'] as const;
type GSheetTrigger = GoogleAppsScript.Script.SpreadsheetTriggerBuilder;
const SPREADSHEET_TRIGGER_BUILDER = classSpec<GSheetTrigger>()('ScriptApp', 'SpreadsheetTriggerBuilder', SHEET_TRIGGER_METHODS);

class TriggerImpl implements Pick<GTrigger, typeof TRIGGER_METHODS[number]> {
  constructor(readonly model: TriggerModel) {}

  getHandlerFunction(): string {
    return this.model.handler;
  }

  getUniqueId(): string {
    return this.model.uid;
  }

  getEventType(): GoogleAppsScript.Script.EventType {
    return EventType[this.model.eventType];
  }

  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    return TriggerSource[this.model.source];
  }

  getTriggerSourceId(): string {
    return this.model.sourceId;
  }
}

interface Registry {
  readonly env: Env;
  readonly state: TriggerState;
  readonly spreadsheetId: string;
}

function install(registry: Registry, model: Omit<TriggerModel, 'uid' | 'owner' | 'containerId'>): GTrigger {
  const owner = registry.env.user;
  if (registry.state.triggers.filter((trigger) => trigger.owner === owner).length >= TRIGGER_LIMIT) {
    fail('This script has too many triggers. Triggers must be deleted from the script before more can be added.');
  }
  const trigger: TriggerModel = { ...model, owner, containerId: registry.spreadsheetId, uid: String(registry.state.nextUid++) };
  registry.state.triggers.push(trigger);
  return registry.env.expose(new TriggerImpl(trigger), TRIGGER);
}

const wholeIn = (value: unknown, allowed: readonly number[]) => typeof value === 'number' && allowed.includes(value);
const integerBetween = (value: unknown, low: number, high: number) => typeof value === 'number' && Number.isInteger(value) && value >= low && value <= high;

class ClockTriggerBuilderImpl implements Pick<GClock, typeof CLOCK_METHODS[number]> {
  private readonly schedule: ClockSchedule;

  constructor(private readonly registry: Registry, private readonly handler: string) {
    this.schedule = { timeZone: registry.env.zone.id };
  }

  private get self(): GClock {
    return this as unknown as GClock;
  }

  private invalid(method: string, value: unknown): never {
    // Google refuses these values; its exact wording is not documented.
    fail(`Invalid argument for ClockTriggerBuilder.${method}: ${String(value)}`);
  }

  everyMinutes(n: number): GClock {
    if (!wholeIn(n, [1, 5, 10, 15, 30])) this.invalid('everyMinutes', n);
    this.schedule.everyMinutes = n;
    return this.self;
  }

  everyHours(n: number): GClock {
    if (!wholeIn(n, [1, 2, 4, 6, 8, 12])) this.invalid('everyHours', n);
    this.schedule.everyHours = n;
    return this.self;
  }

  everyDays(n: number): GClock {
    if (!integerBetween(n, 1, Number.MAX_SAFE_INTEGER)) this.invalid('everyDays', n);
    this.schedule.everyDays = n;
    return this.self;
  }

  everyWeeks(n: number): GClock {
    if (!integerBetween(n, 1, Number.MAX_SAFE_INTEGER)) this.invalid('everyWeeks', n);
    this.schedule.everyWeeks = n;
    return this.self;
  }

  atHour(hour: number): GClock {
    if (!integerBetween(hour, 0, 23)) this.invalid('atHour', hour);
    this.schedule.atHour = hour;
    return this.self;
  }

  nearMinute(minute: number): GClock {
    if (!integerBetween(minute, 0, 59)) this.invalid('nearMinute', minute);
    this.schedule.nearMinute = minute;
    return this.self;
  }

  onWeekDay(day: GoogleAppsScript.Base.Weekday): GClock {
    const name = enumName(day, 'Weekday');
    if (name === null) signatureMismatch('ScriptApp.ClockTriggerBuilder.onWeekDay', [day]);
    this.schedule.onWeekDay = name;
    return this.self;
  }

  onMonthDay(day: number): GClock {
    if (!integerBetween(day, 1, 31)) this.invalid('onMonthDay', day);
    this.schedule.onMonthDay = day;
    return this.self;
  }

  inTimezone(timezone: string): GClock {
    try {
      Zone.of(String(timezone));
    } catch {
      this.invalid('inTimezone', timezone);
    }
    this.schedule.timeZone = timezone;
    return this.self;
  }

  after(durationMilliseconds: number): GClock {
    if (typeof durationMilliseconds !== 'number') signatureMismatch('ScriptApp.ClockTriggerBuilder.after', [durationMilliseconds]);
    this.schedule.at = this.registry.env.nowMs() + durationMilliseconds;
    return this.self;
  }

  at(date: GoogleAppsScript.Base.Date): GClock {
    if (!(date instanceof Date)) signatureMismatch('ScriptApp.ClockTriggerBuilder.at', [date]);
    this.schedule.at = date.getTime();
    return this.self;
  }

  create(): GTrigger {
    const s = this.schedule;
    const recurring = [s.everyMinutes, s.everyHours, s.everyDays, s.everyWeeks, s.onMonthDay].filter((v) => v !== undefined).length;
    if (recurring + (s.at !== undefined ? 1 : 0) !== 1) fail('A time-based trigger needs exactly one schedule (everyMinutes/Hours/Days/Weeks, onMonthDay, at or after).');
    if ((s.atHour !== undefined || s.nearMinute !== undefined) && s.everyDays === undefined && s.everyWeeks === undefined && s.onMonthDay === undefined) {
      fail('atHour and nearMinute need a daily, weekly or monthly schedule.');
    }
    return install(this.registry, { handler: this.handler, eventType: 'CLOCK', source: 'CLOCK', sourceId: '', schedule: { ...s } });
  }
}

class SpreadsheetTriggerBuilderImpl implements Pick<GSheetTrigger, typeof SHEET_TRIGGER_METHODS[number]> {
  private eventType: TriggerModel['eventType'] | null = null;

  constructor(private readonly registry: Registry, private readonly handler: string, private readonly sourceId: string) {}

  private on(eventType: TriggerModel['eventType']): GSheetTrigger {
    this.eventType = eventType;
    return this as unknown as GSheetTrigger;
  }

  onOpen(): GSheetTrigger { return this.on('ON_OPEN'); }
  onEdit(): GSheetTrigger { return this.on('ON_EDIT'); }
  onChange(): GSheetTrigger { return this.on('ON_CHANGE'); }
  onFormSubmit(): GSheetTrigger { return this.on('ON_FORM_SUBMIT'); }

  create(): GTrigger {
    if (this.eventType === null) fail('A spreadsheet trigger needs an event (onOpen, onEdit, onChange or onFormSubmit).');
    return install(this.registry, { handler: this.handler, eventType: this.eventType, source: 'SPREADSHEETS', sourceId: this.sourceId, schedule: null });
  }
}

class TriggerBuilderImpl implements Pick<GBuilder, typeof BUILDER_METHODS[number]> {
  constructor(private readonly registry: Registry, private readonly handler: string) {}

  timeBased(): GClock {
    return this.registry.env.expose(new ClockTriggerBuilderImpl(this.registry, this.handler), CLOCK_BUILDER);
  }

  /** The container spreadsheet, given as the Spreadsheet or its id. */
  forSpreadsheet(sheet: GoogleAppsScript.Spreadsheet.Spreadsheet | string): GSheetTrigger {
    const id = typeof sheet === 'string' ? sheet : this.registry.env.unwrap(sheet, SpreadsheetImpl)?.getId();
    if (typeof id !== 'string') signatureMismatch('ScriptApp.TriggerBuilder.forSpreadsheet', [sheet]);
    if (id !== this.registry.spreadsheetId) fail('No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.');
    return this.registry.env.expose(new SpreadsheetTriggerBuilderImpl(this.registry, this.handler, id), SPREADSHEET_TRIGGER_BUILDER);
  }
}

export class ScriptAppImpl implements Pick<GApp, typeof APP_METHODS[number] | typeof APP_CONSTANTS[number]> {
  readonly AuthMode = AuthMode;
  readonly EventType = EventType;
  readonly TriggerSource = TriggerSource;
  readonly WeekDay = Weekday;
  private readonly registry: Registry;

  constructor(env: Env, state: TriggerState, spreadsheetId: string, private readonly scriptId: string, private readonly tokens: TokenIssuer) {
    this.registry = { env, state, spreadsheetId };
  }

  /** A token carrying the scopes the script is granted, for REST calls through UrlFetchApp. */
  getOAuthToken(): string {
    return this.tokens.issue();
  }

  newTrigger(functionName: string): GBuilder {
    if (typeof functionName !== 'string') signatureMismatch('ScriptApp.newTrigger', [functionName]);
    return this.registry.env.expose(new TriggerBuilderImpl(this.registry, functionName), TRIGGER_BUILDER);
  }

  private expose(models: readonly TriggerModel[]): GTrigger[] {
    return models.map((model) => this.registry.env.expose(new TriggerImpl(model), TRIGGER));
  }

  /** The current user's triggers of this project; other users' stay invisible. */
  getProjectTriggers(): GTrigger[] {
    const user = this.registry.env.user;
    return this.expose(this.registry.state.triggers.filter((model) => model.owner === user));
  }

  /**
   * The current user's triggers tied to the spreadsheet: its spreadsheet
   * triggers and the time-driven ones created while the script ran in it
   * (as an add-on's are, per user per document). Whether Google lists a
   * bound script's time-driven triggers here is not documented; the
   * emulator follows the add-on rule.
   */
  getUserTriggers(container: unknown): GTrigger[] {
    const spreadsheet = this.registry.env.unwrap(container, SpreadsheetImpl);
    if (!spreadsheet) signatureMismatch('ScriptApp.getUserTriggers', [container]);
    const id = spreadsheet.getId();
    const user = this.registry.env.user;
    return this.expose(this.registry.state.triggers.filter((model) => model.owner === user && (model.containerId === id || model.sourceId === id)));
  }

  /**
   * Removes one of the current user's triggers. Another user's trigger is
   * refused: a user cannot even list those on Google, and what Google says
   * when handed one is not documented, so this text is the emulator's own.
   */
  deleteTrigger(trigger: GTrigger): void {
    const raw = this.registry.env.unwrap(trigger, TriggerImpl);
    if (!raw) signatureMismatch('ScriptApp.deleteTrigger', [trigger]);
    if (raw.model.owner !== this.registry.env.user) fail(`Trigger ${raw.model.uid} belongs to another user and cannot be deleted by ${this.registry.env.user}.`);
    const index = this.registry.state.triggers.findIndex((model) => model.uid === raw.model.uid);
    if (index >= 0) this.registry.state.triggers.splice(index, 1);
  }

  getScriptId(): string {
    return this.scriptId;
  }
}
