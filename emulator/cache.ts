/**
 * CacheService: one cache for the container document, one for the script
 * and one per user, holding strings until they expire on the emulated
 * clock. Caches are volatile, on Google as here: they are not saved, and the
 * Node side can empty them (Emulator.clearCaches) as Google may at any time.
 *
 * Google's limits (Cache reference; Justin Poehnelt's measurements in
 * "Exploring Apps Script CacheService Limits"):
 * - a key is at most 250 characters: "Argument too large: key" (as Apps Script
 *   reports it, e.g. Eloise1988/COINGECKO#13, on get as on put). Counted here
 *   in UTF-8 bytes, as the memcache behind it counts them: the same for
 *   ASCII, stricter for other text;
 * - a value is at most 100 KB, measured at 102,400 bytes: "Argument too
 *   large: value" (joseballester/muFunds#13). Counted in UTF-8 bytes;
 * - entries last 600 s unless told otherwise, at most 21,600 s (6 hours);
 * - "The cap for cached items is 1,000. If more than 1,000 items are
 *   written, the cache stores the 900 items farthest from expiration."
 * Keys and values that are not strings are turned into strings, as Google
 * does; null or undefined is refused.
 */
import type { Env } from './env';
import { fail, signatureMismatch } from './errors';
import { classSpec } from './expose';

const METHODS = ['get', 'getAll', 'put', 'putAll', 'remove', 'removeAll'] as const;
type GCache = GoogleAppsScript.Cache.Cache;
const CACHE = classSpec<GCache>()('CacheService', 'Cache', METHODS);

const SERVICE_METHODS = ['getDocumentCache', 'getScriptCache', 'getUserCache'] as const;
type GService = GoogleAppsScript.Cache.CacheService;
export const CACHE_SERVICE = classSpec<GService>()('CacheService', 'CacheService', SERVICE_METHODS);

const KEY_LIMIT = 250;
const VALUE_LIMIT = 100 * 1024;
const DEFAULT_SECONDS = 600;
const MAX_SECONDS = 21_600;
const CAPACITY = 1000;
const KEPT_AFTER_EVICTION = 900;

interface Entry {
  readonly value: string;
  readonly expiresAt: number;
  /** Write order, to evict the older of two entries expiring together. */
  readonly order: number;
}

type Store = Map<string, Entry>;

/** Every cache's entries; not part of the saved state. */
export class CacheState {
  readonly document: Store = new Map();
  readonly script: Store = new Map();
  readonly users = new Map<string, Store>();
  writes = 0;

  userStore(email: string): Store {
    let store = this.users.get(email);
    if (!store) {
      store = new Map();
      this.users.set(email, store);
    }
    return store;
  }

  clear(): void {
    this.document.clear();
    this.script.clear();
    this.users.clear();
  }
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

function keyOf(key: unknown, method: string, args: readonly unknown[]): string {
  if (key === null || key === undefined) signatureMismatch(`CacheService.Cache.${method}`, args);
  const text = String(key);
  if (bytes(text) > KEY_LIMIT) fail('Argument too large: key');
  return text;
}

function valueOf(value: unknown, method: string, args: readonly unknown[]): string {
  if (value === null || value === undefined) signatureMismatch(`CacheService.Cache.${method}`, args);
  const text = String(value);
  if (bytes(text) > VALUE_LIMIT) fail('Argument too large: value');
  return text;
}

function keysOf(keys: unknown, method: string): string[] {
  if (!Array.isArray(keys)) signatureMismatch(`CacheService.Cache.${method}`, [keys]);
  return keys.map((key) => keyOf(key, method, [keys]));
}

/**
 * The entry's lifetime in seconds. Above 6 hours Google's documentation
 * gives no behaviour: refused here (the wording is the emulator's). Zero or
 * less keeps nothing (Google was seen to accept such values; an entry that
 * is gone at once is the strict reading, and readers must expect null).
 */
function secondsOf(args: readonly unknown[], at: number, method: string): number {
  if (args.length <= at) return DEFAULT_SECONDS;
  const seconds = args[at];
  if (typeof seconds !== 'number' || !Number.isFinite(seconds)) signatureMismatch(`CacheService.Cache.${method}`, args);
  if (seconds > MAX_SECONDS) fail(`Invalid argument: expirationInSeconds ${seconds} is more than the maximum of ${MAX_SECONDS}.`);
  return Math.trunc(seconds);
}

class CacheImpl implements Pick<GCache, typeof METHODS[number]> {
  constructor(private readonly env: Env, private readonly state: CacheState, private readonly store: Store) {}

  private live(key: string): Entry | undefined {
    const entry = this.store.get(key);
    if (entry && entry.expiresAt <= this.env.nowMs()) {
      this.store.delete(key);
      return undefined;
    }
    return entry;
  }

  private write(entries: ReadonlyArray<[string, string]>, seconds: number): void {
    const now = this.env.nowMs();
    for (const [key, value] of entries) {
      this.store.delete(key);
      if (seconds > 0) this.store.set(key, { value, expiresAt: now + seconds * 1000, order: this.state.writes++ });
    }
    for (const [key, entry] of this.store) if (entry.expiresAt <= now) this.store.delete(key);
    if (this.store.size <= CAPACITY) return;
    const byRemaining = [...this.store.entries()].sort(([, a], [, b]) => b.expiresAt - a.expiresAt || b.order - a.order);
    for (const [key] of byRemaining.slice(KEPT_AFTER_EVICTION)) this.store.delete(key);
  }

  get(key: string): string | null {
    return this.live(keyOf(key, 'get', [key]))?.value ?? null;
  }

  /** The keys found, with their values; missing keys are left out. */
  getAll(keys: string[]): Record<string, string> {
    const found: Record<string, string> = {};
    for (const key of keysOf(keys, 'getAll')) {
      const entry = this.live(key);
      if (entry) found[key] = entry.value;
    }
    return found;
  }

  put(key: string, value: string, expirationInSeconds?: number): void {
    const args = [key, value, expirationInSeconds].slice(0, Math.max(2, arguments.length));
    if (arguments.length > 3) signatureMismatch('CacheService.Cache.put', [...args, '…']);
    const entry: [string, string] = [keyOf(key, 'put', args), valueOf(value, 'put', args)];
    this.write([entry], secondsOf(args, 2, 'put'));
  }

  /**
   * Several entries in one call, checked before any is written. More than
   * 1,000 in one call — more than a cache holds — is refused; Google
   * documents no such error (it would evict down to 900), so this strict
   * refusal and its wording are the emulator's.
   */
  putAll(values: Record<string, string>, expirationInSeconds?: number): void {
    const args = [values, expirationInSeconds].slice(0, Math.max(1, arguments.length));
    if (typeof values !== 'object' || values === null || Array.isArray(values) || arguments.length > 2) signatureMismatch('CacheService.Cache.putAll', args);
    const entries = Object.entries(values);
    if (entries.length > CAPACITY) fail(`Invalid argument: putAll was given ${entries.length} entries, more than the ${CAPACITY} a cache holds.`);
    const checked = entries.map(([key, value]): [string, string] => [keyOf(key, 'putAll', args), valueOf(value, 'putAll', args)]);
    this.write(checked, secondsOf(args, 1, 'putAll'));
  }

  remove(key: string): void {
    this.store.delete(keyOf(key, 'remove', [key]));
  }

  removeAll(keys: string[]): void {
    for (const key of keysOf(keys, 'removeAll')) this.store.delete(key);
  }
}

export class CacheServiceImpl implements Pick<GService, typeof SERVICE_METHODS[number]> {
  constructor(private readonly env: Env, private readonly state: CacheState) {}

  private cache(store: Store): GCache {
    return this.env.expose(new CacheImpl(this.env, this.state, store), CACHE);
  }

  /** The container spreadsheet's cache, shared by every user (never null: the script is bound to it). */
  getDocumentCache(): GCache {
    return this.cache(this.state.document);
  }

  getScriptCache(): GCache {
    return this.cache(this.state.script);
  }

  /** The running user's own cache (a trigger's owner in a trigger). */
  getUserCache(): GCache {
    return this.cache(this.state.userStore(this.env.user));
  }
}
