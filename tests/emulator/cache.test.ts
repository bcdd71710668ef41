import { Emulator } from '../../emulator';
import { summarizeCalls } from '../../bench/calls';

const START = Date.parse('2023-12-21T00:00:00Z');

function setup() {
  const emulator = new Emulator({ now: new Date(START), user: 'owner@example.jp' });
  return { emulator, CacheService: emulator.globals.CacheService };
}

describe('CacheService', () => {
  test('the document and script caches are shared by every user; the user cache is each user\'s own', () => {
    const { emulator, CacheService } = setup();
    CacheService.getDocumentCache()?.put('summary', 'document');
    CacheService.getScriptCache().put('summary', 'script');
    CacheService.getUserCache().put('summary', 'owner');
    emulator.actAs('clerk@example.jp');
    expect(CacheService.getDocumentCache()?.get('summary')).toBe('document');
    expect(CacheService.getScriptCache().get('summary')).toBe('script');
    expect(CacheService.getUserCache().get('summary')).toBeNull();
    CacheService.getUserCache().put('summary', 'clerk');
    emulator.actAs('owner@example.jp');
    expect(CacheService.getUserCache().get('summary')).toBe('owner');
    expect(emulator.calls.count('CacheService')).toBe(8);
    expect(emulator.calls.count('Cache')).toBe(8);
  });

  test('entries last 600 s by default, or as long as asked up to 6 hours, on the emulated clock', () => {
    const { emulator, CacheService } = setup();
    const cache = CacheService.getScriptCache();
    cache.put('default', '1');
    cache.put('long', '2', 21_600);
    cache.put('none', '3', 0);
    expect(cache.get('none')).toBeNull();
    emulator.setNow(new Date(START + 599_999));
    expect(cache.get('default')).toBe('1');
    emulator.setNow(new Date(START + 600_000));
    expect(cache.get('default')).toBeNull();
    emulator.setNow(new Date(START + 21_600_000));
    expect(cache.get('long')).toBeNull();
    expect(() => cache.put('k', 'v', 21_601)).toThrow('expirationInSeconds 21601 is more than the maximum of 21600');
    expect(() => (cache.put as (...args: unknown[]) => void)('k', 'v', '60'))
      .toThrow("The parameters (String,String,String) don't match the method signature for CacheService.Cache.put.");
  });

  test("keys up to 250 and values up to 100 KB (UTF-8 bytes), with Google's texts beyond", () => {
    const { CacheService } = setup();
    const cache = CacheService.getScriptCache();
    cache.put('k'.repeat(250), 'v');
    expect(() => cache.put('k'.repeat(251), 'v')).toThrow('Argument too large: key');
    expect(() => cache.get('k'.repeat(251))).toThrow('Argument too large: key');
    expect(() => cache.put('鍵'.repeat(84), 'v')).toThrow('Argument too large: key');
    cache.put('big', 'x'.repeat(102_400));
    expect(() => cache.put('big', 'x'.repeat(102_401))).toThrow('Argument too large: value');
    expect(() => cache.put('big', 'あ'.repeat(34_134))).toThrow('Argument too large: value');
    expect(cache.get('big')).toHaveLength(102_400);
    expect(() => cache.put('k', null as unknown as string)).toThrow("don't match the method signature for CacheService.Cache.put.");
    cache.put('n', 12 as unknown as string);
    expect(cache.get('n')).toBe('12');
  });

  test('putAll checks every entry before writing any; getAll answers the keys found; removeAll', () => {
    const { CacheService } = setup();
    const cache = CacheService.getUserCache();
    cache.putAll({ a: '1', b: '2' }, 60);
    expect(cache.getAll(['a', 'b', 'c'])).toEqual({ a: '1', b: '2' });
    expect(() => cache.putAll({ c: '3', d: 'x'.repeat(102_401) })).toThrow('Argument too large: value');
    expect(cache.get('c')).toBeNull();
    const many = Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`k${i}`, 'v']));
    expect(() => cache.putAll(many)).toThrow('putAll was given 1001 entries, more than the 1000 a cache holds');
    cache.removeAll(['a', 'b']);
    cache.remove('none');
    expect(cache.getAll(['a', 'b'])).toEqual({});
  });

  test('over 1,000 items, a cache keeps the 900 farthest from expiring', () => {
    const { CacheService } = setup();
    const cache = CacheService.getScriptCache();
    cache.putAll(Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`k${i}`, 'v'])), 600);
    expect(cache.get('k0')).toBe('v');
    cache.put('late', 'v', 700);
    const kept = Object.keys(cache.getAll(['late', ...Array.from({ length: 1000 }, (_, i) => `k${i}`)]));
    expect(kept).toHaveLength(900);
    expect(kept).toContain('late');
    expect(kept).not.toContain('k0');
    expect(kept).toContain('k999');
  });

  test('clearCaches() empties every cache, and caches are not saved', () => {
    const { emulator, CacheService } = setup();
    CacheService.getScriptCache().put('k', 'v');
    expect(Emulator.restore(emulator.save()).globals.CacheService.getScriptCache().get('k')).toBeNull();
    emulator.clearCaches();
    expect(CacheService.getScriptCache().get('k')).toBeNull();
  });
});

describe('the benchmark\'s call summary', () => {
  test('counts Spreadsheet, Form and Mail as service calls and every service apart', () => {
    const summary = summarizeCalls({ 'Range.getValues': 3, 'Form.getItems': 1, 'MailApp.sendEmail': 2, 'Cache.get': 5, 'Properties.getProperty': 4, 'Lock.tryLock': 1 });
    expect(summary.serviceCalls).toBe(6);
    expect(summary.byService).toMatchObject({ spreadsheet: 3, form: 1, mail: 2, cache: 5, properties: 4, lock: 1, script: 0, session: 0, html: 0, utilities: 0 });
    expect(() => summarizeCalls({ 'Gadget.spin': 1 })).toThrow('The benchmark does not know which service Gadget belongs to (Gadget.spin).');
  });
});
