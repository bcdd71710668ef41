/**
 * JSON kept in the document cache (shared by everyone using this
 * spreadsheet). A value over the cache's 100 KB limit is split over several
 * keys, written with one putAll and read with one getAll; a value too large
 * even for that is simply not cached. The cache may forget anything at any
 * time: callers always have a way to rebuild what they asked for.
 */
import { joinChunks, splitChunks } from '../model/chunks';

/** Google's limit per value is 100 KB; a margin for the key and stamp. */
const PIECE_BYTES = 95_000;
const MAX_PIECES = 10;

function keys(key: string): string[] {
  return Array.from({ length: MAX_PIECES }, (_, index) => `${key}.${index}`);
}

function cache(): GoogleAppsScript.Cache.Cache | null {
  return CacheService.getDocumentCache();
}

export function readCachedJson<T>(key: string): T | null {
  const store = cache();
  if (!store) return null;
  const found = store.getAll(keys(key)) as Record<string, string | undefined>;
  const text = joinChunks(keys(key).map((name) => found[name]));
  if (text === null) return null;
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

export function writeCachedJson(key: string, value: unknown, seconds: number): void {
  const store = cache();
  if (!store) return;
  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  const pieces = splitChunks(JSON.stringify(value), stamp, PIECE_BYTES, MAX_PIECES);
  if (!pieces) {
    // Too large to cache: the first piece goes, so no reader joins an older value.
    store.remove(`${key}.0`);
    return;
  }
  store.putAll(Object.fromEntries(pieces.map((piece, index) => [`${key}.${index}`, piece])), seconds);
}
