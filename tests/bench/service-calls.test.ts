/**
 * Apps Script charges for every service call in latency and quota, so an
 * action's calls must not grow with the number of answers. The built bundle
 * runs on two synthetic rounds of different sizes and the calls are compared;
 * times are left to `npm run bench`. Run `node build.mjs` before this test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FormResource } from '../../emulator';
import { summarizeCalls } from '../../bench/calls';
import { synthesize } from '../../bench/synth';
import type { ActionName, Prepared } from '../../bench/workbook';
import { ACTIONS, openWorkbook, prepareWorkbooks } from '../../bench/workbook';

const REPO = join(__dirname, '../..');
const files = { code: join(REPO, 'dist/Code.js'), htmlDir: join(REPO, 'dist') };
const form = JSON.parse(readFileSync(join(REPO, 'samples/form.json'), 'utf8')) as FormResource;

/**
 * A new sheet has 1,000 rows; writing a longer table first grows it, a
 * shorter summary sheet is trimmed to fit: one call per sheet whatever the
 * length. Those calls are checked on their own.
 */
const GRID_GROWTH = ['Sheet.insertRowsAfter', 'Sheet.insertColumnsAfter', 'Sheet.deleteRows'];

interface Calls {
  readonly byMethod: Readonly<Record<string, number>>;
  readonly serviceCalls: number;
  readonly sheets: number;
}

function callsOf(round: Prepared, action: ActionName): Calls {
  const book = openWorkbook(round[ACTIONS[action].from], form, files);
  ACTIONS[action].run(book, round);
  const byMethod = book.emulator.calls.byMethod();
  return { byMethod, serviceCalls: summarizeCalls(byMethod).serviceCalls, sheets: book.emulator.view().sheets.length };
}

function apartFromGrowth(byMethod: Readonly<Record<string, number>>): Record<string, number> {
  return Object.fromEntries(Object.entries(byMethod).filter(([method]) => !GRID_GROWTH.includes(method)));
}

function growth(byMethod: Readonly<Record<string, number>>): number {
  return GRID_GROWTH.reduce((sum, method) => sum + (byMethod[method] ?? 0), 0);
}

describe('service calls do not grow with the survey', () => {
  // The sample's size, and a round with 10,000 web and 1,000 paper answers (15,365 on the roster).
  let small: Prepared;
  let large: Prepared;

  beforeAll(() => {
    small = prepareWorkbooks(form, synthesize(form, { responses: 82 }), files);
    large = prepareWorkbooks(form, synthesize(form, { responses: 10_000, paper: 1_000 }), files);
  });

  it('集計を作成 makes the same calls for 82 web answers as for 10,000', () => {
    const few = callsOf(small, 'summary');
    const many = callsOf(large, 'summary');
    expect(apartFromGrowth(many.byMethod)).toEqual(apartFromGrowth(few.byMethod));
    // Each summary sheet is fitted with one call, trimmed or grown: the totals are identical.
    expect(growth(many.byMethod)).toBe(growth(few.byMethod));
    expect(many.serviceCalls).toBe(few.serviceCalls);
    expect(many.byMethod['Range.getValues']).toBeLessThanOrEqual(many.sheets);
  });

  it('郵送回答を一括取り込み of 1,000 rows reads each sheet once and writes the answers in one call', () => {
    const few = callsOf(small, 'paperImport');
    const many = callsOf(large, 'paperImport');
    expect(apartFromGrowth(many.byMethod)).toEqual(apartFromGrowth(few.byMethod));
    // Read: the response sheet, 設定, 名簿, and 郵送回答 once its header rows are written.
    expect(many.byMethod['Range.getValues']).toBeLessThanOrEqual(4);
    // Written: 郵送回答's two header rows (a new sheet), then all 1,000 answers at once.
    expect(many.byMethod['Range.setValues']).toBeLessThanOrEqual(2);
    expect(growth(many.byMethod)).toBeLessThanOrEqual(1);
    expect(many.serviceCalls).toBeLessThanOrEqual(few.serviceCalls + 1);
  });

  it('the リマインドメール preview makes the same calls for 126 people on the roster as for 15,365', () => {
    const few = callsOf(small, 'reminderPlan');
    const many = callsOf(large, 'reminderPlan');
    expect(many.byMethod).toEqual(few.byMethod);
    expect(many.byMethod['Range.setValues'] ?? 0).toBe(0);
  });
});
