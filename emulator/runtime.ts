/**
 * Runs the built script (dist/Code.js) the way Apps Script does: the file is
 * evaluated in a context whose globals are the services, and its top-level
 * function declarations are what menus, google.script.run and triggers can
 * call. As on Google, every execution starts from a freshly evaluated script
 * — global variables do not survive from one call to the next — while the
 * spreadsheet, properties, triggers and mail persist in the emulator.
 * Functions whose names end with '_' are private and cannot be called.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import vm from 'node:vm';
import { AuthMode } from './enums';
import type { AuthModeName, RunSpec } from './env';
import type { Emulator } from './index';
import { wallFields } from './zone';

export interface Bundle {
  /**
   * Calls a top-level function as the user would (menu item, editor): full
   * authorisation, UI available. Dates among the arguments arrive as the
   * script's Dates (arrays and plain objects holding them are copied).
   */
  call(name: string, ...args: unknown[]): unknown;
  /**
   * Calls it as google.script.run from a dialog does: arguments must be
   * primitives, arrays and plain objects (a Date or function fails), and a
   * result holding a Date or other illegal value arrives as null.
   */
  run(name: string, ...args: unknown[]): unknown;
  has(name: string): boolean;
  topLevelFunctions(): string[];
  /** Runs onOpen as the spreadsheet opening does, in a simple-trigger context (AuthMode LIMITED by default, or NONE). */
  open(authMode?: AuthModeName): void;
  /**
   * Fires every time-driven trigger once, each in its own trigger execution
   * run as the trigger's owner (no UI); the first failure is thrown.
   */
  fireTimeTriggers(): void;
}

type ScriptFunction = (...args: unknown[]) => unknown;

/** Google's message when a menu, trigger or google.script.run names a function the script lacks. */
function notFound(name: string): Error {
  return new Error(`Script function not found: ${name}`);
}

/** google.script.run's rule for values crossing between the page and the server. */
function transferable(value: unknown, path: string, seen: Set<unknown>): boolean {
  if (value === null || value === undefined) return true;
  if (['string', 'number', 'boolean'].includes(typeof value)) return true;
  if (typeof value !== 'object') return false;
  if (seen.has(value)) return false;
  if (Array.isArray(value)) {
    seen.add(value);
    return value.every((item, index) => transferable(item, `${path}.${index}`, seen));
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== null && Object.getPrototypeOf(proto) !== null) return false;
  seen.add(value);
  return Object.entries(value).every(([key, item]) => transferable(item, `${path}.${key}`, seen));
}

function copyTransferable(value: unknown): unknown {
  if (value === undefined) return null;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(copyTransferable);
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) if (item !== undefined) copy[key] = copyTransferable(item);
  return copy;
}

/**
 * Dates handed in from Node become the script's Dates (local time in the
 * script's zone), as every Date in an Apps Script execution is; arrays and
 * plain objects holding them are copied.
 */
function asScriptValues(value: unknown, ScriptDate: DateConstructor): unknown {
  if (value instanceof Date) return Object.getPrototypeOf(value) === ScriptDate.prototype ? value : new ScriptDate(value.getTime());
  if (Array.isArray(value)) return value.map((item) => asScriptValues(item, ScriptDate));
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, asScriptValues(item, ScriptDate)]));
  }
  return value;
}

/** The globals that are advanced services: a script has one only when its manifest enables it. */
const ADVANCED_SERVICES: Readonly<Record<string, { readonly serviceId: string; readonly version: string }>> = {
  Slides: { serviceId: 'slides', version: 'v1' },
};

interface Manifest {
  readonly oauthScopes?: readonly string[];
  readonly urlFetchWhitelist?: readonly string[];
  readonly dependencies?: { readonly enabledAdvancedServices?: ReadonlyArray<{ userSymbol: string; serviceId: string; version: string }> };
}

/**
 * The manifest (appsscript.json) beside the script, as clasp pushes them
 * together: its advanced services become globals under their userSymbol,
 * and its oauthScopes are all the script is granted.
 */
function readManifest(codePath: string): Manifest {
  const path = join(dirname(codePath), 'appsscript.json');
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) as Manifest : {};
}

function advancedServices(manifest: Manifest): Set<string> {
  const enabled = new Set<string>();
  for (const service of manifest.dependencies?.enabledAdvancedServices ?? []) {
    const known = Object.entries(ADVANCED_SERVICES).find(([, spec]) => spec.serviceId === service.serviceId);
    if (!known || known[1].version !== service.version || known[0] !== service.userSymbol) {
      throw new Error(`The emulator has no advanced service ${service.serviceId} ${service.version} as ${service.userSymbol}.`);
    }
    enabled.add(service.userSymbol);
  }
  return enabled;
}

export function loadBundle(emulator: Emulator, codePath = resolve(process.cwd(), 'dist', 'Code.js')): Bundle {
  const script = new vm.Script(readFileSync(codePath, 'utf8'), { filename: codePath });
  const manifest = readManifest(codePath);
  emulator.env.setManifestScopes(manifest.oauthScopes ?? null);
  emulator.env.setUrlFetchAllowlist(manifest.urlFetchWhitelist ?? null);
  const enabled = advancedServices(manifest);
  const serviceNames = new Set(Object.keys(emulator.globals));
  const globals: Record<string, unknown> = Object.fromEntries(Object.entries(emulator.globals)
    .filter(([name]) => !(name in ADVANCED_SERVICES) || enabled.has(name)));

  /** A fresh evaluation of the script, as each Apps Script execution gets. */
  const evaluate = (): Record<string, unknown> => {
    const sandbox: Record<string, unknown> = { ...globals };
    const context = vm.createContext(sandbox, { name: 'Apps Script' });
    const RealmError = vm.runInContext('Error', context) as ErrorConstructor;
    emulator.env.setRealmError((message) => new RealmError(message));
    script.runInContext(context);
    return sandbox;
  };

  /** Errors thrown into the script belong to its realm only while it runs; Node-side calls get Node's. */
  const inScript = <T>(body: (sandbox: Record<string, unknown>) => T): T => {
    try {
      return body(evaluate());
    } finally {
      emulator.env.setRealmError(null);
    }
  };

  const functionNames = inScript((sandbox) => Object.keys(sandbox)
    .filter((name) => !serviceNames.has(name) && typeof sandbox[name] === 'function' && !name.endsWith('_'))
    .sort());

  const execute = (run: RunSpec, name: string, args: () => unknown[]): unknown => emulator.execute(run, () => inScript((sandbox) => {
    const fn = sandbox[name];
    if (!functionNames.includes(name) || typeof fn !== 'function') throw notFound(name);
    return (fn as ScriptFunction)(...args());
  }));

  const editor: RunSpec = { kind: 'editor', authMode: 'FULL' };

  return {
    call: (name, ...args) => execute(editor, name, () => args.map((arg) => asScriptValues(arg, emulator.env.ScriptDate))),

    run: (name, ...args) => {
      args.forEach((arg, index) => {
        if (!transferable(arg, String(index), new Set())) throw new Error(`Failed due to illegal value in property: ${index}`);
      });
      const result = execute(editor, name, () => args.map(copyTransferable));
      return transferable(result, '', new Set()) ? copyTransferable(result) : null;
    },

    has: (name) => functionNames.includes(name),

    topLevelFunctions: () => [...functionNames],

    open: (authMode = 'LIMITED') => {
      // Under NONE the event carries nothing but the mode.
      const event = (): unknown[] => [authMode === 'NONE'
        ? { authMode: AuthMode.NONE }
        : { authMode: AuthMode[authMode], source: emulator.scriptSpreadsheet() }];
      execute({ kind: 'simple', authMode }, 'onOpen', event);
    },

    fireTimeTriggers: () => {
      for (const trigger of emulator.triggers.filter((model) => model.eventType === 'CLOCK')) {
        // A trigger an earlier one deleted does not fire.
        if (!emulator.triggers.some((model) => model.uid === trigger.uid)) continue;
        const now = emulator.now().getTime();
        const utc = wallFields(now);
        const jan1 = Date.UTC(utc.year, 0, 1);
        const event: GoogleAppsScript.Events.TimeDriven = {
          authMode: AuthMode.FULL, triggerUid: trigger.uid, timezone: 'UTC',
          year: utc.year, month: utc.month, 'day-of-month': utc.day, 'day-of-week': utc.weekday === 0 ? 7 : utc.weekday,
          'week-of-year': Math.floor((now - jan1) / (7 * 86_400_000)) + 1,
          hour: utc.hour, minute: utc.minute, second: utc.second,
        };
        execute({ kind: 'trigger', authMode: 'FULL', user: { email: trigger.owner, emailHidden: false } }, trigger.handler, () => [event]);
      }
    },
  };
}
